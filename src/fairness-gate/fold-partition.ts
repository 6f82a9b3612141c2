import type { FairnessInput } from '../core/fairness/analyze-fairness.js'
import { predictionFold } from '../core/fairness/prediction-fold.js'
import { readColumnChunks } from '../io/dataset/read-chunks.js'
import type { ScanPartition } from '../validate-data/scan-partition.js'
import type { FairnessGateInputs } from './inputs.js'

/** The inputs that name the columns a predictions file is read for, and how. */
export type PredictionColumns = Pick<
  FairnessGateInputs,
  'labelColumn' | 'predictionColumn' | 'scoreColumn' | 'threshold' | 'sensitiveColumns' | 'positiveLabel'
>

/**
 * One partition's fold: its weighted distinct rows and row count, and for a CSV byte range the offset where its last
 * record ended (the proof that the next range started at a record: see rangesProven); or `foldable: false` at a row
 * the fold does not take.
 */
export type PartitionFold =
  | {
      readonly foldable: true
      readonly input: FairnessInput
      readonly rows: number
      readonly next?: number
    }
  | { readonly foldable: false }

/**
 * Folds one partition of a predictions file (the whole file, a CSV byte range or a run of Parquet row groups) with
 * `predictionFold`, in chunks of `chunkRows` rows (tests: chunk boundaries anywhere).
 * @throws {DataError} what reading the partition's chunks throws (malformed content; lines count from the range's start)
 */
export async function foldPartition(
  path: string,
  columns: PredictionColumns,
  names: readonly string[],
  partition: ScanPartition,
  options: { readonly signal?: AbortSignal; readonly chunkRows?: number } = {},
): Promise<PartitionFold> {
  const label = names.indexOf(columns.labelColumn)
  const predicted = names.indexOf(columns.scoreColumn ?? columns.predictionColumn!)
  const sensitive = columns.sensitiveColumns.map((name) => names.indexOf(name))
  const fold = predictionFold(
    columns.sensitiveColumns,
    columns.scoreColumn !== undefined ? { kind: 'score', threshold: columns.threshold } : { kind: 'binary' },
  )
  let next: number | undefined
  const chunks = readColumnChunks(path, {
    columns: names,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }),
    ...(partition.kind === 'csv-bytes'
      ? { range: partition, onRangeEnd: (end: { offset: number }) => (next = end.offset) }
      : {}),
    ...(partition.kind === 'parquet-row-groups' ? { rowGroups: partition } : {}),
  })
  for await (const chunk of chunks) {
    const cells = chunk.cells
    const sensitiveCells = sensitive.map((j) => cells[j]!)
    if (!fold.add(chunk.length, cells[label]!, cells[predicted]!, sensitiveCells)) return { foldable: false }
  }
  return { foldable: true, input: fold.result(), rows: fold.rows, ...(next === undefined ? {} : { next }) }
}
