import { binaryMetricsFromCounts } from './binary-metrics-from-counts.js'
import type { BinaryMetricName } from './metric-name.js'
import type { PreparedBinary } from './prepare-binary.js'

/**
 * Several binary metrics over prepared rows, optionally weighted by row multiplicities (a bootstrap resample):
 * one pass `counts[bucket[i]] += w[i]` over the rows, then one walk over the distinct scores
 * (binaryMetricsFromCounts). Conventions follow scikit-learn 1.2:
 * - accuracy, precision, recall, f1 on predictions `score >= threshold`;
 * - roc-auc: area under the ROC curve with one point per distinct score (ties count ½, the trapezoid rule of
 *   `roc_auc_score`); undefined when one class is absent;
 * - pr-auc: `average_precision_score`, Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct scores, descending;
 * - log-loss: `log_loss` with p clipped to [ε, 1−ε] (ε = float64 epsilon) and rows renormalised;
 * - brier: mean (p − y)².
 * An undefined value (0/0) is NaN in the result when `undefinedAs: 'nan'`, else it throws (R6) — the bootstrap
 * uses NaN to count resamples where a metric is undefined.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {UndefinedMetricError} (a RangeError) when a metric is undefined on these rows and `undefinedAs` is
 *   'throw' (the default)
 * @example
 * binaryMetrics(prepareBinary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), ['roc-auc', 'accuracy']) // => [0.75, 0.75]
 */
export function binaryMetrics(
  data: PreparedBinary,
  metrics: readonly BinaryMetricName[],
  weights?: ArrayLike<number>,
  undefinedAs: 'throw' | 'nan' = 'throw',
): number[] {
  const { n, bucket } = data
  const counts = new Float64Array(2 * data.groupCount)
  if (weights === undefined) {
    for (let i = 0; i < n; i++) {
      const k = bucket[i] as number
      counts[k] = (counts[k] as number) + 1
    }
  } else {
    for (let i = 0; i < n; i++) {
      const k = bucket[i] as number
      counts[k] = (counts[k] as number) + (weights[i] as number)
    }
  }
  return binaryMetricsFromCounts(data, counts, metrics, undefinedAs)
}
