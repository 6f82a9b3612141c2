import { DataError } from '../core/errors.js'
import { chunkColumnValues, type ColumnValues } from '../core/data/column-values.js'
import { KeyIndex } from '../core/data/key-index.js'
import { ColumnParts } from '../core/data/column-parts.js'
import { RowLines, type RowLineNumbers } from '../core/data/row-lines.js'
import { binaryLabelsFromCodes, binaryLabelsOfColumn, textLabelError } from '../core/metrics/prepare-binary.js'
import { columnChunksSupported, readColumnChunks } from '../io/dataset/read-chunks.js'
import { readColumnValues } from '../io/dataset/read-column-values.js'
import { rowCountBound } from '../io/dataset/row-count-bound.js'
import { Inputs } from './inputs.js'

export interface LoadedPredictions {
  readonly path: string
  /** Each row's id as a code in `keys` (shared by the files paired: equal ids, equal codes). */
  readonly ids: Int32Array
  readonly keys: KeyIndex
  /** Labels (binary 0/1 or class codes, regression targets); absent when the file has no label column. */
  readonly labels?: Float64Array
  /** Score or prediction column, as numbers. */
  readonly values: Float64Array
  readonly segments: Record<string, string[]>
  /** 1-based source line of each row. */
  readonly lines: RowLineNumbers
}

interface PredictionColumns {
  readonly id: string
  readonly value: string
  readonly label?: string
  readonly segments?: readonly string[]
  readonly positiveLabel?: string
}

/**
 * Reads a predictions file (CSV, JSONL or Parquet): id, the value column (score or prediction), optionally the
 * label and segment columns. CSV/TSV and Parquet are read one column chunk at a time into compact typed arrays
 * (numbers straight from the bytes, ids as key codes, text decoded per distinct value; no chunk is kept), JSON
 * Lines and JSON as row batches; the values and errors are the same. `chunkRows`: rows per chunk (tests of chunk
 * boundaries). Labels that are booleans or
 * "true"/"false" become 1/0. Class labels that are not numbers are coded by first appearance through `classCodes`
 * (shared between both files). With `positiveLabel` (input positive-label), text labels are binary: 1 where the
 * text equals it, 0 for the one other label.
 * @throws DataError for a missing column or a cell that is not a number where one is needed (file and line).
 */
export async function loadPredictions(
  path: string,
  columns: PredictionColumns,
  classCodes?: Map<string, number>,
  keys: KeyIndex = new KeyIndex(),
  options: { readonly chunkRows?: number } = {},
): Promise<LoadedPredictions> {
  if (!columnChunksSupported(path)) return loadWhole(path, columns, classCodes, keys)
  const before = classCodes === undefined ? undefined : [...classCodes]
  try {
    return await loadByChunk(path, columns, classCodes, keys, options.chunkRows)
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    // The whole-file reading reports the first error in its order (reading, ids, labels, segments, values).
    if (classCodes !== undefined && before !== undefined) {
      classCodes.clear()
      for (const [text, code] of before) classCodes.set(text, code)
    }
    return loadWhole(path, columns, classCodes, keys)
  }
}

/** The columns a loader reads: id, value, then label and segments. */
const wantedColumns = (columns: PredictionColumns): string[] => [
  columns.id,
  columns.value,
  ...(columns.label === undefined ? [] : [columns.label]),
  ...(columns.segments ?? []),
]

/**
 * loadPredictions on a file read as column chunks, one chunk at a time: each chunk's ids become key codes, its
 * numbers and lines compact typed arrays, its segment cells strings, and the chunk (its bytes and cell offsets) is
 * dropped before the next is read. The same values as loadWhole; on a DataError the caller reads the file whole
 * again, so that the error reported is the one loadWhole reports first.
 */
