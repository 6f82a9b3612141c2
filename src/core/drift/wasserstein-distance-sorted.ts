import { driftMessages } from './messages.js'

/**
 * First Wasserstein (earth mover's) distance between two 1-D samples given sorted ascending:
 * ∫ |F_u(t) − F_v(t)| dt, equal to scipy.stats.wasserstein_distance(u, v). Divide by a scale (the gate uses
 * the reference's standard deviation) to compare columns of different units.
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.wasserstein_distance.html
 * @throws {RangeError} if either sample is empty
 * @example
 * wassersteinDistanceSorted([0, 1, 3], [5, 6, 8]) // => 5
 */
export function wassersteinDistanceSorted(u: ArrayLike<number>, v: ArrayLike<number>): number {
  const nu = u.length
  const nv = v.length
  if (nu === 0 || nv === 0)
    throw new RangeError(driftMessages.emptySample('wassersteinDistanceSorted', nu === 0 ? 'u' : 'v'))
  let i = 0
  let j = 0
  let previous = Math.min(u[0] as number, v[0] as number)
  let total = 0
  while (i < nu || j < nv) {
    const ui = i < nu ? (u[i] as number) : Infinity
    const vj = j < nv ? (v[j] as number) : Infinity
    const t = ui <= vj ? ui : vj
    total += Math.abs(i / nu - j / nv) * (t - previous)
    previous = t
    while (i < nu && (u[i] as number) <= t) i++
    while (j < nv && (v[j] as number) <= t) j++
  }
  return total
}
