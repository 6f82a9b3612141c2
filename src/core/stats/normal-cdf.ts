import { regularizedGammaQ } from './regularized-gamma-q.js'

/**
 * Standard normal cumulative distribution Φ(x) = P(Z ≤ x) (scipy.stats.norm.cdf), through
 * erfc(t) = Q(½, t²): Φ(x) = ½·Q(½, x²/2) for x < 0 and 1 − ½·Q(½, x²/2) otherwise, so the lower tail
 * keeps its relative accuracy far out (Φ(−8) ≈ 6.2e−16).
 * @see https://en.wikipedia.org/wiki/Normal_distribution#Cumulative_distribution_function
 * @throws {RangeError} if x is NaN
 * @example
 * normalCdf(-1.96) // => 0.02499789514822045
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('normalCdf: x is NaN')
  if (x === 0) return 0.5
  const tail = 0.5 * regularizedGammaQ(0.5, (x * x) / 2)
  return x < 0 ? tail : 1 - tail
}
