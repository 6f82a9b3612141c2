import { regularizedGammaQ } from './regularized-gamma-q.js'

/**
 * Survival function of the chi-square distribution with `dof` degrees of freedom: P(X > x) = Q(dof/2, x/2)
 * (scipy.stats.chi2.sf). Returns 1 for x ≤ 0.
 * @see https://en.wikipedia.org/wiki/Chi-squared_distribution
 * @throws {RangeError} if dof ≤ 0
 * @example
 * chiSquareSurvival(3.841458820694124, 1) // => 0.05000000000000013 (scipy.stats.chi2.sf: 0.04999999999999989)
 */
export function chiSquareSurvival(x: number, dof: number): number {
  if (!(dof > 0)) throw new RangeError(`chiSquareSurvival: dof must be > 0, got ${dof}`)
  if (!(x > 0)) return 1
  return regularizedGammaQ(dof / 2, x / 2)
}
