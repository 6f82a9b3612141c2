import type { MetricName } from '../metrics/metric-name.js'
import { UndefinedMetricError } from '../metrics/undefined-metric-error.js'
import type { MetricEvaluator } from './metric-evaluator.js'

/** Both models' values of one metric, or why the metric has no value on these rows. */
export type PairedMetricValue =
  | { readonly kind: 'defined'; readonly candidate: number; readonly champion: number }
  | { readonly kind: 'undefined'; readonly reason: string }

/**
 * One metric for both models under optional row weights, with an undefined metric (UndefinedMetricError: one
 * class present, nothing predicted positive…) as a value. Any other error (invalid data, a bug) propagates.
 * @throws {RangeError} from the evaluator for anything but an undefined metric
 * @example
 * pairedMetricValue(metricEvaluator({ task: 'regression', yTrue: Float64Array.of(1, 1), candidatePred: Float64Array.of(1, 2), championPred: Float64Array.of(1, 1) }), 'r2') // => { kind: 'undefined', reason: 'r2: the true values are constant, so R² is undefined' }
 */
export function pairedMetricValue(
  evaluate: MetricEvaluator,
  metric: MetricName,
  weights?: Float64Array,
): PairedMetricValue {
  try {
    const values = evaluate([metric], weights)
    return { kind: 'defined', candidate: values.candidate[0] as number, champion: values.champion[0] as number }
  } catch (error) {
    if (error instanceof UndefinedMetricError) return { kind: 'undefined', reason: error.message }
    throw error
  }
}
