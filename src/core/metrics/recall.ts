import { binaryMetric } from './binary-metric.js'
import { prepareBinary } from './prepare-binary.js'

/**
 * Recall tp / (tp + fn) of predictions score >= threshold. Throws when there are no positive labels.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} on invalid labels/scores or when the metric is undefined on these rows (see binaryMetric)
 * @example
 * recall([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // => 0.5
 */
export function recall(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): number {
  return binaryMetric(prepareBinary(yTrue, yScore, threshold), 'recall')
}