async function loadByChunk(
  path: string,
  columns: PredictionColumns,
  classCodes: Map<string, number> | undefined,
  keys: KeyIndex,
  chunkRows: number | undefined,
): Promise<LoadedPredictions> {
  const wanted = wantedColumns(columns)
  // Filled in place when the rows are bounded up front (no join at the end: see ColumnParts).
  const bound = await rowCountBound(path)
  const ids = new ColumnParts<Int32Array>((n) => new Int32Array(n), bound)
  const values = new ColumnParts<Float64Array>((n) => new Float64Array(n), bound)
  const labels = new LabelParts(columns.positiveLabel, bound)
  const lines = new RowLines()
  const segments: Record<string, string[]> = Object.fromEntries((columns.segments ?? []).map((s) => [s, []]))
  let lineOf: (i: number) => number = () => 0
  const deferred: Deferred[] = []
  for await (const chunk of readColumnChunks(path, {
    columns: wanted,
    ...(chunkRows === undefined ? {} : { chunkRows }),
  })) {
    lineOf = (i) => chunk.lines[i] ?? 0
    const column = (name: string): ColumnValues => chunkColumnValues([chunk], wanted.indexOf(name))
    const chunkIds = column(columns.id).keyCodes(keys)
    for (let i = 0; i < chunk.length; i++) {
      const id = chunkIds[i] as number
      if (id < 0 || keys.byteLength(id) === 0)
        throw new DataError(
          `id column "${columns.id}" is empty`,
          { file: path, line: lineOf(i) },
          'give every row an id',
        )
    }
    ids.push(chunkIds)
    if (columns.label !== undefined) labels.add(column(columns.label), columns.label, path, lineOf, classCodes)
    for (const s of columns.segments ?? []) {
      const cells = column(s)
      const out = segments[s] as string[]
      for (let i = 0; i < chunk.length; i++) out.push(cells.text(i) ?? '(missing)')
    }
    // Class texts of the value column are coded after every label (as loadWhole codes them): per chunk with codes
    // of its own, which the rows noted in `coded` take from classCodes once the labels are read.
    const local = classCodes === undefined ? undefined : new Map<string, number>()
    const coded: number[] = []
    const start = values.length
    values.push(numericColumn(column(columns.value), columns.value, path, lineOf, local, coded))
    if (local !== undefined) deferred.push({ start, texts: [...local.keys()], rows: coded })
    lines.add(chunk.lines)
  }
  if (ids.length === 0)
    throw new DataError(`${path} has no rows`, { file: path }, 'write the predictions of every evaluation row')
  const labelColumn = columns.label === undefined ? undefined : labels.joined(path)
  const valueColumn = values.joined()
  if (classCodes !== undefined) codeDeferred(valueColumn, deferred, classCodes)
  return {
    path,
    ids: ids.joined(),
    keys,
    ...(labelColumn === undefined ? {} : { labels: labelColumn }),
    values: valueColumn,
    segments,
    lines,
  }
}

/** A label column read chunk by chunk: numbers (coded through classCodes), or with a positive label text codes. */
class LabelParts {
  private readonly numbers: ColumnParts<Float64Array>
  private readonly codes: ColumnParts<Int32Array>
  private readonly texts = new Map<string, number>()
  constructor(
    private readonly positiveLabel: string | undefined,
    bound: number | undefined,
  ) {
    this.numbers = new ColumnParts((n) => new Float64Array(n), positiveLabel === undefined ? bound : undefined)
    this.codes = new ColumnParts((n) => new Int32Array(n), positiveLabel === undefined ? undefined : bound)
  }

  add(
    column: ColumnValues,
    name: string,
    path: string,
    line: (i: number) => number,
    classCodes: Map<string, number> | undefined,
  ): void {
    if (this.positiveLabel === undefined) {
      this.numbers.push(numericColumn(column, name, path, line, classCodes))
      return
    }
    // Codes of the label texts in first-seen order over the whole file, as ColumnValues.codes gives them.
    const { codes, entries } = column.codes()
    const global = Int32Array.from(entries, (text) => {
      let code = this.texts.get(text)
      if (code === undefined) this.texts.set(text, (code = this.texts.size))
      return code
    })
    this.codes.push(codes.map((c) => global[c] as number))
  }

  /** The whole column; a DataError (which loadWhole words) when the texts are not two labels. */
  joined(path: string): Float64Array {
    if (this.positiveLabel === undefined) return this.numbers.joined()
    const coded = binaryLabelsFromCodes(this.codes.joined(), [...this.texts.keys()], this.positiveLabel)
    if (!('labels' in coded)) throw new DataError('the labels are not two', { file: path })
    return Float64Array.from(coded.labels)
  }
}

/** A chunk's class texts of the value column, coded per chunk until the labels are read: its first row, its texts
 * (local code = index) and the rows (within the chunk) that hold a local code. */
