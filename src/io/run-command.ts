import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { ConfigurationError } from '../core/errors.js'
import { scrubChildEnvironment } from '../core/secrets/scrub-child-environment.js'

/** Which stream a line came from. */
export type CommandStream = 'stdout' | 'stderr'

export interface RunCommandOptions {
  readonly cwd?: string
  /**
   * The environment the child inherits from (default: this process's), always scrubbed of the action's inputs,
   * the runner's runtime credentials and GitHub tokens (scrubChildEnvironment).
   */
  readonly env?: NodeJS.ProcessEnv
  /** Variables the user passed on purpose (train-on-runner's `env` input): set after scrubbing, as given. */
  readonly explicitEnv?: Readonly<Record<string, string>>
  /** Kill the whole process group after this many milliseconds. */
  readonly timeoutMs?: number
  /** Aborting kills the whole process group (job cancellation). */
  readonly signal?: AbortSignal
  /** Called for every complete line (and the last partial line at exit), without the newline. */
  readonly onLine?: (stream: CommandStream, line: string) => void
  /** How many of the last lines of each stream to keep in the result. Default 50. */
  readonly keepTailLines?: number
  /** Called once the child is running, with its pid (= its process group id, since it is detached). */
  readonly onSpawn?: (pid: number) => void
  /** Called once the child has exited and its output is read, with its pid (when it started). */
  readonly onExit?: (pid: number) => void
  /** Milliseconds between SIGTERM and SIGKILL of the group. Default 5000. */
  readonly killGraceMs?: number
  /** The most characters of one line kept (its end); default MAX_LINE_CHARS. */
  readonly maxLineChars?: number
}

export interface RunCommandResult {
  /** The exit code, or null when the process was ended by a signal. */
  readonly exitCode: number | null
  /** The signal that ended the process (e.g. `SIGTERM`, `SIGKILL`), or null. */
  readonly signal: string | null
  readonly timedOut: boolean
  readonly cancelled: boolean
  readonly durationMs: number
  readonly stdoutTail: string[]
  readonly stderrTail: string[]
  /** The pid (also the process group id) of the child, when it started. */
  readonly pid: number | null
}

/** The most characters of one output line kept: its end, where a progress bar's latest state is. */
export const MAX_LINE_CHARS = 65_536

/** What starts a line that was longer than the cap: how much of its beginning was dropped. */
export const cutLinePrefix = (dropped: number): string => `[${dropped} characters cut] `

export interface LineSplitter {
  write(chunk: string): void
  /** Emits the last line when it has no newline. */
  end(): void
  /** How many characters it holds now (at most about twice the cap, whatever the input). */
  readonly buffered: number
}

/**
 * Splits a child's output into lines in time and memory linear in its size, whatever it holds. `\n` ends a line;
 * `\r` returns to the line's start as a terminal does, so a progress bar (tqdm writes `\r` and the new state, never
 * a newline) is one line holding its last state, and `\r\n` is an ordinary line end. A line longer than
 * `maxLineChars` keeps its last `maxLineChars` characters after a note saying how many were cut.
 */
export function createLineSplitter(emit: (line: string) => void, maxLineChars = MAX_LINE_CHARS): LineSplitter {
  const cap = Math.max(1, maxLineChars)
  // The text since the last \r or \n, and how much of it was cut; the last \r-ended state of this line.
  let pending = ''
  let pendingCut = 0
  let overwritten = ''
  let overwrittenCut = 0
  const trim = (limit: number): void => {
    if (pending.length > limit) {
      pendingCut += pending.length - cap
      pending = pending.slice(-cap)
    }
  }
  const line = (text: string, cut: number): string => (cut > 0 ? cutLinePrefix(cut) + text : text)
  const breaks = /[\r\n]/g
  return {
    write(chunk) {
      breaks.lastIndex = 0
      let start = 0
      for (let match = breaks.exec(chunk); match !== null; match = breaks.exec(chunk)) {
        pending += chunk.slice(start, match.index)
        start = match.index + 1
        trim(cap)
        if (match[0] === '\r') {
          // Only a state that shows replaces the previous one ("\r\r" and "\r\n" keep it).
          if (pending !== '') {
            overwritten = pending
            overwrittenCut = pendingCut
          }
        } else if (pending !== '') emit(line(pending, pendingCut))
        else emit(line(overwritten, overwrittenCut))
        if (match[0] === '\n') {
          overwritten = ''
          overwrittenCut = 0
        }
        pending = ''
        pendingCut = 0
      }
      pending += chunk.slice(start)
      trim(2 * cap)
    },
    end() {
      trim(cap)
      if (pending !== '') emit(line(pending, pendingCut))
      else if (overwritten !== '') emit(line(overwritten, overwrittenCut))
      pending = ''
      overwritten = ''
      pendingCut = 0
      overwrittenCut = 0
    },
    get buffered(): number {
      return pending.length + overwritten.length
    },
  }
}

