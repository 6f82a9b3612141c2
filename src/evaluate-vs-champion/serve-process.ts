import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { ServiceError } from '../core/errors.js'
import { scrubChildEnvironment } from '../core/secrets/scrub-child-environment.js'
import { createLineSplitter, killProcessGroup, processGroupAlive } from '../io/run-command.js'
import { latencyMessages as m } from './latency-messages.js'
import { processGroupPeakMemoryMb } from './process-peak-memory.js'

/**
 * A model served by a long-running child over the line protocol: one JSON request per line on its stdin, one JSON
 * response per line on its stdout, in order. Anything on stderr is kept (the last lines) for error messages.
 */
export interface ServeProcess {
  /** Sends one request line and resolves the milliseconds until its response line arrived. */
  request(json: string, timeoutMs: number): Promise<number>
  /** Sends one request line and resolves its response line (requests may be pipelined: answers come in order). */
  answer(json: string, timeoutMs: number): Promise<string>
  /** The group's peak resident memory so far (VmHWM), in MiB; undefined off Linux. */
  peakMemoryMb(): number | undefined
  /** Closes stdin, waits up to `graceMs` for the process to exit, then ends its whole process group. */
  close(graceMs?: number): Promise<void>
}

interface Pending {
  readonly resolve: (line: string) => void
  readonly reject: (error: Error) => void
}

/**
 * Starts `argv` (never through a shell) in its own process group with a scrubbed environment, for the
 * latency measurement of `which` model (`input` names the action input the command came from).
 * @throws ServiceError (from request) when the process exits, answers with something other than one JSON line,
 *   or does not answer within the request's time limit
 */
export function startServeProcess(argv: readonly string[], which: string, input: string): ServeProcess {
  const [file, ...args] = argv
  const child = spawn(file ?? '', args, {
    env: scrubChildEnvironment(process.env),
    shell: false,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const stderrTail: string[] = []
  const queue: Pending[] = []
  let exited: string | undefined
  const fail = (reason: string): void => {
    exited ??= reason
    const error = new ServiceError(m.serveExited(which, input, reason, stderrTail), { input }, m.fixServe)
    for (const p of queue.splice(0)) p.reject(error)
  }
  const out = createLineSplitter((line) => {
    const next = queue.shift()
    if (next === undefined) fail(m.unaskedLine(line))
    else next.resolve(line)
  })
  const err = createLineSplitter((line) => {
    stderrTail.push(line)
    if (stderrTail.length > 10) stderrTail.shift()
  })
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => out.write(chunk))
  child.stderr.on('data', (chunk: string) => err.write(chunk))
  child.stdin.on('error', () => undefined)
  child.once('error', (error: NodeJS.ErrnoException) => fail(m.notStarted(file ?? '', error.code ?? error.message)))
  child.once('close', (code, signal) => {
    err.end()
    fail(m.exitedWith(code, signal))
  })
  let count = 0
  const exchange = async (json: string, timeoutMs: number): Promise<{ line: string; elapsed: number }> => {
    if (exited !== undefined)
      throw new ServiceError(m.serveExited(which, input, exited, stderrTail), { input }, m.fixServe)
    count += 1
    const n = count
    let timer: NodeJS.Timeout | undefined
    const answered = new Promise<string>((resolve, reject) => {
      queue.push({ resolve, reject })
      timer = setTimeout(
        () => reject(new ServiceError(m.requestTimedOut(which, input, n, timeoutMs), { input }, m.fixSlow)),
        timeoutMs,
      )
    })
    const started = performance.now()
    child.stdin.write(`${json}\n`)
    try {
      const line = await answered
      const elapsed = performance.now() - started
      try {
        JSON.parse(line)
      } catch {
        throw new ServiceError(m.notJsonResponse(which, input, n, line), { input }, m.fixServe)
      }
      return { line, elapsed }
    } finally {
      clearTimeout(timer)
    }
  }
  return {
    request: async (json, timeoutMs) => (await exchange(json, timeoutMs)).elapsed,
    answer: async (json, timeoutMs) => (await exchange(json, timeoutMs)).line,
    peakMemoryMb() {
      return child.pid === undefined ? undefined : processGroupPeakMemoryMb(child.pid)
    },
    async close(graceMs = 2000) {
      const pid = child.pid
      child.stdin.end()
      const deadline = Date.now() + graceMs
      while (exited === undefined && Date.now() < deadline) await new Promise((done) => setTimeout(done, 10))
      if (pid === undefined) return
      if (processGroupAlive(pid)) killProcessGroup(pid, 'SIGTERM')
      const hard = Date.now() + graceMs
      while (processGroupAlive(pid) && Date.now() < hard) await new Promise((done) => setTimeout(done, 20))
      if (processGroupAlive(pid)) killProcessGroup(pid, 'SIGKILL')
    },
  }
}
