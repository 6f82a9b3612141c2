import { DataError } from '../errors.js'
import { decayMessages as m } from './decay-messages.js'

/** One side of the join: ids in file order with their numbers and the line of each row (for errors). */
export interface KeyedColumn {
  /** File the rows came from, named in errors. */
  readonly file: string
  readonly ids: readonly string[]
  readonly values: ArrayLike<number>
  readonly lines: readonly number[]
}

/** The rows where a logged prediction met its delayed label, in prediction order, and the counts of the join. */
export interface DelayedLabelJoin {
  readonly labels: Float64Array
  readonly predictions: Float64Array
  readonly counts: {
    readonly predictions: number
    readonly labels: number
    readonly joined: number
    /** Labels whose id is among no prediction. */
    readonly unmatchedLabels: number
    /** Predictions with no label yet (labels still to come). */
    readonly unlabelled: number
  }
}

/** Index of each id; the first duplicate is a DataError at its line, naming the line of its first occurrence. */
function indexIds(side: KeyedColumn, what: string): Map<string, number> {
  const index = new Map<string, number>()
  side.ids.forEach((id, row) => {
    const first = index.get(id)
    if (first !== undefined)
      throw new DataError(
        m.duplicateId(id, what, side.lines[first] ?? 0),
        { file: side.file, line: side.lines[row] ?? 0 },
        m.duplicateIdHint(what),
      )
    index.set(id, row)
  })
  return index
}

/**
 * Joins a champion's logged production predictions with the labels that arrived later, by id, exactly (ids are
 * text; `007` is not `7`). A partial join is normal (labels lag, some never come) and is returned with its counts.
 * @throws DataError on a duplicate id in either file (the first one, at its line), or when no label joins any
 *   prediction (wrong id column, wrong window): judging zero rows would read as healthy
 * @example joinDelayedLabels({ file: 'p.csv', ids: ['a', 'b'], values: [0.9, 0.2], lines: [2, 3] }, { file: 'l.csv', ids: ['b', 'c'], values: [0, 1], lines: [2, 3] }, 'id').counts // => { predictions: 2, labels: 2, joined: 1, unmatchedLabels: 1, unlabelled: 1 }
 */
export function joinDelayedLabels(predictions: KeyedColumn, labels: KeyedColumn, idColumn: string): DelayedLabelJoin {
  const predictionRows = indexIds(predictions, 'logged predictions')
  const labelRows = indexIds(labels, 'delayed labels')
  const joinedLabels: number[] = []
  const joinedPredictions: number[] = []
  for (const [id, row] of predictionRows) {
    const labelRow = labelRows.get(id)
    if (labelRow === undefined) continue
    joinedLabels.push(labels.values[labelRow] ?? Number.NaN)
    joinedPredictions.push(predictions.values[row] ?? Number.NaN)
  }
  const joined = joinedLabels.length
  if (joined === 0)
    throw new DataError(
      m.noLabelJoins(labels.ids.length, predictions.ids.length, idColumn),
      { file: labels.file },
      m.noLabelJoinsHint,
    )
  return {
    labels: Float64Array.from(joinedLabels),
    predictions: Float64Array.from(joinedPredictions),
    counts: {
      predictions: predictions.ids.length,
      labels: labels.ids.length,
      joined,
      unmatchedLabels: labels.ids.length - joined,
      unlabelled: predictions.ids.length - joined,
    },
  }
}
