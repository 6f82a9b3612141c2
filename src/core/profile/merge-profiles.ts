import {
  EXACT_VALUES_LIMIT,
  exactValues,
  CATEGORY_CAP,
  hashedCounts,
  sampleCounts,
  sampledAt,
  type ColumnProfile,
} from './column-profile.js'
import { createQuantileSketch, sketchAdd, sketchMerge, type QuantileSketch } from './quantile-sketch.js'

function toSketch(p: ColumnProfile): QuantileSketch {
  if (p.sketch !== null) return p.sketch
  const sketch = createQuantileSketch()
  for (const v of exactValues(p) ?? []) sketchAdd(sketch, v)
  return sketch
}

/**
 * Merges two profiles of the same column (e.g. from matrix shards): counts add exactly, min/max combine, mean and
 * M2 use Chan, Golub & LeVeque's parallel update, category counts add (the cap applies to new keys; values lost to
 * the cap on either side stay in otherCount), exact values concatenate while the total stays ≤ EXACT_VALUES_LIMIT,
 * else both sides become sketches and merge (rank error bound n·H/k, see quantile-sketch.ts). Hash buckets add once
 * the merged column outgrew the cap (a side that did not is bucketed from its complete categories), and so do the
 * hash samples, at the deeper level of the two (see SAMPLE_CAP).
 * @see Chan, Golub & LeVeque (1979) "Updating formulae and a pairwise algorithm for computing sample variances"
 * @throws {RangeError} if the profiles are of different columns
 * @example
 * mergeProfiles(createColumnProfile('a'), createColumnProfile('a')).rows // => 0
 */
export function mergeProfiles(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  if (a.name !== b.name) throw new RangeError(`mergeProfiles: cannot merge column "${a.name}" with column "${b.name}"`)
  const numbers = a.numbers + b.numbers
  const delta = b.mean - a.mean
  const mean = numbers === 0 ? 0 : a.mean + (delta * b.numbers) / numbers
  const m2 = numbers === 0 ? 0 : a.m2 + b.m2 + (delta * delta * a.numbers * b.numbers) / numbers
  const categories = new Map(a.categories)
  let distinct = a.distinct
  let otherCount = a.otherCount + b.otherCount
  for (const [key, count] of b.categories) {
    const existing = categories.get(key)
    if (existing !== undefined) categories.set(key, existing + count)
    else if (distinct < CATEGORY_CAP) {
      categories.set(key, count)
      distinct++
    } else otherCount += count
  }
  const frozen = a.categoriesFrozen || b.categoriesFrozen
  const hashed = frozen ? null : mergeBuckets(a, b, otherCount)
  const sample = hashed === null ? null : mergeSamples(a, b)
  const exact = a.values !== null && b.values !== null && a.values.length + b.values.length <= EXACT_VALUES_LIMIT
  const minOf = (x: number | null, y: number | null): number | null =>
    x === null ? y : y === null ? x : Math.min(x, y)
  const maxOf = (x: number | null, y: number | null): number | null =>
    x === null ? y : y === null ? x : Math.max(x, y)
  return {
    name: a.name,
    rows: a.rows + b.rows,
    missing: a.missing + b.missing,
    ints: a.ints + b.ints,
    numbers,
    booleans: a.booleans + b.booleans,
    timestamps: a.timestamps + b.timestamps,
    min: minOf(a.min, b.min),
    max: maxOf(a.max, b.max),
    mean,
    m2,
    minLength: minOf(a.minLength, b.minLength),
    maxLength: maxOf(a.maxLength, b.maxLength),
    values: exact ? mergeValues(exactValues(a) ?? [], exactValues(b) ?? []) : null,
    sketch: exact ? null : sketchMerge(toSketch(a), toSketch(b)),
    categories,
    distinct,
    otherCount,
    categoriesFrozen: frozen,
    hashed,
    sampled: sample === null ? null : sample.sample,
    sampleLevel: sample === null ? 0 : sample.level,
  }
}

/**
 * Both sides' exact values: two finished profiles' sorted Float64Arrays merge into one sorted Float64Array (a
 * Float64Array of values is always sorted); otherwise `a`'s then `b`'s in a JS array (arrival order, sorted when the
 * profile is finished). Merging typed arrays directly avoids spreading 1M numbers through a JS array, which was
 * the largest cost of merging the scans of a 1M-row file.
 */
function mergeValues(a: number[] | Float64Array, b: number[] | Float64Array): number[] | Float64Array {
  if (a instanceof Float64Array && b instanceof Float64Array) return mergeSorted(a, b)
  return Array.from(a).concat(Array.from(b))
}

/** The exact values of both sides merged in order (both sorted, as finishColumnProfile leaves them). */
function mergeSorted(x: Float64Array, y: Float64Array): Float64Array {
  const out = new Float64Array(x.length + y.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < x.length && j < y.length) {
    const u = x[i] as number
    const v = y[j] as number
    // Float64Array sort order: −0 before +0.
    if (u < v || (u === v && (!Object.is(u, 0) || Object.is(u, -0)))) {
      out[k++] = u
      i++
    } else {
      out[k++] = v
      j++
    }
  }
  while (i < x.length) out[k++] = x[i++] as number
  while (j < y.length) out[k++] = y[j++] as number
  return out
}

/** Hash buckets once the merged column outgrew the cap: each side's own, or those of its complete categories. */
function mergeBuckets(a: ColumnProfile, b: ColumnProfile, otherCount: number): number[] | null {
  const ha = hashedCounts(a)
  const hb = hashedCounts(b)
  if ((a.hashed === null && b.hashed === null && otherCount === 0) || ha === null || hb === null) return null
  return ha.map((c, i) => c + (hb[i] as number))
}

/** The two sides' hash samples at the deeper of their levels, counts added, thinned to SAMPLE_CAP. */
function mergeSamples(a: ColumnProfile, b: ColumnProfile): { sample: Map<string, number>; level: number } | null {
  const level = Math.max(a.sampleLevel, b.sampleLevel)
  const sa = sampledAt(a, level)
  const sb = sampledAt(b, level)
  if (sa === null || sb === null) return null
  for (const [k, c] of sb) sa.set(k, (sa.get(k) ?? 0) + c)
  return sampleCounts(sa, level)
}
