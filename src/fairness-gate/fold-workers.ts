import { availableParallelism } from 'node:os'
import { parentPort, workerData, type Worker } from 'node:worker_threads'
import type { FairnessInput } from '../core/fairness/analyze-fairness.js'
import { predictionFold } from '../core/fairness/prediction-fold.js'
import { rangesProven } from '../io/dataset/index.js'
import { runWorkerOnce } from '../io/worker-thread.js'
import { FOLD_WORKER_MARK, foldWorkerEntry } from './fold-worker-mark.js'
import type { ScanPartition } from '../validate-data/scan-partition.js'
import { foldPartition, type PartitionFold, type PredictionColumns } from './fold-partition.js'

/** Worker threads at most (the CPUs bound the gain; each range costs a worker start). */
const MAX_WORKERS = 8

interface WorkerInput {
  readonly mark: typeof FOLD_WORKER_MARK
  readonly path: string
  readonly columns: PredictionColumns
  readonly names: readonly string[]
  readonly partition: ScanPartition
}

/** What a worker posts: its partition's fold, or why it has none (the main thread then folds the file in one pass). */
type WorkerOutput = { readonly ok: true; readonly fold: PartitionFold } | { readonly ok: false; readonly error: string }

/**
 * Folds one partition of the file somewhere (a worker thread, or this one) and settles with the result; `index` is
 * the partition's place in the plan.
 */
export type FoldRunner = (partition: ScanPartition, index: number) => Promise<PartitionFold>

/** Partitions a file may be folded in at once: 1 when fold workers are off, else the CPUs (at most MAX_WORKERS). */
export function foldParallelism(): number {
  return foldWorkerEntry() === undefined ? 1 : Math.max(1, Math.min(availableParallelism(), MAX_WORKERS))
}

/** The body of a fold worker: folds its one partition and posts the fold (its arrays moved, not copied). */
export async function runFoldWorker(): Promise<void> {
  const { path, columns, names, partition } = workerData as WorkerInput
  let output: WorkerOutput
  let transfer: ArrayBuffer[] = []
  try {
    const fold = await foldPartition(path, columns, names, partition)
    if (fold.foldable) transfer = [fold.input.yTrue, fold.input.yPred].map((a) => a.buffer as ArrayBuffer)
    output = { ok: true, fold }
  } catch (error) {
    output = { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  parentPort?.postMessage(output, transfer)
}

/**
 * A runner that folds the plan's first partition on this thread and each other in its own worker thread (the bundle
 * `enableFoldWorkers` found): this thread would otherwise wait idle, and one worker fewer saves its start (~0.2 s of
 * module load on a small runner). `workers` collects them, for the caller to terminate; an aborted `signal` rejects
 * with its reason. Undefined when fold workers are off.
 */
export function workerFoldRunner(
  path: string,
  columns: PredictionColumns,
  names: readonly string[],
  workers: Worker[],
  signal?: AbortSignal,
): FoldRunner | undefined {
  const entry = foldWorkerEntry()
  if (entry === undefined) return undefined
  return async (partition, index) => {
    if (index === 0) {
      // After the other partitions' workers have started (the plan is mapped synchronously), not before.
      await Promise.resolve()
      return foldPartition(path, columns, names, partition, signal === undefined ? {} : { signal })
    }
    const input: WorkerInput = { mark: FOLD_WORKER_MARK, path, columns, names, partition }
    const output = await runWorkerOnce<WorkerOutput>(entry, input, {
      workers,
      signal,
      abortError: () => (signal?.reason instanceof Error ? signal.reason : new Error('aborted')),
      what: `the worker folding ${path}`,
    })
    if (output.ok) return output.fold
    throw new Error(output.error)
  }
}

/**
 * The fold of a whole file from its partitions (`plan`, in file order), each folded by `run` at the same time and
 * merged in file order — exactly the fold of one pass (predictionFold.merge). Undefined when the file must be read in
 * one pass instead: a partition failed (an error, whose line one pass reports exactly) or met a row the fold does not
 * take, or a CSV range start proved not to be a record start (a line end inside a quoted field).
 * @throws what `signal` aborts with
 */
export async function foldInParallel(
  sensitiveNames: readonly string[],
  plan: readonly ScanPartition[],
  run: FoldRunner,
  signal?: AbortSignal,
): Promise<(FairnessInput & { rows: number }) | undefined> {
  const settled = await Promise.allSettled(plan.map((partition, index) => run(partition, index)))
  signal?.throwIfAborted()
  const folds: (PartitionFold & { foldable: true })[] = []
  for (const s of settled) {
    if (s.status === 'rejected' || !s.value.foldable) return undefined
    folds.push(s.value)
  }
  const ranges = plan.flatMap((p) => (p.kind === 'csv-bytes' ? [p] : []))
  // Row groups need no proof: each starts a record.
  if (
    ranges.length > 0 &&
    !rangesProven(
      ranges,
      folds.map((f) => f.next ?? -1),
    )
  )
    return undefined
  // The prediction kind only matters to `add`; merging takes the parts' 0/1 labels and predictions as they are.
  const whole = predictionFold(sensitiveNames, { kind: 'binary' })
  for (const fold of folds) whole.merge(fold.input, fold.rows)
  return { ...whole.result(), rows: whole.rows }
}
