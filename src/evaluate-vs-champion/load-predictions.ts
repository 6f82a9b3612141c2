import { DataError } from '../core/errors.js'
import type { ColumnValues } from '../core/data/column-values.js'
import { KeyIndex } from '../core/data/key-index.js'
import { binaryLabelsOfColumn, textLabelError } from '../core/metrics/prepare-binary.js'
import { readColumnValues } from '../io/dataset/read-column-values.js'
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
  readonly lines: ArrayLike<number>
}

/**
 * Reads a predictions file (CSV, JSONL or Parquet): id, the value column (score or prediction), optionally the
 * label and segment columns. CSV/TSV is read as column chunks (numbers straight from the bytes, text decoded per
 * distinct value), other formats as row batches; the values and errors are the same. Labels that are booleans or
 * "true"/"false" become 1/0. Class labels that are not numbers are coded by first appearance through `classCodes`
 * (shared between both files). With `positiveLabel` (input positive-label), text labels are binary: 1 where the
 * text equals it, 0 for the one other label.
 * @throws DataError for a missing column or a cell that is not a number where one is needed (file and line).
 */
export async function loadPredictions(
  path: string,
  columns: { id: string; value: string; label?: string; segments?: readonly string[]; positiveLabel?: string },
  classCodes?: Map<string, number>,
  keys: KeyIndex = new KeyIndex(),
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
    lines: data.lines,
  }
}

/**
 * A column as finite numbers: numbers as they are, "true"/"false" (any case) as 1/0, other text coded by first
 * appearance through `codes` when given.
 * @throws DataError at the first cell that is none of these (missing, not finite, text without `codes`)
 */
function numericColumn(
  column: ColumnValues,
  name: string,
  path: string,
  line: (i: number) => number,
  codes?: Map<string, number>,
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