/**
 * Sends `signal` to the whole process group `pgid` (negative pid). Returns false when the group no longer exists.
 * Safe to call for a group that is already gone.
 */
export function killProcessGroup(pgid: number, signal: NodeJS.Signals = 'SIGTERM'): boolean {
  try {
    process.kill(-pgid, signal)
    return true
  } catch {
    return false
  }
}

/**
 * True when any process of the group `pgid` is still alive. On Linux, zombies (exited, not yet reaped — common
 * in containers whose PID 1 does not reap orphans) do not count: they hold no resources a job cares about.
 */
export function processGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return true
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // pid (comm) state ppid pgrp ... — comm may contain spaces and parentheses, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true
    } catch {
      // the process ended while we looked
    }
  }
  return false
}

/**
 * Ends the process group `pgid` that another process started (the main step's traffic command, seen from the post
 * step): SIGTERM, then SIGKILL after `graceMs` if any member is still alive. Resolves whether the group was
 * running; once it resolves, nothing of the group runs any more.
 */
export async function endProcessGroup(pgid: number, graceMs = 5000): Promise<boolean> {
  if (!Number.isSafeInteger(pgid) || pgid <= 1 || !processGroupAlive(pgid)) return false
  killProcessGroup(pgid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (processGroupAlive(pgid) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50))
  if (processGroupAlive(pgid)) killProcessGroup(pgid, 'SIGKILL')
  while (processGroupAlive(pgid)) await new Promise((done) => setTimeout(done, 20))
  return true
}

/**
 * Runs `argv[0]` with arguments `argv[1..]` — never through a shell — in its own process group, streaming
 * its output line by line. On timeout or abort the whole group (children and grandchildren) gets SIGTERM,
 * then SIGKILL after a grace period.
 *
 * @throws ConfigurationError when `argv` is empty, the working directory does not exist, or the executable does not
 *   exist (ENOENT) or is not executable.
 * @example
 * const result = await runCommand(['node', '-e', 'console.log(1)'])
 * // result.exitCode === 0, result.stdoutTail → ['1']
 */
