import { binaryMetric } from './binary-metric.js'
import { prepareBinary } from './prepare-binary.js'

/**
 * Brier score mean((p − y)²), sklearn `brier_score_loss`. `threshold` is unused.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} on invalid labels/scores or when the metric is undefined on these rows (see binaryMetric)
 * @example
 * brierScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // => 0.15812500000000002
 */
export function brierScore(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): number {
  return binaryMetric(prepareBinary(yTrue, yScore, threshold), 'brier')
}
