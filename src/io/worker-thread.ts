import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'

/**
 * The file a worker thread of bundle `bundle` runs: `dist/<bundle>/index.js` beside the bundle the runner started
 * (`entry`, `process.argv[1]`: `dist/<action>/index.js`), else `entry` itself, whose entry module then runs the
 * worker's body when it sees its worker data. Undefined when `entry` is no existing .js / .mjs file (tests that import
 * a main directly): the caller then does the work on its own thread.
 * @throws never
 */
export function workerBundleEntry(entry: string | undefined, bundle: string): string | undefined {
  if (entry === undefined || !/\.m?js$/.test(entry) || !existsSync(entry)) return undefined
  const sibling = join(dirname(entry), '..', bundle, 'index.js')
  return existsSync(sibling) ? sibling : entry
}

export interface WorkerRun {
  /** Collects the worker started, for the caller to terminate. */
  readonly workers: Worker[]
  readonly signal?: AbortSignal | undefined
  /** What an abort of `signal` rejects with. */
  readonly abortError: () => Error
  /** The worker in the error of an exit before it reported, e.g. `the worker folding x.csv`. */
  readonly what: string
}

/**
 * Starts a worker thread of `file` with `data` and settles with the one message it posts; rejects with its error, with
 * `abortError()` when `signal` aborts first, or when it exits before it reported.
 * @throws never (the promise rejects)
 */
export function runWorkerOnce<Message>(file: string, data: unknown, run: WorkerRun): Promise<Message> {
  return new Promise<Message>((resolve, reject) => {
    const worker = new Worker(file, { workerData: data })
    run.workers.push(worker)
    const { signal } = run
    const onAbort = (): void => reject(run.abortError())
    signal?.addEventListener('abort', onAbort, { once: true })
    let settled = false
    worker.once('message', (message: Message) => {
      settled = true
      signal?.removeEventListener('abort', onAbort)
      resolve(message)
    })
    worker.once('error', (error) => {
      settled = true
      signal?.removeEventListener('abort', onAbort)
      reject(error)
    })
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', onAbort)
      if (!settled) reject(new Error(`${run.what} stopped with exit code ${code} before it reported`))
    })
  })
}
