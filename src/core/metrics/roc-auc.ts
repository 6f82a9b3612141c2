import { binaryMetric } from './binary-metric.js'
import { prepareBinary } from './prepare-binary.js'

/**
 * Area under the ROC curve (sklearn `roc_auc_score`): P(score of a random positive > score of a random negative), ties counting ½. Throws when only one class is present (undefined, never 0). `threshold` is unused.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} on invalid labels/scores or when the metric is undefined on these rows (see binaryMetric)
 * @example
 * rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // => 0.75
 */
export function rocAuc(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): number {
  return binaryMetric(prepareBinary(yTrue, yScore, threshold), 'roc-auc')
}
