import { binaryMetric } from './binary-metric.js'
import { prepareBinary } from './prepare-binary.js'

/**
 * Binary cross-entropy −mean(y·ln p + (1−y)·ln(1−p)), sklearn 1.2 `log_loss` convention: p clipped to [ε, 1−ε] with ε the float64 machine epsilon, then rows renormalised. `threshold` is unused.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} on invalid labels/scores or when the metric is undefined on these rows (see binaryMetric)
 * @example
 * logLoss([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // => 0.47228795380917615
 */
export function logLoss(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): number {
  return binaryMetric(prepareBinary(yTrue, yScore, threshold), 'log-loss')
}
