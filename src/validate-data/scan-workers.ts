import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { parentPort, workerData, type Worker } from 'node:worker_threads'
import type { Contract } from '../core/contract/contract.js'
import {
  ConfigurationError,
  DataError,
  ServiceError,
  UserError,
  wordingOf,
  wordingTexts,
  type Location,
  type WordingTexts,
} from '../core/errors.js'
import { rangesProven } from '../io/dataset/index.js'
import { runWorkerOnce } from '../io/worker-thread.js'
import { SCAN_WORKER_MARK, scanWorkerEntry } from './scan-worker-mark.js'
import { scanDataset, type DatasetScan } from './scan-dataset.js'
import { mergeRangeScans } from './scan-merge.js'
import { partitionShares } from '../core/data/partition-shares.js'
import { planPartitions, type ScanPartition } from './scan-partition.js'

/** One dataset to scan: its path and, for the data under test, the contract to check. */
export interface ScanJob {
  readonly path: string
  readonly contract: Contract | undefined
  /**
   * The columns to profile in full (numbers, values, categories); the others get only their rows and nulls counted.
   * Undefined: every column (drift, profile and infer modes read whole profiles; a contract run alone reads the
   * rows and the profiles of the columns with aggregate rules).
   */
  readonly profiled?: readonly string[]
}

interface ScanOptions {
  readonly maxExamples: number
  readonly signal: AbortSignal
  /** Longest CSV field or JSON line (policy validate-data.limits.max_field_bytes). */
  readonly maxFieldBytes?: number
  /** Where a split scan says why it fell back to one sequential pass. */
  readonly debug?: (message: string) => void
}

/** Worker threads at most (each holds its ranges' profiles; the CPUs bound the gain). */
const MAX_WORKERS = 8

interface WorkerInput {
  readonly mark: typeof SCAN_WORKER_MARK
  readonly job: ScanJob
  readonly partition: ScanPartition
  readonly maxExamples: number
  readonly maxFieldBytes: number | undefined
}

/** An error as it crosses the thread boundary: a user error's class, location, and texts on both surfaces. */
export type SerializedError =
  | {
      readonly kind: 'ConfigurationError' | 'DataError' | 'ServiceError'
      readonly message: WordingTexts
      readonly location: Location
      readonly hint?: WordingTexts
    }
  | { readonly kind: 'bug'; readonly message: string; readonly stack?: string }
type WorkerOutput =
  { readonly ok: true; readonly scan: DatasetScan } | { readonly ok: false; readonly error: SerializedError }

/** Whether `scanDatasets` will use worker threads for more than one dataset. */
export function scanWorkersEnabled(): boolean {
  return scanWorkerEntry() !== undefined
}

/** The body of a scan worker: scans its one dataset and posts the result (its sorted values moved, not copied). */
export async function runScanWorker(): Promise<void> {
  const input = workerData as WorkerInput
  let output: WorkerOutput
  let transfer: ArrayBuffer[] = []
  try {
    const { partition } = input
    const scan = await scanDataset(input.job.path, input.job.contract, {
      maxExamples: input.maxExamples,
      signal: new AbortController().signal,
      ...(input.maxFieldBytes === undefined ? {} : { maxFieldBytes: input.maxFieldBytes }),
      ...(partition.kind === 'csv-bytes' ? { range: partition } : {}),
      ...(partition.kind === 'parquet-row-groups' ? { rowGroups: partition } : {}),
      ...(input.job.profiled === undefined ? {} : { profiled: input.job.profiled }),
    })
    transfer = scan.profiles.flatMap((p) =>
      p.values instanceof Float64Array && p.values.byteLength > 0 ? [p.values.buffer as ArrayBuffer] : [],
    )
    output = { ok: true, scan }
  } catch (error) {
    output = { ok: false, error: serializeError(error) }
  }
  parentPort?.postMessage(output, transfer)
}

/**
 * Scans datasets (the current data and the reference): in a pool of worker threads when enabled (at most
 * `os.availableParallelism()`, never more than tasks), else in order on this thread. A large uncompressed CSV file is
 * split into byte ranges, a large Parquet file into runs of row groups, scanned in parallel and merged into exactly the scan one pass gives (scan-merge.ts); when a
 * range start cannot be proven or the merge could not be exact, that file is scanned again in one pass (said on
 * `debug`). Errors come back as the same UserError classes, with their locations.
 * @throws {UserError} what scanning a dataset throws; an aborted signal rejects with its reason
 */
