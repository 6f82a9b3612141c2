import { binaryMetric } from './binary-metric.js'
import { prepareBinary } from './prepare-binary.js'

/**
 * Precision tp / (tp + fp) of predictions score >= threshold. Throws when nothing is predicted positive (sklearn returns 0 with a warning; a gate must not).
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} on invalid labels/scores or when the metric is undefined on these rows (see binaryMetric)
 * @example
 * precision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // => 1
 */
export function precision(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): number {
  return binaryMetric(prepareBinary(yTrue, yScore, threshold), 'precision')
}
