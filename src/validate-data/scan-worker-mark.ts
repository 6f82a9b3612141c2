import { isMainThread, workerData } from 'node:worker_threads'
import { workerBundleEntry } from '../io/worker-thread.js'

// Apart from scan-workers.ts, which loads the dataset readers: the CLI's entry asks `isScanWorker()` and calls
// `enableScanWorkers` at every start, and a command that never scans must not pay for loading those modules.

/** The mark in a scan worker's workerData. */
export const SCAN_WORKER_MARK = 'modelgate validate-data scan worker'

let workerEntry: string | undefined

/**
 * Lets `scanDatasets` scan in worker threads, each running the scan-worker bundle beside `entry`
 * (`dist/scan-worker/index.js` next to `dist/<bundle>/index.js`) or else `entry` itself — the bundle file the
 * runner started (`process.argv[1]`), whose entry module calls `runScanWorker` when `isScanWorker()`. Without it
 * (tests that import `main`, a missing file) scans run one after the other on this thread, with the same results.
 */
export function enableScanWorkers(entry: string | undefined): void {
  workerEntry = workerBundleEntry(entry, 'scan-worker')
}

/** The file scan workers run; undefined while they are off. */
export function scanWorkerEntry(): string | undefined {
  return workerEntry
}

/** Whether this thread is a scan worker started by `scanDatasets`. */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as { mark?: unknown } | null)?.mark === SCAN_WORKER_MARK
}
