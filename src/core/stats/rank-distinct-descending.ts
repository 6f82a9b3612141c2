import { fmix32 } from '../data/hash32.js'

/** Up to this many distinct values the ranks come from a hash table of the distinct values (see below). */
export const HASHED_UP_TO_DISTINCT = 1 << 16

/**
 * Groups equal values: for each value, the index of its distinct value counted from the largest (0 = the
 * largest), plus the distinct values in ascending order. Tied scores share a group, which is what ROC/PR curves,
 * DeLong's placements and bucketed bootstrap metrics work on. Values with at most HASHED_UP_TO_DISTINCT distinct
 * values (scores rounded to a few decimals, the usual case) go through a hash table of the distinct values: one pass,
 * a sort of the distinct values only, no copy of the n values (at five million rows that copy was 40 MB and its sort
 * most of the time). Others (or NaN) take one sort of a copy and a binary search per value: O(n log n). The same
 * answer either way (−0 and 0 are one value, as `===` has it).
 * @throws never
 * @example
 * rankDistinctDescending(Float64Array.of(0.2, 0.9, 0.2)).rank // => Uint32Array [1, 0, 1]
 */
export function rankDistinctDescending(values: ArrayLike<number>): {
  rank: Uint32Array
  distinctAscending: Float64Array
} {
  return rankFew(values) ?? rankDistinctBySort(values)
}

/** The hashed path; undefined past HASHED_UP_TO_DISTINCT distinct values or at a NaN (no work is kept). */
function rankFew(values: ArrayLike<number>): { rank: Uint32Array; distinctAscending: Float64Array } | undefined {
  const n = values.length
  // Open addressing at most half full: slot → distinct index + 1 (0 = empty).
  const size = 2 * HASHED_UP_TO_DISTINCT
  const mask = size - 1
  const slots = new Int32Array(size)
  const distinct = new Float64Array(HASHED_UP_TO_DISTINCT)
  const bits = new Float64Array(1)
  const words = new Uint32Array(bits.buffer)
  let count = 0
  // First the index of each value's distinct value, in first-seen order (rewritten to ranks below).
  const rank = new Uint32Array(n)
  let last = Number.NaN
  let lastIndex = 0
  let negativeZero = false
  for (let i = 0; i < n; i++) {
    let x = values[i] as number
    // Runs of one value are common (sorted or coarse scores): no hash for a repeat (a zero goes on, to see −0).
    if (x === last && x !== 0) {
      rank[i] = lastIndex
      continue
    }
    if (x !== x) return undefined
    if (x === 0) {
      // −0 and 0 are one value; the sort keeps −0 for it when one is present (it sorts first).
      if (Object.is(x, -0)) negativeZero = true
      x = 0
    }
    bits[0] = x
    let slot = fmix32((words[0] as number) ^ Math.imul(words[1] as number, 0x9e3779b1)) & mask
    for (;;) {
      const held = slots[slot] as number
      if (held === 0) {
        if (count === HASHED_UP_TO_DISTINCT) return undefined
        distinct[count] = x
        slots[slot] = ++count
        lastIndex = count - 1
        break
      }
      if (distinct[held - 1] === x) {
        lastIndex = held - 1
        break
      }
      slot = (slot + 1) & mask
    }
    last = x
    rank[i] = lastIndex
  }
  // Rank of each distinct value, counted from the largest.
  const order = Array.from({ length: count }, (_, k) => k).sort(
    (a, b) => (distinct[a] as number) - (distinct[b] as number),
  )
  const rankOf = new Uint32Array(count)
  const distinctAscending = new Float64Array(count)
  order.forEach((k, position) => {
    rankOf[k] = count - 1 - position
    const value = distinct[k] as number
    distinctAscending[position] = value === 0 && negativeZero ? -0 : value
  })
  for (let i = 0; i < n; i++) rank[i] = rankOf[rank[i] as number] as number
  return { rank, distinctAscending }
}

/**
 * rankDistinctDescending by one sort of a copy and a binary search per value, whatever the number of distinct
 * values (its path past HASHED_UP_TO_DISTINCT; exported so that tests hold the two paths to one answer).
 * @throws never
 * @example
 * rankDistinctBySort([0.2, 0.9, 0.2]).rank // => Uint32Array [1, 0, 1]
 */
export function rankDistinctBySort(values: ArrayLike<number>): { rank: Uint32Array; distinctAscending: Float64Array } {
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
