import { binaryMetric } from './binary-metric.js'
import { prepareBinary } from './prepare-binary.js'

/**
 * Average precision, the PR-AUC of sklearn's `average_precision_score`: Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct scores in descending order (no interpolation). `threshold` is unused.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} on invalid labels/scores or when the metric is undefined on these rows (see binaryMetric)
 * @example
 * averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // => 0.8333333333333333
 */
export function averagePrecision(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): number {
  return binaryMetric(prepareBinary(yTrue, yScore, threshold), 'pr-auc')
}
