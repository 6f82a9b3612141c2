import { cellToNumber, cellToString, readDatasetColumns } from '../io/dataset/index.js'
import { DataError } from '../core/errors.js'
import { probabilityRowSumIsOne } from '../core/metrics/probability-row-sum-is-one.js'
import type { ProbabilityColumns } from './probability-columns.js'
import { Inputs } from './inputs.js'

export interface LoadedProbabilities {
  readonly path: string
  readonly ids: string[]
  /** Class index of each row's label (absent when no label column was read). */
  readonly labels?: Float64Array
  /** Predicted class index: the prediction column's class when one is given, else the argmax (ties: first class). */
  readonly predicted: Float64Array
  /** Row-major n × classCount probabilities, columns in class order. */
  readonly probabilities: Float64Array
  readonly segments: Record<string, string[]>
  readonly lines: number[]
}

/** Maps a label or prediction cell to a class index: exact text first, then numeric equality ("1.0" is class "1"). */
function classIndex(classes: readonly string[]): (cell: unknown) => number | undefined {
  const byText = new Map(classes.map((c, i) => [c, i]))
  const byNumber = new Map<number, number>()
  classes.forEach((c, i) => {
    const v = Number(c)
    if (c.trim() !== '' && Number.isFinite(v) && !byNumber.has(v)) byNumber.set(v, i)
  })
  return (cell) => {
    const text = cellToString(cell as never)
    if (text === undefined) return undefined
    const exact = byText.get(text)
    if (exact !== undefined) return exact
    const v = typeof cell === 'boolean' ? undefined : cellToNumber(cell as never)
    return v === undefined ? undefined : byNumber.get(v)
  }
}

/**
 * Reads a multiclass predictions file with one probability column per class: id, the probability columns,
 * optionally the label, a predicted-class column and segment columns.
 * @throws DataError (file and line) for a missing column, a probability that is not a number in [0, 1], a row
 *   whose probabilities do not sum to 1 (numpy.allclose tolerance, see probabilityRowSumIsOne), or a label or
 *   predicted class that has no probability column.
 */
export async function loadProbabilities(
  path: string,
  columns: {
    id: string
    probability: ProbabilityColumns
    label?: string
    prediction?: string
    segments?: readonly string[]
  },
): Promise<LoadedProbabilities> {
  const { classes, columns: probabilityColumns } = columns.probability
  const k = classes.length
  const extra = [
    ...(columns.label === undefined ? [] : [columns.label]),
    ...(columns.prediction === undefined ? [] : [columns.prediction]),
  ]
  const data = await readDatasetColumns(path, [
    columns.id,
    ...probabilityColumns,
    ...extra,
    ...(columns.segments ?? []),
  ])
  const n = data.rowCount
  if (n === 0)
    throw new DataError(`${path} has no rows`, { file: path }, 'write the predictions of every evaluation row')
  const col = (name: string): NonNullable<ReturnType<typeof data.values.get>> => data.values.get(name) ?? []
  const line = (i: number): number => data.lines[i] ?? 0
  const ids = col(columns.id).map((cell, i) => {
    const id = cellToString(cell)
    if (id === undefined || id === '')
      throw new DataError(`id column "${columns.id}" is empty`, { file: path, line: line(i) }, 'give every row an id')
    return id
  })
  const probabilities = new Float64Array(n * k)
  for (let c = 0; c < k; c++) {
    const name = probabilityColumns[c] as string
    col(name).forEach((cell, i) => {
      const v = cellToNumber(cell)
      if (v === undefined || !(v >= 0 && v <= 1)) {
        throw new DataError(
          `probability column "${name}" (class "${classes[c] ?? ''}") has ${JSON.stringify(cell)}; probabilities are numbers in [0, 1]`,
          { file: path, line: line(i) },
          (w) => `fix the row, or check ${w.input(Inputs.ProbabilityColumns)}`,
        )
      }
      probabilities[i * k + c] = v
    })
  }
  const predicted = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let sum = 0
    let best = 0
    for (let c = 0; c < k; c++) {
      const v = probabilities[i * k + c] as number
      sum += v
      if (v > (probabilities[i * k + best] as number)) best = c
    }
    if (!probabilityRowSumIsOne(sum)) {
      throw new DataError(
        `the class probabilities (${probabilityColumns.join(', ')}) sum to ${sum}, not 1 (tolerance |sum − 1| ≤ 1e-8 + 1e-5·sum, as sklearn checks)`,
        { file: path, line: line(i) },
        'write calibrated probabilities that sum to 1 in every row (softmax), and include a column for every class',
      )
    }
    predicted[i] = best
  }
  const toClass = classIndex(classes)
  const codes = (name: string, what: string): Float64Array => {
    const out = new Float64Array(n)
    col(name).forEach((cell, i) => {
      const index = toClass(cell)
      if (index === undefined) {
        throw new DataError(
          `${what} column "${name}" has ${JSON.stringify(cell)}, a class without a probability column (classes: ${classes.join(', ')})`,
          { file: path, line: line(i) },
          (w) => `add a probability column for that class (${w.input(Inputs.ProbabilityColumns)}), or fix the row`,
        )
      }
      out[i] = index
    })
    return out
  }
  const segments: Record<string, string[]> = {}
  for (const s of columns.segments ?? []) segments[s] = col(s).map((cell) => cellToString(cell) ?? '(missing)')
  return {
    path,
    ids,
    ...(columns.label === undefined ? {} : { labels: codes(columns.label, 'label') }),
    predicted: columns.prediction === undefined ? predicted : codes(columns.prediction, 'prediction'),
    probabilities,
    segments,
    lines: data.lines,
  }
}
