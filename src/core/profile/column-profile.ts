import { cellNumberOrNaN, cellToBoolean, isMissing, type CellValue } from '../data/cell-value.js'
import { isIsoTimestamp } from '../contract/classify-cell.js'
import { fmix32 } from '../data/hash32.js'
import { createQuantileSketch, sketchAdd, type QuantileSketch } from './quantile-sketch.js'
import { sortFloat64 } from './sort-float64.js'
import { appendValue, createValueBlocks, isValueBlocks, joinValueBlocks, type ValueBlocks } from './value-blocks.js'

/** Numeric values kept exactly per column (8 bytes each); beyond this a column switches to its sketch. */
export const EXACT_VALUES_LIMIT = 1_000_000
/** Distinct category values counted exactly per column; further new values are counted in `otherCount`. */
export const CATEGORY_CAP = 1000
/**
 * Hash buckets of a text column that outgrew CATEGORY_CAP: every present value (the capped ones included) is counted
 * in bucket hash(value) mod HASH_BUCKETS, so that two such columns are still compared on all their values. Equal
 * distributions give equal bucket distributions (the test keeps its false-alarm rate); distinct values that share a
 * bucket only hide differences (any two distinct values collide with probability 1/HASH_BUCKETS).
 */
export const HASH_BUCKETS = 256
/**
 * Distinct values a hash sample keeps at most: once a text column outgrew CATEGORY_CAP, every value whose sample hash
 * lies below 2³² / 2^sampleLevel is counted exactly, and the level rises (halving the sample) whenever more than this
 * many are kept. The sample is coordinated: both sides keep the same values at the same level, so that a drift
 * comparison sees, on the sampled values, which categories each side has (buckets alone pool ~CATEGORY_CAP/256
 * values each, and two disjoint sets of equally frequent values then look alike).
 */
export const SAMPLE_CAP = 1000

/**
 * A mergeable summary of one column, JSON-serialisable (mode: profile writes these; mode: merge adds them up).
 * Counts are exact under merge; moments merge with Chan et al.'s parallel formula; numeric distributions are exact
 * while the column has ≤ EXACT_VALUES_LIMIT numbers, else a quantile sketch with a stated rank error.
 */
export interface ColumnProfile {
  readonly name: string
  rows: number
  missing: number
  /** Present cells that parse as: a whole number, any finite number, a boolean word, an ISO timestamp. */
  ints: number
  numbers: number
  booleans: number
  timestamps: number
  min: number | null
  max: number | null
  mean: number
  /** Σ (x − mean)² over the numeric cells (Welford). */
  m2: number
  minLength: number | null
  maxLength: number | null
  /**
   * Exact numeric values while `numbers` ≤ EXACT_VALUES_LIMIT, else null and `sketch` holds them: blocks in arrival
   * order while the scan adds to them (value-blocks.ts), a sorted Float64Array once `finishColumnProfile` ran (so
   * that a finished profile crosses a worker-thread boundary without a copy); a plain array where a caller built one.
   * Read them with `exactValues`.
   */
  values: number[] | Float64Array | ValueBlocks | null
  sketch: QuantileSketch | null
  /** Counts per text value (the first CATEGORY_CAP distinct values). A Map: object dictionaries are slow here. */
  categories: Map<string, number>
  /** Distinct keys in `categories`. */
  distinct: number
  /** Present values not counted in `categories` because the cap was reached. */
  otherCount: number
  /**
   * True once an all-numeric column reached CATEGORY_CAP distinct values: from then on every present value goes to
   * `otherCount` without a lookup (such a column is compared as numbers, and a lookup per cell was the scan's
   * largest cost), so the tracked counts cover only the start of the data and cannot be compared as categories,
   * and native numbers (not text) are no longer measured for minLength/maxLength.
   */
  categoriesFrozen: boolean
  /**
   * Counts per hash bucket (HASH_BUCKETS) of every present text value, null until the column outgrows CATEGORY_CAP
   * (the exact `categories` then still hold the first values, the buckets hold all). Null for a frozen column.
   */
  hashed: number[] | null
  /**
   * Exact counts of the hash-sampled values (those with sampleHash(value) < 2³² / 2^sampleLevel), at most SAMPLE_CAP;
   * null while `hashed` is (the categories are then complete).
   */
  sampled: Map<string, number> | null
  /** The hash sample's level (see SAMPLE_CAP); 0 while `sampled` is null. */
  sampleLevel: number
}

/** The murmur3 finaliser of a value's FNV-1a hash: the hash the coordinated sample reads (unsigned 32-bit). */
const sampleHashOf = fmix32

function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * Whether a value belongs to the coordinated hash sample at `level` (level 0: every value).
 * @throws never
 * @example
 * inSample('a', 0) // => true
 */
export function inSample(text: string, level: number): boolean {
  return level === 0 || sampleHashOf(fnv1a(text)) < 2 ** (32 - level)
}

