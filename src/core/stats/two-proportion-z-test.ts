import { normalCdf } from './normal-cdf.js'

/**
 * Two-sample z test of two independent proportions p₁ = x₁/n₁ and p₂ = x₂/n₂ with the pooled variance
 * (statsmodels `proportions_ztest([x1, x2], [n1, n2], alternative=…)`, whose default `prop_var=False` pools):
 * z = (p̂₁ − p̂₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), p̂ = (x₁ + x₂)/(n₁ + n₂). `larger` tests p₁ > p₂, `smaller` p₁ < p₂.
 * Every p-value is read from a lower tail (Φ(−z), Φ(z), 2Φ(−|z|)), so small p-values keep their relative accuracy.
 * @see Agresti (2013), Categorical Data Analysis, 3rd ed., §3.1.4; statsmodels.stats.proportion.proportions_ztest
 * @throws {RangeError} if a count is not a whole number in [0, n], n < 1, or both samples are all 0 or all n (no
 *   variance to test against)
 * @example twoProportionZTest(56, 70, 48, 80, 'two-sided').z // => 2.6501719512585336
 */
export function twoProportionZTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  alternative: 'two-sided' | 'larger' | 'smaller',
): { readonly z: number; readonly pValue: number } {
  for (const [x, n] of [
    [x1, n1],
    [x2, n2],
  ] as const)
    if (!Number.isInteger(x) || !Number.isInteger(n) || n < 1 || x < 0 || x > n)
      throw new RangeError(`twoProportionZTest: need whole counts 0 ≤ x ≤ n with n ≥ 1, got ${x} of ${n}`)
  const pooled = (x1 + x2) / (n1 + n2)
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
  if (variance === 0)
    throw new RangeError('twoProportionZTest: both samples are all successes or all failures; there is no variance')
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(variance)
  const pValue =
    alternative === 'larger'
      ? normalCdf(-z)
      : alternative === 'smaller'
        ? normalCdf(z)
        : Math.min(1, 2 * normalCdf(-Math.abs(z)))
  return { z, pValue }
}
