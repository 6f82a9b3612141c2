/** Relative and absolute tolerance of a probability row's sum: numpy.allclose's defaults, as sklearn checks. */
export const PROBABILITY_SUM_RTOL = 1e-5
export const PROBABILITY_SUM_ATOL = 1e-8

/**
 * Whether a row of class probabilities sums to 1 within numpy.allclose's default tolerance,
 * |1 − sum| ≤ 1e-8 + 1e-5·|sum| — the check sklearn 1.2's multiclass `roc_auc_score` applies (it raises
 * "Target scores need to be probabilities … sum up to 1.0 over classes" otherwise).
 * @see https://numpy.org/doc/1.24/reference/generated/numpy.allclose.html
 * @example
 * probabilityRowSumIsOne(0.999995) // => true
 */
export function probabilityRowSumIsOne(sum: number): boolean {
  return Math.abs(1 - sum) <= PROBABILITY_SUM_ATOL + PROBABILITY_SUM_RTOL * Math.abs(sum)
}
