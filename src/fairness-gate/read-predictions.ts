import { cellToBoolean } from '../core/data/cell-value.js'
import type { ColumnValues } from '../core/data/column-values.js'
import { DataError } from '../core/errors.js'
import { binaryLabelsOfColumn, textLabelError } from '../core/metrics/prepare-binary.js'
import type { FairnessInput } from '../core/fairness/analyze-fairness.js'
import { fairnessMessages as msg } from '../core/fairness/messages.js'
import { datasetHeader } from '../io/dataset/index.js'
import { columnChunksSupported } from '../io/dataset/read-chunks.js'
import { readColumnValues } from '../io/dataset/read-column-values.js'
import type { Worker } from 'node:worker_threads'
import { planPartitions, type ScanPartition } from '../validate-data/scan-partition.js'
import { foldPartition, type PredictionColumns } from './fold-partition.js'
import { foldInParallel, foldParallelism, workerFoldRunner, type FoldRunner } from './fold-workers.js'
import { Inputs } from './inputs.js'

const EXAMPLES = 5

type Columns = PredictionColumns

/** How the fold reads a file: tests set the chunk size, the partitions and where each is folded. */
export interface FoldOptions {
  /** Rows per chunk of a one-pass fold (tests: chunk boundaries anywhere). */
  readonly chunkRows?: number
  /** The partitions to fold at the same time (default planPartitions over the fold workers). */
  readonly plan?: (path: string) => Promise<ScanPartition[]>
  /** Where each partition is folded (default a worker thread each, when enabled: enableFoldWorkers). */
  readonly run?: FoldRunner
}

/**
 * Reads a predictions file into binary labels, binary predictions and sensitive values. CSV/TSV and Parquet files
 * stream as column chunks folded into weighted distinct rows (`predictionFold`: group values × label × prediction,
 * no per-row arrays, memory flat in the file's size) when their labels need no `positive-label`; at a row the fold
 * does not take (a bad label, prediction or score), and for other files, the whole columns are read (CSV/TSV as
 * column chunks, other formats as row batches) into one entry per row, which reports the row. The same groups,
 * counts and errors either way. A large CSV/TSV file is folded in byte ranges on the cores at once (fold workers,
 * when `enableFoldWorkers` found their bundle) and merged exactly. `options`: the chunk size, the partitions and
 * where each is folded (tests).
 * @throws {DataError} a named column the file lacks (listing those present), an empty file, non-binary labels or
 *   predictions, non-numeric scores, scores outside [0, 1] or not finite (with up to five examples and their lines)
 */
export async function readPredictions(
  path: string,
  columns: Columns,
  signal?: AbortSignal,
  options: FoldOptions = {},
): Promise<FairnessInput & { rows: number }> {
  const header = await datasetHeader(path)
  const names = predictionColumnsToRead(path, columns, header)
  if (columns.positiveLabel === undefined && columnChunksSupported(path)) {
    const folded = await foldPredictions(path, columns, names, signal, options)
    if (folded !== undefined) return folded
  }
  const data = await readColumnValues(path, names, signal === undefined ? {} : { signal })
  if (data.rowCount === 0) throw new DataError(msg.emptyFile(path), { file: path, line: 1 }, msg.emptyFileHint())
  const column = (name: string): ColumnValues => data.column(name)
  const yTrue = labelsOf(path, columns, column(columns.labelColumn), data.lines, header)
  let yPred: Uint8Array
  if (columns.scoreColumn !== undefined) {
    const cells = column(columns.scoreColumn)
    const { numbers } = cells
    yPred = new Uint8Array(cells.length)
    const bad: { line: number; value: string }[] = []
    const outside: { line: number; value: string }[] = []
    let badCount = 0,
      outsideCount = 0
    for (let i = 0; i < cells.length; i++) {
      const v = numbers[i]!
      if (Number.isNaN(v)) {
        badCount++
        if (bad.length < EXAMPLES) bad.push({ line: data.lines[i]!, value: cells.shown(i) })
      } else if (!(v >= 0 && v <= 1)) {
        // ±Infinity and scores outside [0, 1], as evaluate-vs-champion rejects them
        outsideCount++
        if (outside.length < EXAMPLES) outside.push({ line: data.lines[i]!, value: cells.shown(i) })
      } else yPred[i] = v >= columns.threshold ? 1 : 0
    }
    if (outsideCount > 0 && badCount === 0) {
      throw new DataError(
        msg.scoreOutOfRange(path, columns.scoreColumn, outsideCount, outside),
        { file: path, line: outside[0]!.line, column: header.indexOf(columns.scoreColumn) + 1 },
        msg.scoreOutOfRangeHint(),
      )
    }
    if (badCount > 0) {
      throw new DataError(
        msg.nonNumericScore(path, columns.scoreColumn, badCount, bad),
        { file: path, line: bad[0]!.line, column: header.indexOf(columns.scoreColumn) + 1 },
        msg.nonNumericScoreHint(Inputs.PredictionColumn),
      )
    }
  } else {
    yPred = toBinary(path, columns.predictionColumn!, column(columns.predictionColumn!), data.lines, header)
  }
  const sensitive = columns.sensitiveColumns.map((name) => {
    const values = column(name)
    return { name, values: Array.from({ length: values.length }, (_, i) => values.text(i) ?? null) }
  })
  return { yTrue, yPred, sensitive, rows: data.rowCount }
}

