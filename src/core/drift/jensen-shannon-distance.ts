import { driftMessages } from './messages.js'

/**
 * Jensen–Shannon distance between two (unnormalised) distributions over the same bins, base 2 so that it lies in
 * [0, 1]: sqrt(½·KL(p‖m) + ½·KL(q‖m)) with m = (p + q)/2, after normalising p and q to sum 1. Equals
 * scipy.spatial.distance.jensenshannon(p, q, base=2).
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.spatial.distance.jensenshannon.html
 * @throws {RangeError} if the lengths differ or either distribution sums to 0
 * @example
 * jensenShannonDistance([1, 0], [0, 1]) // => 1
 */
export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length)
    throw new RangeError(driftMessages.lengthMismatch('jensenShannonDistance', p.length, q.length))
  let sp = 0
  let sq = 0
  for (let i = 0; i < p.length; i++) {
    sp += p[i] as number
    sq += q[i] as number
  }
  if (!(sp > 0)) throw new RangeError(driftMessages.zeroMass('jensenShannonDistance', 'p'))
  if (!(sq > 0)) throw new RangeError(driftMessages.zeroMass('jensenShannonDistance', 'q'))
  let js = 0
  for (let i = 0; i < p.length; i++) {
    const a = (p[i] as number) / sp
    const b = (q[i] as number) / sq
    const m = (a + b) / 2
    if (a > 0) js += a * Math.log(a / m)
    if (b > 0) js += b * Math.log(b / m)
  }
  return Math.sqrt(Math.max(0, js / Math.LN2 / 2))
}
