import type { ColumnProfile } from '../profile/column-profile.js'

/**
 * The reference columns drift compares with `currentColumns`: every reference column, except prediction columns
 * (scores, predicted labels) the current data does not have — production inputs are often monitored before they
 * are scored, so an absent score column is not missing data. An absent input column stays, and drift reports it.
 * @throws never
 * @example
 * referenceForCurrent([{ name: 'age' }, { name: 'score' }], ['age'], ['score']).map((p) => p.name) // => ['age']
 */
export function referenceForCurrent<P extends Pick<ColumnProfile, 'name'>>(
  reference: readonly P[],
  currentColumns: readonly string[],
  predictionColumns: readonly string[],
): P[] {
  const current = new Set(currentColumns)
  const predictions = new Set(predictionColumns)
  return reference.filter((p) => current.has(p.name) || !predictions.has(p.name))
}