/**
 * The distinct columns a predictions file is read for, in order (label, prediction or score, sensitive columns).
 * @throws {DataError} a named column the header lacks, listing those present
 */
export function predictionColumnsToRead(path: string, columns: Columns, header: readonly string[]): string[] {
  const wanted: [string, string][] = [
    [columns.labelColumn, Inputs.LabelColumn],
    columns.scoreColumn !== undefined
      ? [columns.scoreColumn, Inputs.ScoreColumn]
      : [columns.predictionColumn!, Inputs.PredictionColumn],
    ...columns.sensitiveColumns.map((c): [string, string] => [c, Inputs.SensitiveColumns]),
  ]
  for (const [column, input] of wanted) {
    if (!header.includes(column))
      throw new DataError(
        msg.missingColumn(path, column, input, header),
        { file: path, input },
        msg.missingColumnHint(input),
      )
  }
  return [...new Set(wanted.map(([c]) => c))]
}

/**
 * The fold of the file, or undefined at a row it does not take (or an empty file): see readPredictions. A file large
 * enough to split (planPartitions: uncompressed CSV/TSV of 8 MiB and more) is folded in byte ranges at the same time
 * (worker threads, or `options.run`) and merged exactly; where that cannot be exact (foldInParallel), in one pass here.
 */
async function foldPredictions(
  path: string,
  columns: Columns,
  names: readonly string[],
  signal: AbortSignal | undefined,
  options: FoldOptions,
): Promise<(FairnessInput & { rows: number }) | undefined> {
  const workers: Worker[] = []
  try {
    const run = options.run ?? workerFoldRunner(path, columns, names, workers, signal)
    const plan = run === undefined ? [] : await (options.plan ?? ((p) => planPartitions(p, foldParallelism())))(path)
    if (run !== undefined && plan.length >= 2) {
      const folded = await foldInParallel(columns.sensitiveColumns, plan, run, signal)
      if (folded !== undefined) return folded.rows === 0 ? undefined : folded
    }
  } finally {
    for (const worker of workers) void worker.terminate()
  }
  const fold = await foldPartition(
    path,
    columns,
    names,
    { kind: 'whole-file' },
    {
      ...(signal === undefined ? {} : { signal }),
      ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }),
    },
  )
  return fold.foldable && fold.rows > 0 ? { ...fold.input, rows: fold.rows } : undefined
}

/**
 * The label column as 0/1: text labels by `positive-label` (compared as text), else 0/1 or true/false. Two text
 * labels without `positive-label` are an error listing them and naming the input.
 */
function labelsOf(
  path: string,
  columns: Columns,
  cells: ColumnValues,
  lines: ArrayLike<number>,
  header: readonly string[],
): Uint8Array {
  const name = columns.labelColumn
  const where = { file: path, column: header.indexOf(name) + 1 }
  const positive = columns.positiveLabel
  if (positive !== undefined) {
    const coded = binaryLabelsOfColumn(cells, positive)
    if ('labels' in coded) return coded.labels
    throw textLabelError(coded, name, positive, Inputs.PositiveLabel, where) ?? new RangeError('positive-label')
  }
  try {
    return toBinary(path, name, cells, lines, header)
  } catch (error) {
    throw textLabelError(binaryLabelsOfColumn(cells, undefined), name, undefined, Inputs.PositiveLabel, where) ?? error
  }
}

function toBinary(
  path: string,
  name: string,
  cells: ColumnValues,
  lines: ArrayLike<number>,
  header: readonly string[],
): Uint8Array {
  const out = new Uint8Array(cells.length)
  const { numbers } = cells
  const bad: { line: number; value: string }[] = []
  let badCount = 0
  for (let i = 0; i < cells.length; i++) {
    const n = numbers[i]!
    let b: boolean | undefined
    if (n === 0) b = false
    else if (n === 1) b = true
    else if (Number.isNaN(n)) {
      const text = cells.text(i)
      b = text === undefined ? undefined : cellToBoolean(text)
    }
    if (b === undefined) {
      badCount++
      if (bad.length < EXAMPLES) bad.push({ line: lines[i]!, value: cells.shown(i) })
    } else out[i] = b ? 1 : 0
  }
  if (badCount > 0) {
    throw new DataError(
      msg.nonBinary(path, name, badCount, bad),
      { file: path, line: bad[0]!.line, column: header.indexOf(name) + 1 },
      msg.nonBinaryHint(),
    )
  }
  return out
}
