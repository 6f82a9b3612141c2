import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { availableParallelism } from 'node:os'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { BinaryBootstrapRunner, BinaryBootstrapTask } from '../core/compare/binary-bootstrap-task.js'
import { binaryBootstrapValues, binaryBootstrapWidth } from '../core/compare/binary-bootstrap-values.js'
import { checkBinaryBootstrapTask, runBinaryBootstrap } from '../core/compare/run-binary-bootstrap.js'

const WORKER_MARK = 'modelgate evaluate-vs-champion bootstrap worker'

/** Below this many row draws (n × resamples) the resamples run on this thread: starting a thread costs more. */
export const WORKERS_FROM_DRAWS = 20_000_000

/** One job for the pool: the task (shared arrays), the output and the chunk counters, all over shared memory. */
interface Job {
  readonly task: BinaryBootstrapTask
  /** [next chunk to claim, unused, done flag per chunk…] */
  readonly control: Int32Array
  readonly out: Float64Array
  readonly chunkSize: number
  readonly chunks: number
}

interface Entry {
  readonly file: string
  /** Node options of the workers; absent: this thread's (process.execArgv, e.g. a TypeScript loader). */
  readonly execArgv?: readonly string[]
}

/** The running workers, and a promise that settles when every one has loaded (or failed). */
interface Pool {
  readonly workers: readonly Worker[]
  readonly ready: Promise<void>
}

let entry: Entry | undefined
let pool: Pool | undefined

/**
 * Lets evaluate-vs-champion spread its bootstrap resamples over worker threads that run `file` — the bundle the
 * runner started (`process.argv[1]`), whose entry calls runBootstrapWorker when isBootstrapWorker(); from source
 * (tsx, vitest) the .ts entry, loaded through tsx's API. `execArgv`: the workers' Node options (default: this
 * process's). Without it (tests that import
 * `main`, a missing file) the resamples run on this thread, with the same results.
 */
export function enableBootstrapWorkers(file: string | undefined, execArgv?: readonly string[]): void {
  const usable = file !== undefined && /\.(m?js|ts)$/.test(file) && existsSync(file)
  entry = usable ? { file, ...(execArgv === undefined ? {} : { execArgv }) } : undefined
  stopBootstrapWorkers()
}

/** Stops the pool's threads (the next parallel run starts new ones). */
export function stopBootstrapWorkers(): void {
  for (const worker of pool?.workers ?? []) void worker.terminate()
  pool = undefined
}

/**
 * Starts the worker threads now (when enabled), so that they load while the data is read; resolves when every
 * worker is ready or has failed (a failed one leaves its share to this thread). Optional: the runner starts them
 * itself when needed.
 */
export function startBootstrapWorkers(threads = defaultThreads()): Promise<void> {
  if (entry === undefined || threads < 1) return Promise.resolve()
  if (pool === undefined || pool.workers.length !== threads) {
    stopBootstrapWorkers()
    pool = startPool(entry, threads)
  }
  return pool.ready
}

const defaultThreads = (): number => Math.min(availableParallelism() - 1, 3)

/** Whether this thread is a bootstrap worker started by the runner. */
export function isBootstrapWorker(): boolean {
  return !isMainThread && (workerData as { mark?: unknown } | null)?.mark === WORKER_MARK
}

/** The body of a bootstrap worker: for each job posted, claims chunks of resamples until none is left. */
export function runBootstrapWorker(): void {
  parentPort?.on('message', (job: Job) => work(job))
  parentPort?.postMessage('ready')
}

/** Claims chunks of the job's resamples and computes them until every chunk is claimed. */
function work(job: Job): number {
  const { task, control, out, chunkSize, chunks } = job
  let done = 0
  for (;;) {
    const chunk = Atomics.add(control, 0, 1)
    if (chunk >= chunks) return done
    computeChunk(task, out, chunk, chunkSize)
    Atomics.store(control, 2 + chunk, 1)
    Atomics.notify(control, 2 + chunk)
    done++
  }
}

function computeChunk(task: BinaryBootstrapTask, out: Float64Array, chunk: number, chunkSize: number): void {
  const from = chunk * chunkSize
  binaryBootstrapValues(task, from, Math.min(task.resamples, from + chunkSize), out)
}

