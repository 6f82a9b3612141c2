import { logGamma } from '../stats/log-gamma.js'

/**
 * One draw from Binomial(n, p), exactly, by inversion: small n by n Bernoulli trials; otherwise the
 * uniform u is matched against the cumulative probabilities enumerated outward from the mode
 * (mode, mode − 1, mode + 1, …), which takes O(√(np(1 − p))) steps. Any fixed enumeration order of the
 * support gives the exact distribution under inversion.
 * @throws {RangeError} if n is not a non-negative integer or p is outside [0, 1]
 * @example sampleBinomial(() => 0.5, 10, 0) // => 0
 */
export function sampleBinomial(random: () => number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`sampleBinomial: n must be a non-negative integer, got ${n}`)
  if (!(p >= 0 && p <= 1)) throw new RangeError(`sampleBinomial: p must be in [0, 1], got ${p}`)
  if (n === 0 || p === 0) return 0
  if (p === 1) return n
  if (n <= 32) {
    let k = 0
    for (let i = 0; i < n; i++) if (random() < p) k++
    return k
  }
  const q = 1 - p
  const mode = Math.min(n, Math.floor((n + 1) * p))
  const logPmf = (k: number): number =>
    logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(q)
  const pMode = Math.exp(logPmf(mode))
  const u = random()
  let cumulative = pMode
  if (u < cumulative) return mode
  let lo = mode,
    hi = mode
  let pLo = pMode,
    pHi = pMode
  while (lo > 0 || hi < n) {
    if (lo > 0) {
      // P(k − 1) = P(k) · k q / ((n − k + 1) p)
      pLo = (pLo * lo * q) / ((n - lo + 1) * p)
      lo--
      cumulative += pLo
      if (u < cumulative) return lo
    }
    if (hi < n) {
      // P(k + 1) = P(k) · (n − k) p / ((k + 1) q)
      pHi = (pHi * (n - hi) * p) / ((hi + 1) * q)
      hi++
      cumulative += pHi
      if (u < cumulative) return hi
    }
    if (pLo < 1e-300 && pHi < 1e-300) break
  }
  return mode // u beyond the rounded total mass (probability ~1e-15): the mode is as good as any
}