/**
 * The hash-sampled values of `counts` at `level` or deeper: the level rises until at most SAMPLE_CAP remain.
 * @throws never
 * @example
 * sampleCounts(new Map([['a', 2]]), 0).level // => 0
 */
export function sampleCounts(
  counts: ReadonlyMap<string, number>,
  level: number,
): { sample: Map<string, number>; level: number } {
  let sample = new Map<string, number>()
  for (const [k, c] of counts) if (inSample(k, level)) sample.set(k, c)
  let at = level
  while (sample.size > SAMPLE_CAP) {
    at++
    const next = new Map<string, number>()
    for (const [k, c] of sample) if (inSample(k, at)) next.set(k, c)
    sample = next
  }
  return { sample, level: at }
}

/**
 * A profile's hash sample at `level` (≥ its own): its own sample thinned, or its complete categories sampled while it
 * never outgrew the cap; null for a frozen column and for a hashed one without a sample.
 * @throws never
 * @example
 * sampledAt(createColumnProfile('a'), 3)?.size // => 0
 */
export function sampledAt(p: ColumnProfile, level: number): Map<string, number> | null {
  // Frozen: no text kept; hashed without a sample (a profile file from before samples): its categories are partial.
  if (p.categoriesFrozen || (p.hashed !== null && p.sampled === null)) return null
  const source = p.sampled ?? p.categories
  const out = new Map<string, number>()
  for (const [k, c] of source) if (inSample(k, level)) out.set(k, c)
  return out
}

/** FNV-1a (32-bit) bucket of a text value in [0, HASH_BUCKETS). */
export function hashBucket(text: string): number {
  return fnv1a(text) % HASH_BUCKETS
}

/**
 * The hash buckets of a profile: its own when it outgrew the cap, else built from its (then complete) categories;
 * null for a frozen column (its text was not kept).
 * @throws never
 * @example
 * hashedCounts(createColumnProfile('a'))?.length // => 256
 */
export function hashedCounts(p: ColumnProfile): number[] | null {
  if (p.categoriesFrozen) return null
  if (p.hashed !== null) return p.hashed
  const out = new Array<number>(HASH_BUCKETS).fill(0)
  for (const [key, count] of p.categories) out[hashBucket(key)] = (out[hashBucket(key)] as number) + count
  return out
}

/**
 * An empty profile of column `name`.
 * @throws never
 * @example
 * createColumnProfile('age').rows // => 0
 */
export function createColumnProfile(name: string): ColumnProfile {
  return {
    name,
    rows: 0,
    missing: 0,
    ints: 0,
    numbers: 0,
    booleans: 0,
    timestamps: 0,
    min: null,
    max: null,
    mean: 0,
    m2: 0,
    minLength: null,
    maxLength: null,
    values: [],
    sketch: null,
    categories: new Map<string, number>(),
    distinct: 0,
    otherCount: 0,
    categoriesFrozen: false,
    hashed: null,
    sampled: null,
    sampleLevel: 0,
  }
}

/**
 * Adds one cell to a profile (streaming; O(1) amortised, memory bounded by the limits above).
 * @throws never
 * @example
 * profileAdd(createColumnProfile('a'), '42') // => undefined
 */
export function profileAdd(p: ColumnProfile, cell: CellValue): void {
  profileAddParsed(p, cell, cellNumberOrNaN(cell))
}

/**
 * {@link profileAdd} for a cell whose number the caller has already parsed with `cellNumberOrNaN` (NaN: none),
 * so that a scan parses each cell once for the profile and the contract checks together.
 * @throws never
 * @example
 * profileAddParsed(createColumnProfile('a'), '42', 42) // => undefined
 */
export function profileAddParsed(p: ColumnProfile, cell: CellValue, n: number): void {
  p.rows++
  if (isMissing(cell)) {
    p.missing++
    return
  }
  if (p.categoriesFrozen && typeof cell === 'number') {
    // A native number (JSON Lines, Parquet) in a frozen column needs no text: String(n) was the costliest step of a
    // Parquet scan. Its length goes untracked, so inferContract gives a frozen column no length bounds.
    p.otherCount++
  } else profileAddText(p, typeof cell === 'string' ? cell : String(cell), n)
  if (Number.isFinite(n)) profileAddNumber(p, n)
  else if (cellToBoolean(cell) !== undefined) p.booleans++
  else if (isIsoTimestamp(cell)) p.timestamps++
}

// A present cell's text: its length, then its category count (or the freeze of an all-numbers column at the cap).
function profileAddText(p: ColumnProfile, text: string, n: number): void {
  if (p.minLength === null || text.length < p.minLength) p.minLength = text.length
  if (p.maxLength === null || text.length > p.maxLength) p.maxLength = text.length
  if (
    p.distinct >= CATEGORY_CAP &&
    (p.categoriesFrozen || (p.numbers === p.rows - p.missing - 1 && Number.isFinite(n)))
  ) {
    // Freezes (or stays frozen): the cap is reached and every present value so far, this one included, is a number.
    p.categoriesFrozen = true
    p.hashed = null
    p.sampled = null
    p.sampleLevel = 0
    p.otherCount++
  } else profileAddCategory(p, text)
}