export async function runCommand(argv: readonly string[], options: RunCommandOptions = {}): Promise<RunCommandResult> {
  const [file, ...args] = argv
  if (file === undefined || file === '') {
    throw new ConfigurationError(
      'the command is empty',
      {},
      'give the program to run as the first element of the argument list',
    )
  }
  if (options.cwd !== undefined && !existsSync(options.cwd)) {
    // spawn reports a missing cwd as ENOENT too, which would blame the program
    throw new ConfigurationError(
      `the working directory ${options.cwd} does not exist`,
      {},
      'create it in an earlier step or fix the path',
    )
  }
  const keep = Math.max(0, options.keepTailLines ?? 50)
  const graceMs = options.killGraceMs ?? 5000
  const stdoutTail: string[] = []
  const stderrTail: string[] = []
  const started = Date.now()

  if (options.signal?.aborted === true) {
    return {
      exitCode: null,
      signal: null,
      timedOut: false,
      cancelled: true,
      durationMs: 0,
      stdoutTail,
      stderrTail,
      pid: null,
    }
  }

  return await new Promise<RunCommandResult>((resolve, reject) => {
    let timedOut = false
    let cancelled = false
    let settled = false
    let killTimer: NodeJS.Timeout | undefined
    let timeoutTimer: NodeJS.Timeout | undefined

    const child = spawn(file, args, {
      cwd: options.cwd,
      env: scrubChildEnvironment(options.env ?? process.env, options.explicitEnv),
      shell: false,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })

    const pushLine = (stream: CommandStream, line: string): void => {
      const tail = stream === 'stdout' ? stdoutTail : stderrTail
      if (keep > 0) {
        tail.push(line)
        if (tail.length > keep) tail.shift()
      }
      options.onLine?.(stream, line)
    }
    const out = createLineSplitter((line) => pushLine('stdout', line), options.maxLineChars)
    const err = createLineSplitter((line) => pushLine('stderr', line), options.maxLineChars)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => out.write(chunk))
    child.stderr.on('data', (chunk: string) => err.write(chunk))

    const terminate = (): void => {
      const pid = child.pid
      if (pid === undefined) return
      killProcessGroup(pid, 'SIGTERM')
      if (killTimer === undefined) {
        killTimer = setTimeout(() => {
          killProcessGroup(pid, 'SIGKILL')
        }, graceMs)
      }
    }
    const onAbort = (): void => {
      cancelled = true
      terminate()
    }

    child.once('spawn', () => {
      if (child.pid !== undefined) options.onSpawn?.(child.pid)
      if (options.timeoutMs !== undefined) {
        timeoutTimer = setTimeout(() => {
          timedOut = true
          terminate()
        }, options.timeoutMs)
      }
      options.signal?.addEventListener('abort', onAbort, { once: true })
    })

    child.once('error', (error: NodeJS.ErrnoException) => {
      if (settled) return
      settled = true
      clearTimeout(timeoutTimer)
      clearTimeout(killTimer)
      options.signal?.removeEventListener('abort', onAbort)
      if (error.code === 'ENOENT') {
        reject(
          new ConfigurationError(
            `the program "${file}" was not found${options.cwd !== undefined ? ` (working directory ${options.cwd})` : ''}`,
            {},
            'install it on the runner, put it on PATH, or give an absolute path',
          ),
        )
      } else if (error.code === 'EACCES') {
        reject(
          new ConfigurationError(
            `the program "${file}" is not executable`,
            {},
            `run chmod +x ${file}, or call it through its interpreter`,
          ),
        )
      } else {
        reject(error)
      }
    })

    child.once('close', (code, signal) => {
      if (settled) return
      settled = true
      out.end()
      err.end()
      clearTimeout(timeoutTimer)
      options.signal?.removeEventListener('abort', onAbort)
      const pid = child.pid ?? null
      // The leader is gone; make sure nothing it left behind in its group survives a timeout or cancellation.
      if ((timedOut || cancelled) && pid !== null && processGroupAlive(pid)) {
        killProcessGroup(pid, 'SIGKILL')
      }
      clearTimeout(killTimer)
      if (pid !== null) options.onExit?.(pid)
      resolve({
        exitCode: code,
        signal,
        timedOut,
        cancelled,
        durationMs: Date.now() - started,
        stdoutTail,
        stderrTail,
        pid,
      })
    })
  })
}

/**
 * Replaces `{name}` inside each argv element with `values[name]` — string substitution only, never a shell,
 * so a value can never become a second argument or a command. `{{` and `}}` stand for literal braces.
 *
 * @throws ConfigurationError naming the placeholder and the known names when a placeholder has no value.
 * @example
 * expandPlaceholders(['predict', '--in', '{input}'], { input: 'a b.csv' }) // → ['predict', '--in', 'a b.csv']
 */
export function expandPlaceholders(argv: readonly string[], values: Readonly<Record<string, string>>): string[] {
  return argv.map((element) =>
    element.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_-]*)\}/g, (match, name: string | undefined) => {
      if (match === '{{') return '{'
      if (match === '}}') return '}'
      if (name !== undefined && Object.prototype.hasOwnProperty.call(values, name)) return values[name] as string
      const known = Object.keys(values)
      throw new ConfigurationError(
        `unknown placeholder {${name ?? ''}} in the command argument "${element}"`,
        {},
        known.length > 0
          ? `use one of ${known.map((k) => `{${k}}`).join(', ')}, or write {{ and }} for literal braces`
          : 'this command takes no placeholders; write {{ and }} for literal braces',
      )
    }),
  )
}
