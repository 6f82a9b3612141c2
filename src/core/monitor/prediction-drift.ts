import type { DriftDecision } from '../drift/decide-drift.js'
import { driftFigures } from '../drift/drift-figures.js'
import type { Check } from '../gate/check.js'
import type { Figure } from '../gate/figure.js'

/** The prefix of a prediction column's drift check message and of its figures' titles. */
export const PREDICTION_DRIFT_LABEL = 'Prediction drift'

/**
 * A drift decision's checks and figures with the model's prediction columns (scores, predicted labels) apart from
 * the inputs: their `drift.<column>` checks say "prediction drift", and their table and charts are a separate
 * section after the inputs'. Columns not in `predictionColumns` are input drift, as before.
 * @throws never
 * @example
 * predictionDriftReport({ checks: [], drifted: [], rows: [] }, ['score']).figures.length // => 0
 */
export function predictionDriftReport(
  decision: DriftDecision,
  predictionColumns: readonly string[],
): { readonly checks: Check[]; readonly figures: Figure[] } {
  const isPrediction = new Set(predictionColumns)
  const predicted = decision.rows.filter((r) => isPrediction.has(r.measure.column))
  if (predicted.length === 0) return { checks: decision.checks, figures: driftFigures(decision) }
  const subset = (rows: DriftDecision['rows']): DriftDecision => ({
    checks: [],
    drifted: rows.filter((r) => r.drifted).map((r) => r.measure.column),
    rows,
  })
  const inputs = driftFigures(subset(decision.rows.filter((r) => !isPrediction.has(r.measure.column))))
  const predictions = driftFigures(subset(predicted)).map((f) => ({
    ...f,
    title: `${PREDICTION_DRIFT_LABEL}: ${f.title}`,
  }))
  const columnOf = (check: Check): string | undefined =>
    check.id.startsWith('drift.') && check.id !== 'drift.dataset' ? check.id.slice('drift.'.length) : undefined
  const checks = decision.checks.map((check) => {
    const column = columnOf(check)
    return column !== undefined && isPrediction.has(column)
      ? { ...check, message: `${PREDICTION_DRIFT_LABEL.toLowerCase()}: ${check.message}` }
      : check
  })
  return { checks, figures: [...inputs, ...predictions] }
}
