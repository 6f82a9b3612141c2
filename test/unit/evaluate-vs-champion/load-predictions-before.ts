// The row-batch loader before column chunks (git show f7c03fd:src/evaluate-vs-champion/load-predictions.ts), kept as the oracle
// of the equality test.
import { cellToNumber, cellToString, readDatasetColumns } from '../../../src/io/dataset/index.js'
import { DataError } from '../../../src/core/errors.js'
import { textLabelMessages } from '../../../src/core/metrics/messages.js'

export interface LoadedPredictions {
  readonly path: string
  readonly ids: string[]
  /** Labels (binary 0/1 or class codes, regression targets); absent when the file has no label column. */
  readonly labels?: Float64Array
  /** Score or prediction column, as numbers. */
  readonly values: Float64Array
  readonly segments: Record<string, string[]>
  readonly lines: number[]
}

/**
 * Reads a predictions file (CSV, JSONL or Parquet): id, the value column (score or prediction), optionally the
 * label and segment columns. Labels that are booleans or "true"/"false" become 1/0. Class labels that are not
 * numbers are coded by first appearance through `classCodes` (shared between both files). With `positiveLabel`
 * (input positive-label), text labels are binary: 1 where the text equals it, 0 for the one other label.
 * @throws DataError for a missing column or a cell that is not a number where one is needed (file and line).
 */
export async function loadPredictionsBefore(
  path: string,
  columns: { id: string; value: string; label?: string; segments?: readonly string[]; positiveLabel?: string },
  classCodes?: Map<string, number>,
): Promise<LoadedPredictions> {
  const wanted = [
    columns.id,
    columns.value,
    ...(columns.label === undefined ? [] : [columns.label]),
    ...(columns.segments ?? []),
  ]
  const data = await readDatasetColumns(path, wanted)
  const n = data.rowCount
  if (n === 0)
    throw new DataError(`${path} has no rows`, { file: path }, 'write the predictions of every evaluation row')
  const col = (name: string): NonNullable<ReturnType<typeof data.values.get>> => data.values.get(name) ?? []
  const ids = col(columns.id).map((cell, i) => {
    const id = cellToString(cell)
    if (id === undefined || id === '')
      throw new DataError(
        `id column "${columns.id}" is empty`,
        { file: path, line: data.lines[i] ?? 0 },
        'give every row an id',
      )
    return id
  })
  const numeric = (name: string, codes?: Map<string, number>): Float64Array => {
    const out = new Float64Array(n)
    col(name).forEach((cell, i) => {
      let v = typeof cell === 'boolean' ? (cell ? 1 : 0) : cellToNumber(cell)
      if (v === undefined && typeof cell === 'string') {
        const lower = cell.toLowerCase()
        if (lower === 'true') v = 1
        else if (lower === 'false') v = 0
        else if (codes !== undefined) {
          if (!codes.has(cell)) codes.set(cell, codes.size)
          v = codes.get(cell)
        }
      }
      if (v === undefined || !Number.isFinite(v)) {
        throw new DataError(
          `column "${name}" needs a number but has ${JSON.stringify(cell)}`,
          { file: path, line: data.lines[i] ?? 0 },
          'fix the row or choose the right column',
        )
      }
      out[i] = v
    })
    return out
  }
  const labels = (name: string): Float64Array => {
    if (columns.positiveLabel === undefined) {
      try {
        return numeric(name, classCodes)
      } catch (error) {
        // Two text labels (benign / malignant) on a binary task: say which input makes them binary.
        const { distinct } = codeTextLabels(
          col(name).map((cell) => cellToString(cell) ?? ''),
          undefined,
        )
        if (classCodes !== undefined || distinct.length !== 2) throw error
        throw new DataError(
          textLabelMessages.needsPositiveLabel(name, distinct),
          { file: path },
          textLabelMessages.needsPositiveLabelHint('positive-label', distinct),
        )
      }
    }
    const coded = codeTextLabels(
      col(name).map((cell) => cellToString(cell) ?? ''),
      columns.positiveLabel,
    )
    if (coded.labels === undefined)
      throw new DataError(
        textLabelMessages.notTwoLabels(name, columns.positiveLabel, coded.distinct),
        { file: path, input: 'positive-label' },
        textLabelMessages.notTwoLabelsHint(),
      )
    return Float64Array.from(coded.labels)
  }
  const segments: Record<string, string[]> = {}
  for (const s of columns.segments ?? []) segments[s] = col(s).map((cell) => cellToString(cell) ?? '(missing)')
  return {
    path,
    ids,
    ...(columns.label === undefined ? {} : { labels: labels(columns.label) }),
    values: numeric(columns.value, classCodes),
    segments,
    lines: data.lines,
  }
}

/** The former codeTextLabels (src/core/metrics/prepare-binary.ts before binaryLabelsFromText). */
export function codeTextLabels(
  texts: readonly string[],
  positiveLabel: string | undefined,
): { labels?: Uint8Array; distinct: readonly string[] } {
  const distinct: string[] = []
  for (const text of texts) {
    if (!distinct.includes(text)) distinct.push(text)
    if (distinct.length > 2) return { distinct }
  }
  if (positiveLabel === undefined || !distinct.includes(positiveLabel)) return { distinct }
  return { labels: Uint8Array.from(texts, (text) => (text === positiveLabel ? 1 : 0)), distinct }
}