// Counts a value: exactly up to CATEGORY_CAP distinct values, then the rest as "other" and in hashed buckets.
function profileAddCategory(p: ColumnProfile, text: string): void {
  profileAddCategoryCount(p, text, 1)
}

/**
 * Counts `count` occurrences of one present text value at once, exactly as `count` calls in a row would (a column
 * chunk folds each dictionary entry in once): the cap, the hash buckets and the coordinated sample, whose level only
 * rises when a new value arrives. Lengths, numbers and word counts are the caller's.
 * @throws never
 * @example
 * profileAddCategoryCount(createColumnProfile('a'), 'x', 3) // => undefined
 */
export function profileAddCategoryCount(p: ColumnProfile, text: string, count: number): void {
  const known = p.categories.get(text)
  if (known !== undefined) p.categories.set(text, known + count)
  else if (p.distinct < CATEGORY_CAP) {
    p.categories.set(text, count)
    p.distinct++
  } else {
    if (p.hashed === null) startHashing(p)
    p.otherCount += count
  }
  if (p.hashed !== null) {
    const h = fnv1a(text)
    const b = h % HASH_BUCKETS
    p.hashed[b] = (p.hashed[b] as number) + count
    if (p.sampled !== null && (p.sampleLevel === 0 || sampleHashOf(h) < 2 ** (32 - p.sampleLevel)))
      addSampled(p, text, count)
  }
}

// The column outgrows CATEGORY_CAP: buckets and the hash sample start from its (so far complete) categories.
function startHashing(p: ColumnProfile): void {
  p.hashed = hashedCounts(p)
  const { sample, level } = sampleCounts(p.categories, 0)
  p.sampled = sample
  p.sampleLevel = level
}

// Counts one more occurrence of a sampled value; a new one past SAMPLE_CAP raises the level.
function addSampled(p: ColumnProfile, text: string, count: number): void {
  const sampled = p.sampled as Map<string, number>
  sampled.set(text, (sampled.get(text) ?? 0) + count)
  if (sampled.size > SAMPLE_CAP) {
    const { sample, level } = sampleCounts(sampled, p.sampleLevel + 1)
    p.sampled = sample
    p.sampleLevel = level
  }
}

/**
 * Adds one finite number of a present cell (its text counted elsewhere): counts, range, Welford's mean and M2, the
 * exact values (a sketch past EXACT_VALUES_LIMIT). The column-chunk scan calls this in row order.
 * @throws never
 * @example
 * profileAddNumber(createColumnProfile('a'), 1.5) // => undefined
 */
export function profileAddNumber(p: ColumnProfile, n: number): void {
  p.numbers++
  if (Number.isInteger(n)) p.ints++
  if (p.min === null || n < p.min) p.min = n
  if (p.max === null || n > p.max) p.max = n
  const delta = n - p.mean
  p.mean += delta / p.numbers
  p.m2 += delta * (n - p.mean)
  let values = p.values
  if (values !== null) {
    if (!isValueBlocks(values)) values = p.values = createValueBlocks(values)
    appendValue(values, n)
    if (values.length > EXACT_VALUES_LIMIT) {
      const sketch = createQuantileSketch()
      for (const v of joinValueBlocks(values)) sketchAdd(sketch, v)
      p.sketch = sketch
      p.values = null
    }
  } else if (p.sketch !== null) sketchAdd(p.sketch, n)
}

/**
 * Ends a scan's work on a profile: its exact values become a sorted Float64Array (drift measurement needs them
 * sorted; sorting where the scan ran keeps that work on the scan's thread). Adding to it later still works.
 * @throws never
 * @example
 * finishColumnProfile(createColumnProfile('a')).values // => Float64Array []
 */
export function finishColumnProfile(p: ColumnProfile): ColumnProfile {
  if (isValueBlocks(p.values)) p.values = sortFloat64(joinValueBlocks(p.values))
  else if (Array.isArray(p.values)) p.values = sortFloat64(new Float64Array(p.values))
  return p
}

/**
 * A profile's exact values, or null past EXACT_VALUES_LIMIT: a sorted Float64Array once it is finished, else an
 * array in arrival order (the convention every reader relies on: a Float64Array here is sorted).
 * @throws never
 * @example
 * exactValues(createColumnProfile('a')) // => []
 */
export function exactValues(p: Pick<ColumnProfile, 'values'>): number[] | Float64Array | null {
  return isValueBlocks(p.values) ? Array.from(joinValueBlocks(p.values)) : p.values
}
