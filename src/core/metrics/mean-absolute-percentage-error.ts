/** sklearn's ε in mean_absolute_percentage_error: `np.finfo(np.float64).eps`, the floor of |y| in the denominator. */
export const MAPE_EPSILON = Number.EPSILON

/**
 * Mean absolute percentage error, optionally weighted: Σ wᵢ·|yᵢ − ŷᵢ| / max(|yᵢ|, ε) / Σ wᵢ, as a share (0.1 =
 * 10%), with ε = 2.220446049250313e-16 — sklearn.metrics.mean_absolute_percentage_error exactly, so a true value of 0
 * gives a huge (not infinite) error, as there. The caller checks lengths, finiteness and total weight
 * (regressionMetric does).
 * @see https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.mean_absolute_percentage_error.html
 * @example
 * meanAbsolutePercentageError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // => 0.3273809523809524
 */
export function meanAbsolutePercentageError(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  weights?: ArrayLike<number>,
): number {
  let total = 0
  let sum = 0
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights === undefined ? 1 : (weights[i] as number)
    const t = yTrue[i] as number
    total += w
    sum += (w * Math.abs(t - (yPred[i] as number))) / Math.max(Math.abs(t), MAPE_EPSILON)
  }
  return sum / total
}
