import { binaryMetric } from './binary-metric.js'
import { prepareBinary } from './prepare-binary.js'

/**
 * F1 = 2tp / (2tp + fp + fn), the harmonic mean of precision and recall, of predictions score >= threshold.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} on invalid labels/scores or when the metric is undefined on these rows (see binaryMetric)
 * @example
 * f1Score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // => 0.6666666666666666
 */
export function f1Score(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): number {
  return binaryMetric(prepareBinary(yTrue, yScore, threshold), 'f1')
}
