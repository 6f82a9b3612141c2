/** Counts of a binary confusion matrix (positive class = 1). */
export interface ConfusionCounts {
  readonly tp: number
  readonly fp: number
  readonly tn: number
  readonly fn: number
}

/**
 * Binary confusion counts of labels `yTrue` against predictions `yPred` (both 0/1), optionally weighted
 * (a bootstrap resample is a vector of row multiplicities). Same layout as sklearn's
 * `confusion_matrix(y, p, labels=[0, 1]).ravel()` → tn, fp, fn, tp.
 * @see https://scikit-learn.org/stable/modules/generated/sklearn.metrics.confusion_matrix.html
 * @throws {RangeError} if the lengths differ
 * @example
 * confusionCounts([0, 0, 1, 1], [0, 1, 0, 1]) // => { tp: 1, fp: 1, tn: 1, fn: 1 }
 */
export function confusionCounts(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  weights?: ArrayLike<number>,
): ConfusionCounts {
  if (yTrue.length !== yPred.length)
    throw new RangeError(`confusionCounts: lengths differ (${yTrue.length} vs ${yPred.length})`)
  let tp = 0
  let fp = 0
  let tn = 0
  let fn = 0
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights === undefined ? 1 : (weights[i] as number)
    if (w === 0) continue
    if (yPred[i] === 1) {
      if (yTrue[i] === 1) tp += w
      else fp += w
    } else if (yTrue[i] === 1) fn += w
    else tn += w
  }
  return { tp, fp, tn, fn }
}