interface Deferred {
  readonly start: number
  readonly texts: readonly string[]
  readonly rows: readonly number[]
}

/** The value column's class texts coded through classCodes, after the labels: chunk by chunk, in first-seen order. */
function codeDeferred(values: Float64Array, deferred: readonly Deferred[], classCodes: Map<string, number>): void {
  for (const { start, texts, rows } of deferred) {
    const global = texts.map((text) => {
      if (!classCodes.has(text)) classCodes.set(text, classCodes.size)
      return classCodes.get(text) as number
    })
    for (const i of rows) values[start + i] = global[values[start + i] as number] as number
  }
}

/**
 * loadPredictions on the whole file at once (readColumnValues): formats read as row batches, and the error path
 * of the chunked reading.
 */
async function loadWhole(
  path: string,
  columns: PredictionColumns,
  classCodes: Map<string, number> | undefined,
  keys: KeyIndex,
): Promise<LoadedPredictions> {
  const wanted = [
    columns.id,
    columns.value,
    ...(columns.label === undefined ? [] : [columns.label]),
    ...(columns.segments ?? []),
  ]
  const data = await readColumnValues(path, wanted)
  const n = data.rowCount
  if (n === 0)
    throw new DataError(`${path} has no rows`, { file: path }, 'write the predictions of every evaluation row')
  const line = (i: number): number => data.lines[i] ?? 0
  const ids = data.column(columns.id).keyCodes(keys)
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number
    if (id < 0 || keys.byteLength(id) === 0)
      throw new DataError(`id column "${columns.id}" is empty`, { file: path, line: line(i) }, 'give every row an id')
  }
  const labels = (name: string): Float64Array => {
    const column = data.column(name)
    if (columns.positiveLabel === undefined) {
      try {
        return numericColumn(column, name, path, line, classCodes)
      } catch (error) {
        // Two text labels (benign / malignant) on a binary task: say which input makes them binary.
        if (classCodes !== undefined) throw error
        throw (
          textLabelError(binaryLabelsOfColumn(column, undefined), name, undefined, Inputs.PositiveLabel, {
            file: path,
          }) ?? error
        )
      }
    }
    const coded = binaryLabelsOfColumn(column, columns.positiveLabel)
    if (!('labels' in coded))
      throw (
        textLabelError(coded, name, columns.positiveLabel, Inputs.PositiveLabel, { file: path }) ??
        new RangeError('positive-label: no error for labels that are not two')
      )
    return Float64Array.from(coded.labels)
  }
  const segments: Record<string, string[]> = {}
  for (const s of columns.segments ?? []) {
    const column = data.column(s)
    segments[s] = Array.from({ length: n }, (_, i) => column.text(i) ?? '(missing)')
  }
  return {
    path,
    ids,
    keys,
    ...(columns.label === undefined ? {} : { labels: labels(columns.label) }),
    values: numericColumn(data.column(columns.value), columns.value, path, line, classCodes),
    segments,
    lines: RowLines.of(data.lines),
  }
}

/**
 * A column as finite numbers: numbers as they are, "true"/"false" (any case) as 1/0, other text coded by first
 * appearance through `codes` when given (the rows so coded are noted in `coded`).
 * @throws DataError at the first cell that is none of these (missing, not finite, text without `codes`)
 */
function numericColumn(
  column: ColumnValues,
  name: string,
  path: string,
  line: (i: number) => number,
  codes?: Map<string, number>,
  coded?: number[],
): Float64Array {
  const out = new Float64Array(column.length)
  const { numbers } = column
  for (let i = 0; i < out.length; i++) {
    let v = numbers[i] as number
    if (Number.isNaN(v)) {
      const text = column.text(i)
      const lower = text?.toLowerCase()
      if (text === undefined) v = Number.NaN
      else if (lower === 'true') v = 1
      else if (lower === 'false') v = 0
      else if (codes !== undefined) {
        if (!codes.has(text)) codes.set(text, codes.size)
        v = codes.get(text) as number
        coded?.push(i)
      }
    }
    if (!Number.isFinite(v)) {
      throw new DataError(
        `column "${name}" needs a number but has ${column.shown(i)}`,
        { file: path, line: line(i) },
        'fix the row or choose the right column',
      )
    }
    out[i] = v
  }
  return out
}
