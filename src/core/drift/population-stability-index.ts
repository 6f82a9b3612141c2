import { driftMessages } from './messages.js'

/**
 * Population stability index of `actual` against `expected` bin shares: Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ) (the symmetrised
 * Kullback–Leibler / Jeffreys divergence). 0 means identical. Conventional reading: < 0.1 stable,
 * 0.1–0.25 moderate shift, > 0.25 major shift. Shares must be > 0 ({@link binShares} smooths empty bins).
 * @see https://en.wikipedia.org/wiki/Kullback%E2%80%93Leibler_divergence#Symmetrised_divergence
 * @throws {RangeError} if the lengths differ or a share is ≤ 0
 * @example
 * populationStabilityIndex([0.25, 0.25, 0.5], [0.3, 0.3, 0.4]) // => 0.04054651081081642
 */
export function populationStabilityIndex(expected: readonly number[], actual: readonly number[]): number {
  if (expected.length !== actual.length)
    throw new RangeError(driftMessages.lengthMismatch('populationStabilityIndex', expected.length, actual.length))
  let psi = 0
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as number
    const a = actual[i] as number
    if (!(e > 0) || !(a > 0)) throw new RangeError(driftMessages.nonPositiveShare('populationStabilityIndex', i))
    psi += (a - e) * Math.log(a / e)
  }
  return psi
}
