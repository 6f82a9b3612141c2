import { binomialTwoSidedPValue } from './binomial-two-sided-p-value.js'
import { chiSquareSurvival } from './chi-square-survival.js'

export interface McNemarResult {
  /** Discordant pairs: rows the champion got right and the candidate wrong. */
  readonly b: number
  /** Discordant pairs: rows the candidate got right and the champion wrong. */
  readonly c: number
  readonly method: 'exact' | 'chi-square-corrected'
  /** Chi-square statistic (|b − c| − 1)² / (b + c) for the corrected method; the smaller count for exact. */
  readonly statistic: number
  readonly pValue: number
}

/** Below this many discordant pairs the exact binomial test is used (the common textbook rule b + c < 25). */
export const MCNEMAR_EXACT_BELOW = 25

/**
 * McNemar's test of paired classifiers on the discordant counts b and c (H₀: b and c are equally likely).
 * Rule: b + c < 25 → exact two-sided binomial test on min(b, c) of b + c at p = ½;
 * otherwise chi-square on 1 degree of freedom with Edwards' continuity correction (|b − c| − 1)² / (b + c).
 * b + c = 0 gives p = 1 (no evidence either way).
 * @see https://en.wikipedia.org/wiki/McNemar%27s_test
 * @throws {RangeError} if b or c is not a non-negative integer
 * @example
 * mcnemarTest(40, 60).pValue // => 0.05743311963200363
 */
export function mcnemarTest(b: number, c: number, exactBelow = MCNEMAR_EXACT_BELOW): McNemarResult {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`mcnemarTest: discordant counts must be non-negative integers, got b=${b}, c=${c}`)
  }
  const n = b + c
  if (n < exactBelow) {
    return { b, c, method: 'exact', statistic: Math.min(b, c), pValue: binomialTwoSidedPValue(Math.min(b, c), n) }
  }
  const diff = Math.max(0, Math.abs(b - c) - 1)
  const statistic = (diff * diff) / n
  return { b, c, method: 'chi-square-corrected', statistic, pValue: chiSquareSurvival(statistic, 1) }
}
