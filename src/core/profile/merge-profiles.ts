import {
  EXACT_VALUES_LIMIT,
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
  for (const v of p.values ?? []) sketchAdd(sketch, v)
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
    values: exact
      ? [...(a.values as ArrayLike<number> & Iterable<number>), ...(b.values as ArrayLike<number> & Iterable<number>)]
      : null,
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
