import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs'
import { basename, delimiter, dirname, isAbsolute, join, resolve, sep } from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import * as msg from './messages.js'

/**
 * What the path must be: an existing regular file, directory, or either; or a place to write: a file (absent, or a
 * regular file) or a directory (absent, or a directory).
 */
export type InputPathKind = 'file' | 'directory' | 'file-or-directory' | 'output' | 'output-directory'

export interface ResolveInputPathOptions {
  readonly kind: InputPathKind
  /** The input (or flag) that named the path; every error names it. */
  readonly input: string
  /** Where GITHUB_WORKSPACE, RUNNER_TEMP and MODELGATE_PATH_ROOTS are read; process.env by default. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The folder relative paths start from, itself an allowed root; process.cwd() by default. */
  readonly cwd?: string
}

/** Folders no input may point into, whatever the roots: kernel interfaces and devices. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'] as const

const WANTED: Readonly<Record<InputPathKind, string>> = {
  file: 'a regular file',
  directory: 'a directory',
  'file-or-directory': 'a regular file or a directory',
  output: 'a regular file (or a path that does not exist yet)',
  'output-directory': 'a directory (or a path that does not exist yet)',
}

const isOutput = (kind: InputPathKind): boolean => kind === 'output' || kind === 'output-directory'

function fits(stats: Stats, kind: InputPathKind): boolean {
  switch (kind) {
    case 'file':
    case 'output':
      return stats.isFile()
    case 'directory':
    case 'output-directory':
      return stats.isDirectory()
    case 'file-or-directory':
      return stats.isFile() || stats.isDirectory()
  }
}

function describeType(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFile()) return 'a regular file'
  return 'not a file'
}

const realOrSelf = (path: string): string => {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/**
 * The folders input paths may lie in: GITHUB_WORKSPACE, RUNNER_TEMP, the working directory, and every folder
 * listed in MODELGATE_PATH_ROOTS (`:`-separated), each by its real path.
 */
export function inputPathRoots(env: Readonly<Record<string, string | undefined>>, cwd: string): string[] {
  const listed = (env[msg.PATH_ROOTS_VARIABLE] ?? '').split(delimiter)
  const roots = [env.GITHUB_WORKSPACE, env.RUNNER_TEMP, cwd, ...listed]
    .filter((root): root is string => root !== undefined && root.trim() !== '')
    .map((root) => realOrSelf(resolve(cwd, root.trim())))
  return [...new Set(roots)]
}

const inside = (path: string, root: string): boolean =>
  path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error'
}

/** The real path of `absolute`; for an output that does not exist yet, its nearest existing folder's + the rest. */
function realPathOf(absolute: string, kind: InputPathKind): string | undefined {
  try {
    return realpathSync(absolute)
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error
    if (!isOutput(kind)) return undefined
    // A dangling symlink is not "absent": refuse to write through it.
    try {
      lstatSync(absolute)
      return undefined
    } catch {
      const parent = dirname(absolute)
      return parent === absolute ? absolute : join(realPathOf(parent, kind) ?? parent, basename(absolute))
    }
  }
}

/**
 * Checks that an input path is what it claims to be and lies where modelgate may read or write (issue #15):
 * the real path (all symlinks followed) must be inside one of `inputPathRoots`, outside /proc, /sys and /dev, and
 * a regular file or a directory as `kind` asks (an output may not exist yet, but is never a directory). FIFOs,
 * sockets and devices are refused without being opened, so nothing blocks. A path that does not exist is
 * returned unchanged, so each reader reports its own "not found". Returns the path as the user gave it (messages
 * name files as the user wrote them).
 * @throws {ConfigurationError} naming the input, the given and the resolved path, and how to fix it
 */
export function resolveInputPath(path: string, options: ResolveInputPathOptions): string {
  const { kind, input } = options
  const cwd = options.cwd ?? process.cwd()
  const absolute = isAbsolute(path) ? path : resolve(cwd, path)
  let real: string | undefined
  try {
    real = realPathOf(absolute, kind)
  } catch (error) {
    throw new ConfigurationError(msg.pathUnreadable(path, errnoCode(error)), { input }, msg.pathHint(WANTED[kind]))
  }
  if (real === undefined) {
    if (isOutput(kind)) {
      throw new ConfigurationError(
        msg.pathWrongType(path, absolute, 'a symbolic link to nothing', WANTED[kind]),
        { input },
        msg.pathHint(WANTED[kind]),
      )
    }
    return path
  }
  const system = SYSTEM_FOLDERS.find((folder) => inside(real, folder))
  if (system !== undefined) {
    throw new ConfigurationError(msg.pathInSystemFolder(path, real, system), { input }, msg.pathHint(WANTED[kind]))
  }
  const roots = inputPathRoots(options.env ?? process.env, cwd)
  if (!roots.some((root) => inside(real, root))) {
    throw new ConfigurationError(msg.pathOutsideRoots(path, real, roots), { input }, msg.pathOutsideRootsHint())
  }
  let stats: Stats | undefined
  try {
    stats = statSync(real)
  } catch (error) {
    if (!isOutput(kind) || errnoCode(error) !== 'ENOENT') {
      throw new ConfigurationError(msg.pathUnreadable(path, errnoCode(error)), { input }, msg.pathHint(WANTED[kind]))
    }
  }
  if (stats !== undefined && !fits(stats, kind)) {
    throw new ConfigurationError(
      msg.pathWrongType(path, real, describeType(stats), WANTED[kind]),
      { input },
      msg.pathHint(WANTED[kind]),
    )
  }
  return path
}

/** `resolveInputPath` for an optional input: undefined stays undefined. */
export function resolveOptionalInputPath(
  path: string | undefined,
  kind: InputPathKind,
  input: string,
): string | undefined {
  return path === undefined ? undefined : resolveInputPath(path, { kind, input })
}

/** `resolveInputPath` for each path of a list input. */
export function resolveInputPaths(paths: readonly string[], kind: InputPathKind, input: string): string[] {
  return paths.map((path) => resolveInputPath(path, { kind, input }))
}
