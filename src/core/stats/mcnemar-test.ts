import { binomialTwoSidedPValue } from './binomial-two-sided-p-value.js'
import { chiSquareSurvival } from './chi-square-survival.js'

export interface McNemarResult {
  /** Discordant pairs: rows the champion got right and the candidate wrong. */
  readonly b: number
  /** Discordant pairs: rows the candidate got right and the champion wrong. */
  readonly c: number
  readonly method: 'exact' | 'chi-square-corrected' | 'chi-square'
  /** The chi-square statistic for the chi-square methods; the smaller count min(b, c) for exact. */
  readonly statistic: number
  readonly pValue: number
}

export interface McNemarOptions {
  /** Below this many discordant pairs b + c the exact binomial test is used (default MCNEMAR_EXACT_BELOW). */
  readonly exactBelow?: number
  /** Edwards' continuity correction of the chi-square statistic (default true). */
  readonly correction?: boolean
}

/** Below this many discordant pairs the exact binomial test is used (the common textbook rule b + c < 25). */
export const MCNEMAR_EXACT_BELOW = 25

/**
 * McNemar's test of paired classifiers on the discordant counts b and c (H₀: b and c are equally likely), as
 * statsmodels.stats.contingency_tables.mcnemar computes it:
 * b + c < exactBelow → exact: min(1, 2·P(X ≤ min(b, c))) for X ~ Binomial(b + c, ½) (statsmodels exact=True);
 * otherwise chi-square on 1 degree of freedom of (|b − c| − 1)² / (b + c) with the correction (exact=False,
 * correction=True) or (b − c)² / (b + c) without it (correction=False).
 * Like statsmodels, the corrected statistic is not clamped at 0, so b = c gives 1/(b + c), not 0:
 * b = c = 15 has p = 0.855 (and |b − c| = 1 has statistic 0, p = 1).
 * b + c = 0 gives statistic 0 and p = 1 in every method (no evidence either way; statsmodels divides by zero).
 * @see https://www.statsmodels.org/stable/generated/statsmodels.stats.contingency_tables.mcnemar.html
 * @throws {RangeError} if b or c is not a non-negative integer
 * @example
 * mcnemarTest(40, 60).pValue // => 0.05743311963200363
 * @example
 * mcnemarTest(15, 15).pValue // => 0.8551321405847058
 */
export function mcnemarTest(b: number, c: number, options: McNemarOptions = {}): McNemarResult {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`mcnemarTest: discordant counts must be non-negative integers, got b=${b}, c=${c}`)
  }
  const { exactBelow = MCNEMAR_EXACT_BELOW, correction = true } = options
  const n = b + c
  if (n < exactBelow) {
    return { b, c, method: 'exact', statistic: Math.min(b, c), pValue: binomialTwoSidedPValue(Math.min(b, c), n) }
  }
  const method = correction ? 'chi-square-corrected' : 'chi-square'
  if (n === 0) return { b, c, method, statistic: 0, pValue: 1 }
  const diff = Math.abs(b - c) - (correction ? 1 : 0)
  const statistic = (diff * diff) / n
  return { b, c, method, statistic, pValue: chiSquareSurvival(statistic, 1) }
}