/**
 * The bootstrap runner for this process: resamples in chunks claimed by this thread and by up to
 * availableParallelism() − 1 worker threads (at most 3), when enabled, the machine has more than one core and
 * the task has at least `minDraws` (WORKERS_FROM_DRAWS) draws; else undefined (compareEvidence then runs them on this thread).
 * This thread waits for the workers' chunks without returning to the event loop (Atomics.wait), so the runner is
 * synchronous like the core it serves; a chunk a worker has not finished in time (a worker that died or stalls)
 * is computed here, so a result never depends on a worker — every chunk's values are the same wherever computed.
 */
export function bootstrapRunner(
  options: { readonly minDraws?: number; readonly threads?: number } = {},
): BinaryBootstrapRunner | undefined {
  const threads = options.threads ?? defaultThreads()
  const minDraws = options.minDraws ?? WORKERS_FROM_DRAWS
  if (entry === undefined || threads < 1) return undefined
  return (task) => {
    checkBinaryBootstrapTask(task)
    if (task.n * task.resamples < minDraws) return runBinaryBootstrap(task)
    void startBootstrapWorkers(threads)
    return runParallel(task, pool?.workers ?? [])
  }
}

/** Up to `threads` workers; one that cannot be constructed (bad options) is left out: this thread does its share. */
function startPool(from: Entry, threads: number): Pool {
  const workers: Worker[] = []
  const loaded: Promise<void>[] = []
  for (let i = 0; i < threads; i++) {
    try {
      const options = {
        workerData: { mark: WORKER_MARK },
        ...(from.execArgv === undefined ? {} : { execArgv: [...from.execArgv] }),
      }
      const worker = from.file.endsWith('.ts')
        ? new Worker(sourceBootstrap(from.file), { ...options, eval: true })
        : new Worker(from.file, options)
      worker.unref()
      loaded.push(
        new Promise<void>((resolve) => {
          worker.once('message', () => resolve())
          // A worker that fails leaves its chunks to this thread (runParallel); later runs start a new pool.
          worker.once('error', () => {
            stopBootstrapWorkers()
            resolve()
          })
          worker.once('exit', () => resolve())
        }),
      )
      workers.push(worker)
    } catch {
      break
    }
  }
  return { workers, ready: Promise.all(loaded).then(() => undefined) }
}

/**
 * A worker's code that registers tsx (resolved from the entry's folder), then imports the .ts entry: from source,
 * Node's `--import` loaders do not reach worker threads.
 */
function sourceBootstrap(file: string): string {
  // tsx's ESM API (its `import` condition; require.resolve would give the CommonJS build) registers the hooks.
  const root = dirname(createRequire(file).resolve('tsx/package.json'))
  const api = pathToFileURL(join(root, 'dist/esm/api/index.mjs')).href
  const main = pathToFileURL(file).href
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(main)}) })`
}

/** How the last parallel run was shared: chunks in all, and those computed on this thread. */
let lastRun: { readonly chunks: number; readonly onThisThread: number } | undefined

/** How the last parallel run's chunks were shared between this thread and the workers (undefined before any). */
export function lastBootstrapRun(): { readonly chunks: number; readonly onThisThread: number } | undefined {
  return lastRun
}

function runParallel(task: BinaryBootstrapTask, workers: readonly Worker[]): Float64Array {
  const width = binaryBootstrapWidth(task)
  const out = new Float64Array(new SharedArrayBuffer(Math.max(1, task.resamples * width) * 8)).subarray(
    0,
    task.resamples * width,
  )
  const chunks = Math.min(task.resamples, 8 * (workers.length + 1))
  const chunkSize = Math.ceil(task.resamples / chunks)
  const count = Math.ceil(task.resamples / chunkSize)
  const control = new Int32Array(new SharedArrayBuffer((2 + count) * 4))
  const job: Job = { task, control, out, chunkSize, chunks: count }
  for (const worker of workers) worker.postMessage(job)
  const started = performance.now()
  let mine = work(job)
  const perChunk = (performance.now() - started) / Math.max(1, mine)
  // Wait for the workers' chunks; one not done within the grace time is computed here (same values).
  const deadline = performance.now() + Math.max(10_000, 4 * perChunk)
  for (let chunk = 0; chunk < count; chunk++) {
    while (Atomics.load(control, 2 + chunk) === 0) {
      if (performance.now() > deadline) {
        computeChunk(task, out, chunk, chunkSize)
        mine++
        break
      }
      Atomics.wait(control, 2 + chunk, 0, 50)
    }
  }
  lastRun = { chunks: count, onThisThread: mine }
  return out
}