export async function scanDatasets(jobs: readonly ScanJob[], options: ScanOptions): Promise<DatasetScan[]> {
  const entry = scanWorkerEntry()
  const parallelism = Math.max(1, Math.min(availableParallelism(), MAX_WORKERS))
  const shares =
    entry === undefined ? [] : partitionShares(await Promise.all(jobs.map((j) => fileSize(j.path))), parallelism)
  const plans =
    entry === undefined ? [] : await Promise.all(jobs.map((job, j) => planPartitions(job.path, shares[j] as number)))
  const tasks = plans.flatMap((plan, j) => plan.map((partition, i) => ({ j, i, partition })))
  if (entry === undefined || tasks.length < 2) {
    const scans: DatasetScan[] = []
    for (const job of jobs) scans.push(await scanDataset(job.path, job.contract, withProfiled(options, job)))
    return scans
  }
  // Round-robin over the files, so that data and reference are read at the same time.
  tasks.sort((x, y) => x.i - y.i || x.j - y.j)
  const results = plans.map((plan) => plan.map((): Settled => ({ ok: false, error: undefined })))
  const workers: Worker[] = []
  try {
    let next = 0
    const run = async (): Promise<void> => {
      while (next < tasks.length) {
        const task = tasks[next++]!
        const scanned = scanInWorker(entry, jobs[task.j] as ScanJob, task.partition, options, workers)
        // A whole file's error is the scan's error; a range's is judged once all ranges are in (joinRanges).
        const settled = await scanned.then(
          (scan): Settled => ({ ok: true, scan }),
          (error: unknown): Settled => ({ ok: false, error }),
        )
        if (!settled.ok && task.partition.kind === 'whole-file') {
          next = tasks.length
          throw settled.error
        }
        ;(results[task.j] as Settled[])[task.i] = settled
      }
    }
    await Promise.all(Array.from({ length: Math.min(parallelism, tasks.length) }, run))
  } finally {
    for (const worker of workers) void worker.terminate()
  }
  const scans: DatasetScan[] = []
  for (const [j, job] of jobs.entries())
    scans.push(await joinRanges(job, plans[j] as ScanPartition[], results[j] as Settled[], options))
  return scans
}

export type Settled =
  { readonly ok: true; readonly scan: DatasetScan } | { readonly ok: false; readonly error: unknown }

/**
 * One file's scan from its tasks' results (in plan order): a whole file's, or its ranges merged exactly, else one
 * sequential pass (said on `debug`); the first range's error is the file's error.
 * @throws {UserError} what the first range, or the sequential pass, throws
 */
export async function joinRanges(
  job: ScanJob,
  plan: readonly ScanPartition[],
  settled: readonly Settled[],
  options: ScanOptions,
): Promise<DatasetScan> {
  const first = settled[0] as Settled
  if (!first.ok) throw first.error
  if (settled.length === 1) return first.scan
  let reason: string
  if (settled.every((s) => s.ok)) {
    const scans = settled.map((s) => (s as { scan: DatasetScan }).scan)
    const ranges = plan.flatMap((p) => (p.kind === 'csv-bytes' ? [p] : []))
    // Row groups need no proof: each starts a record.
    const proven =
      plan.every((p) => p.kind === 'parquet-row-groups') ||
      rangesProven(
        ranges,
        scans.map((scan) => scan.range?.next.offset ?? -1),
      )
    if (proven) {
      const merged = mergeRangeScans(job.path, job.contract, scans, options.maxExamples)
      if (merged.ok) return merged.scan
      reason = `merging the ranges exactly needs one pass (${merged.reason})`
    } else reason = 'a range start could not be proven a record start (a line end inside a quoted field)'
  } else reason = 'a range after the first reported an error; one pass reports the first one exactly'
  options.debug?.(`${job.path}: scanning in one pass: ${reason}`)
  return scanDataset(job.path, job.contract, withProfiled(options, job))
}

function withProfiled(options: ScanOptions, job: ScanJob): ScanOptions & { profiled?: readonly string[] } {
  return job.profiled === undefined ? options : { ...options, profiled: job.profiled }
}

async function scanInWorker(
  entry: string,
  job: ScanJob,
  partition: ScanPartition,
  options: ScanOptions,
  workers: Worker[],
): Promise<DatasetScan> {
  options.signal.throwIfAborted()
  const input: WorkerInput = {
    mark: SCAN_WORKER_MARK,
    job,
    partition,
    maxExamples: options.maxExamples,
    maxFieldBytes: options.maxFieldBytes,
  }
  const output = await runWorkerOnce<WorkerOutput>(entry, input, {
    workers,
    signal: options.signal,
    abortError: () => abortError(options.signal),
    what: `the worker thread scanning ${job.path}`,
  })
  if (output.ok) return output.scan
  throw deserializeError(output.error, job.path)
}

/** What a worker posts for a thrown error; a user error keeps its wording on both surfaces (--flag in the CLI). */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof UserError) {
    const kind =
      error instanceof DataError ? 'DataError' : error instanceof ServiceError ? 'ServiceError' : 'ConfigurationError'
    const { message, hint } = error.wording
    return {
      kind,
      message: wordingTexts(message),
      location: { ...error.location },
      ...(hint === undefined ? {} : { hint: wordingTexts(hint) }),
    }
  }
  const e = error instanceof Error ? error : new Error(String(error))
  return { kind: 'bug', message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) }
}

/** The error a worker posted, rebuilt on the main thread: the same UserError class and wording, or a bug naming `path`. */
export function deserializeError(error: SerializedError, path: string): Error {
  const hint = error.kind === 'bug' || error.hint === undefined ? undefined : wordingOf(error.hint)
  switch (error.kind) {
    case 'ConfigurationError':
      return new ConfigurationError(wordingOf(error.message), error.location, hint)
    case 'DataError':
      return new DataError(wordingOf(error.message), error.location, hint)
    case 'ServiceError':
      return new ServiceError(wordingOf(error.message), error.location, hint)
    case 'bug': {
      const bug = new Error(`scanning ${path} failed in a worker thread: ${error.message}`)
      if (error.stack !== undefined) bug.stack = `${bug.message}\n--- in the worker thread ---\n${error.stack}`
      return bug
    }
  }
}

/** The error an aborted scan rejects with: the signal's reason when it is an Error (ours always are), else one naming it. */
function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason : new Error(`the scan was aborted: ${String(reason)}`)
}

/** The file's size in bytes; 0 when it cannot be read (the scan then reports why). */
async function fileSize(path: string): Promise<number> {
  return stat(path).then(
    (info) => info.size,
    () => 0,
  )
}
