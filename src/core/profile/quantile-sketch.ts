import { isSortedAscending } from '../stats/is-sorted-ascending.js'

/**
 * A mergeable quantile sketch: a deterministic compactor hierarchy (Munro–Paterson / Manku–Rajagopalan–Lindsay,
 * the deterministic core of KLL). Level h holds items of weight 2^h; a full level (k items) is sorted and every
 * other item (alternating offset) moves up. Each compaction moves any rank by at most 2^h, and level h compacts at
 * most n/(k·2^h) times, so the rank error of any query is at most n·H/k with H levels
 * (H ≤ ⌈log2(n/k)⌉ + 1). With the default k = 8192 and n = 10⁸: error ≤ 15/8192 ≈ 0.18 % of n.
 * Plain data (JSON-serialisable) so that profiles can be written by one job and merged by another.
 * @see Manku, Rajagopalan & Lindsay (1998) "Approximate medians and other quantiles in one pass and with limited memory", SIGMOD
 */
export interface QuantileSketch {
  readonly k: number
  /** levels[h] holds unsorted items of weight 2^h. */
  levels: number[][]
  /** Items added (sum of weights). */
  n: number
  /** Next compaction offset per level (0/1 alternating), so the error does not drift one way. */
  offsets: number[]
}

export const DEFAULT_SKETCH_K = 8192

/**
 * An empty sketch.
 * @throws {RangeError} if k is not an even integer ≥ 2
 * @example
 * createQuantileSketch(4).n // => 0
 */
export function createQuantileSketch(k = DEFAULT_SKETCH_K): QuantileSketch {
  if (!Number.isInteger(k) || k < 2 || k % 2 !== 0)
    throw new RangeError(`createQuantileSketch: k must be an even integer >= 2, got ${k}`)
  return { k, levels: [[]], n: 0, offsets: [0] }
}

/**
 * Adds one value (NaN is ignored).
 * @throws never
 * @example
 * sketchAdd(createQuantileSketch(4), 1.5) // => undefined
 */
export function sketchAdd(sketch: QuantileSketch, value: number): void {
  if (Number.isNaN(value)) return
  const level0 = sketch.levels[0] as number[]
  level0.push(value)
  sketch.n++
  if (level0.length >= sketch.k) compact(sketch, 0)
}

function compact(sketch: QuantileSketch, h: number): void {
  let level = h
  while ((sketch.levels[level] as number[]).length >= sketch.k) {
    const source = sketch.levels[level] as number[]
    // Level 0 fills in arrival order and is sorted here (a typed-array sort without a comparator is about ten times
    // faster than Array#sort((a, b) => a - b)); higher levels are kept sorted by merging, unless a sketchMerge
    // concatenated them.
    const items: ArrayLike<number> = level > 0 && isSortedAscending(source) ? source : new Float64Array(source).sort()
    if (sketch.levels.length === level + 1) {
      sketch.levels.push([])
      sketch.offsets.push(0)
    }
    const offset = sketch.offsets[level] as number
    sketch.offsets[level] = 1 - offset
    // An odd item out (the largest) stays on this level.
    const paired = items.length - (items.length % 2)
    const run: number[] = []
    for (let i = offset; i < paired; i += 2) run.push(items[i] as number)
    sketch.levels[level] = paired < items.length ? [items[paired] as number] : []
    const up = sketch.levels[level + 1] as number[]
    sketch.levels[level + 1] = isSortedAscending(up) ? mergeSorted(up, run) : up.concat(run)
    level++
  }
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length)
  let i = 0
  let j = 0
  let o = 0
  while (i < a.length && j < b.length)
    out[o++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number)
  while (i < a.length) out[o++] = a[i++] as number
  while (j < b.length) out[o++] = b[j++] as number
  return out
}

/**
 * Merges `b` into a copy of `a` (same k): level-wise union, then compaction. The error bound adds up: n·H/k of the
 * merged n.
 * @throws {RangeError} if the two sketches have different k
 * @example
 * sketchMerge(createQuantileSketch(4), createQuantileSketch(4)).n // => 0
 */
export function sketchMerge(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  if (a.k !== b.k) throw new RangeError(`sketchMerge: sketches have different k (${a.k} vs ${b.k})`)
  const out: QuantileSketch = { k: a.k, levels: a.levels.map((l) => [...l]), n: a.n + b.n, offsets: [...a.offsets] }
  b.levels.forEach((items, h) => {
    while (out.levels.length <= h) {
      out.levels.push([])
      out.offsets.push(0)
    }
    ;(out.levels[h] as number[]).push(...items)
  })
  for (let h = 0; h < out.levels.length; h++) if ((out.levels[h] as number[]).length >= out.k) compact(out, h)
  return out
}

/**
 * The sketch's items in ascending order with their weights (2^level): a weighted sample whose ECDF is within
 * the stated rank error of the data's.
 * @throws never
 * @example
 * sketchWeightedSorted({ k: 4, levels: [[3, 1]], n: 2, offsets: [0] }) // => { values: Float64Array [1, 3], weights: Float64Array [1, 1] }
 */
export function sketchWeightedSorted(sketch: QuantileSketch): { values: Float64Array; weights: Float64Array } {
  const pairs: [number, number][] = []
  sketch.levels.forEach((items, h) => {
    for (const v of items) pairs.push([v, 2 ** h])
  })
  pairs.sort((p, q) => p[0] - q[0])
  return { values: Float64Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1]) }
}

/**
 * Upper bound on the rank error of the sketch as a fraction of n: H/k with H the number of levels (0 while nothing
 * has been compacted: the sketch is then exact).
 * @throws never
 * @example
 * sketchRankErrorBound(createQuantileSketch(4)) // => 0
 */
export function sketchRankErrorBound(sketch: QuantileSketch): number {
  return sketch.levels.length <= 1 ? 0 : (sketch.levels.length - 1) / sketch.k
}
