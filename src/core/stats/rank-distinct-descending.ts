/**
 * Groups equal values: for each value, the index of its distinct value counted from the largest (0 = the
 * largest), plus the distinct values in ascending order. Tied scores share a group, which is what ROC/PR curves,
 * DeLong's placements and bucketed bootstrap metrics work on. One sort and a binary search per value: O(n log n).
 * @throws never
 * @example
 * rankDistinctDescending(Float64Array.of(0.2, 0.9, 0.2)).rank // => Uint32Array [1, 0, 1]
 */
export function rankDistinctDescending(values: ArrayLike<number>): {
  rank: Uint32Array
  distinctAscending: Float64Array
} {
  const n = values.length
  const sorted = Float64Array.from(values).sort()
  let distinct = 0
  for (let k = 0; k < n; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k] as number
  const unique = sorted.subarray(0, distinct)
  const rank = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const x = values[i] as number
    let lo = 0
    let hi = distinct - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((unique[mid] as number) < x) lo = mid + 1
      else hi = mid
    }
    rank[i] = distinct - 1 - lo
  }
  return { rank, distinctAscending: unique }
}
