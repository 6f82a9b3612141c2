/**
 * Exact two-sided p-value of k successes in n trials under p = ½ (scipy.stats.binomtest(k, n, 0.5).pvalue):
 * with a symmetric null the "as or less likely" rule sums both tails, min(1, 2·P(X ≤ min(k, n−k))).
 * Computed in log space, so n in the millions is fine.
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.binomtest.html
 * @throws {RangeError} unless 0 ≤ k ≤ n are integers
 * @example
 * binomialTwoSidedPValue(3, 10) // => 0.3437500000000001
 */
export function binomialTwoSidedPValue(k: number, n: number): number {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n) {
    throw new RangeError(`binomialTwoSidedPValue: needs integers 0 <= k <= n, got k=${k}, n=${n}`)
  }
  if (n === 0) return 1
  const m = Math.min(k, n - k)
  if (2 * m === n) return 1
  // P(X = j) for j = 0..m, accumulated from j = m downward (largest term first).
  let logTerm = -n * Math.LN2
  for (let j = 1; j <= m; j++) logTerm += Math.log((n - j + 1) / j)
  let sum = 0
  let term = Math.exp(logTerm)
  for (let j = m; j >= 0; j--) {
    sum += term
    term *= j / (n - j + 1)
    if (term < sum * 1e-17) break
  }
  return Math.min(1, 2 * sum)
}
