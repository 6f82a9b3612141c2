import { binaryMetrics } from './binary-metrics.js'
import type { BinaryMetricName } from './metric-name.js'
import type { PreparedBinary } from './prepare-binary.js'

/**
 * One binary metric over prepared rows, optionally weighted by row multiplicities; the conventions
 * (sklearn 1.2) are those of {@link binaryMetrics}.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {UndefinedMetricError} (a RangeError) when the metric is undefined on these rows (single class, no
 *   predicted positives)
 * @example
 * binaryMetric(prepareBinary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 'roc-auc') // => 0.75
 */
export function binaryMetric(data: PreparedBinary, metric: BinaryMetricName, weights?: ArrayLike<number>): number {
  return binaryMetrics(data, [metric], weights)[0] as number
}
