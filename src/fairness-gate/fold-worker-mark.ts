import { isMainThread, workerData } from 'node:worker_threads'
import { workerBundleEntry } from '../io/worker-thread.js'

// Apart from fold-workers.ts, which loads the dataset readers: the CLI's entry asks `isFoldWorker()` and calls
// `enableFoldWorkers` at every start, and a command that never folds predictions must not pay for loading them.

/** The mark in a fold worker's workerData. */
export const FOLD_WORKER_MARK = 'modelgate fairness-gate fold worker'

let workerEntry: string | undefined

/**
 * Lets fairness-gate fold large predictions files in worker threads, each running the fairness-fold-worker bundle
 * beside `entry` (`dist/fairness-fold-worker/index.js` next to `dist/<bundle>/index.js`) or else `entry` itself — the
 * bundle file the runner started (`process.argv[1]`), whose entry module calls `runFoldWorker` when `isFoldWorker()`.
 * Without it (tests that import `main`, a missing file) files are folded on this thread, with the same results.
 */
export function enableFoldWorkers(entry: string | undefined): void {
  workerEntry = workerBundleEntry(entry, 'fairness-fold-worker')
}

/** The file fold workers run; undefined while they are off. */
export function foldWorkerEntry(): string | undefined {
  return workerEntry
}

/** Whether this thread is a fold worker started by `foldInParallel`'s runner. */
export function isFoldWorker(): boolean {
  return !isMainThread && (workerData as { mark?: unknown } | null)?.mark === FOLD_WORKER_MARK
}
