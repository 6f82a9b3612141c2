import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs'
import { basename, delimiter, isAbsolute, join, resolve } from 'node:path'
import {
  isKnownInterpreter,
  isPythonInterpreter,
  LOCKFILE_NAMES,
  MAX_PACKAGES,
  parsePipFreeze,
} from '../core/train/environment-facts.js'
import type { LineageRecord } from '../core/train/lineage.js'
import { sha256File } from '../io/hash-file.js'
import { runCommand } from '../io/run-command.js'

/** What a short probe printed (its stdout then stderr lines) when it exited 0, or null; never throws. */
async function probe(
  argv: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; keepTailLines?: number },
): Promise<string[] | null> {
  try {
    const r = await runCommand(argv, {
      env: options.env,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      timeoutMs: options.timeoutMs ?? 10_000,
      killGraceMs: 500,
      keepTailLines: options.keepTailLines ?? 5,
    })
    return r.exitCode === 0 ? [...r.stdoutTail, ...r.stderrTail] : null
  } catch {
    return null
  }
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * argv[0] as the child process finds it: a path with a slash is taken relative to the working directory, a bare
 * name is looked up in the PATH the command gets (as execvp does). The real path, so a symlink such as
 * /usr/bin/python3 → python3.11 names the binary. Null when it cannot be found.
 */
export function resolveProgram(argv0: string, cwd: string, env: NodeJS.ProcessEnv): string | null {
  const candidates = argv0.includes('/')
    ? [isAbsolute(argv0) ? argv0 : resolve(cwd, argv0)]
    : (env.PATH ?? '')
        .split(delimiter)
        .filter((dir) => dir !== '')
        .map((dir) => join(resolve(cwd, dir), argv0))
  const found = candidates.find(isExecutableFile)
  if (found === undefined) return null
  try {
    return realpathSync(found)
  } catch {
    return found
  }
}

/** The lineage's `interpreter`: argv[0] resolved, and its version when it is a known interpreter. */
export async function describeInterpreter(
  argv0: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<LineageRecord['interpreter']> {
  const path = resolveProgram(argv0, cwd, env)
  // Asked exactly as the training was started (the same argv[0], working directory and environment: a pyenv shim
  // named python3 answers for the Python it dispatches to), and only for known interpreters: an unknown program
  // could ignore --version and do its work.
  const version =
    path !== null && isKnownInterpreter(basename(argv0))
      ? ((await probe([argv0, '--version'], { env, cwd }))?.[0] ?? null)
      : null
  return { argv0, path, version }
}

/**
 * Off a runner (no GITHUB_SHA): the commit of the working directory's git checkout and whether tracked files
 * differ from it; nulls outside a repository or without git.
 */
export async function gitCommit(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ commit: string | null; dirty: boolean | null }> {
  const head = await probe(['git', 'rev-parse', 'HEAD'], { env, cwd })
  const commit = head?.[0]?.trim() ?? ''
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit)) return { commit: null, dirty: null }
  const status = await probe(['git', 'status', '--porcelain', '--untracked-files=no'], { env, cwd, keepTailLines: 1 })
  return { commit, dirty: status === null ? null : status.some((line) => line.trim() !== '') }
}

/** The lineage's `packages`: the digests of the lockfiles in `cwd`, and `pip list` when the interpreter is Python. */
export async function describePackages(
  interpreter: LineageRecord['interpreter'],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<LineageRecord['packages']> {
  const lockfiles: { path: string; sha256: string }[] = []
  for (const name of LOCKFILE_NAMES) {
    const path = join(cwd, name)
    if (existsSync(path) && statSync(path).isFile()) lockfiles.push({ path: name, sha256: await sha256File(path) })
  }
  let python: Record<string, string> | null = null
  if (interpreter.path !== null && isPythonInterpreter(basename(interpreter.argv0))) {
    const argv = [interpreter.argv0, '-m', 'pip', 'list', '--format=freeze', '--disable-pip-version-check']
    const lines = await probe(argv, {
      env,
      cwd,
      timeoutMs: 30_000,
      keepTailLines: MAX_PACKAGES + 50,
    })
    python = lines === null ? null : parsePipFreeze(lines)
  }
  return { lockfiles, python }
}
