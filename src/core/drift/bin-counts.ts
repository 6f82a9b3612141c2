/**
 * Counts of `values` per bin delimited by ascending interior `edges`: bin i holds edges[i−1] ≤ v < edges[i]
 * (first bin unbounded below, last unbounded above). NaN values are not counted.
 * @throws never
 * @example
 * binCounts([1, 2, 3, 4, 5], [3]) // => [2, 3]
 */
export function binCounts(values: ArrayLike<number>, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0)
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number
    if (Number.isNaN(v)) continue
    let lo = 0
    let hi = edges.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((edges[mid] as number) <= v) lo = mid + 1
      else hi = mid
    }
    counts[lo] = (counts[lo] as number) + 1
  }
  return counts
}
