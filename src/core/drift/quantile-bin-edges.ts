import { quantileSorted } from '../stats/quantile-sorted.js'
import { driftMessages } from './messages.js'

/**
 * Interior edges of `bins` equal-frequency bins of a sorted reference sample: the distinct quantiles at
 * k/bins (k = 1 … bins−1, numpy's linear interpolation). Bins are
 * (−∞, e₁), [e₁, e₂), …, [e_last, ∞). Ties collapse edges, so a constant column gives no edge (one bin).
 * @throws {RangeError} if the reference is empty or bins < 1
 * @example
 * quantileBinEdges([1, 2, 3, 4, 5], 2) // => [3]
 */
export function quantileBinEdges(sortedReference: ArrayLike<number>, bins: number): number[] {
  if (sortedReference.length === 0) throw new RangeError(driftMessages.emptySample('quantileBinEdges', 'the reference'))
  if (!(bins >= 1) || !Number.isInteger(bins))
    throw new RangeError(`quantileBinEdges: bins must be a positive integer, got ${bins}`)
  const edges: number[] = []
  for (let k = 1; k < bins; k++) {
    const q = quantileSorted(sortedReference, k / bins)
    if (edges.length === 0 || q > (edges[edges.length - 1] as number)) edges.push(q)
  }
  return edges
}
