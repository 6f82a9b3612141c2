import { logGamma } from './log-gamma.js'

/**
 * One-sided Kolmogorov–Smirnov (Smirnov) survival function P(D⁺_n ≥ x) for a sample of size n, by the exact
 * Smirnov–Birnbaum–Tingey sum x·Σ_{j=0}^{⌊n(1−x)⌋} C(n, j)(1 − x − j/n)^{n−j}(x + j/n)^{j−1}, each term in
 * log space (scipy.special.smirnov computes the same quantity).
 * @see Birnbaum, Z.W. & Tingey, F.H. (1951) "One-sided confidence contours for probability distribution functions", Ann. Math. Statist. 22.
 * @throws {RangeError} if n is not a positive integer
 * @example
 * smirnovSurvival(1, 0.5) // => 0.5
 */
export function smirnovSurvival(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`smirnovSurvival: n must be a positive integer, got ${n}`)
  if (!(x > 0)) return 1
  if (x >= 1) return 0
  const last = Math.floor(n * (1 - x))
  const logNFactorial = logGamma(n + 1)
  let sum = 0
  for (let j = 0; j <= last; j++) {
    const base = 1 - x - j / n
    if (base <= 0 && n - j > 0) continue
    const logTerm =
      logNFactorial -
      logGamma(j + 1) -
      logGamma(n - j + 1) +
      (n - j) * Math.log(Math.max(base, Number.MIN_VALUE)) +
      (j - 1) * Math.log(x + j / n)
    sum += Math.exp(logTerm)
  }
  return Math.min(1, Math.max(0, x * sum))
}
