import { chiSquareContingency } from '../stats/chi-square-contingency.js'
import { kolmogorovNSurvival } from '../stats/kolmogorov-n-survival.js'
import { ksTwoSampleSorted } from '../stats/ks-two-sample-sorted.js'
import {
  CATEGORY_CAP,
  exactValues,
  hashBucket,
  hashedCounts,
  sampledAt,
  type ColumnProfile,
} from '../profile/column-profile.js'
import { sketchRankErrorBound, sketchWeightedSorted } from '../profile/quantile-sketch.js'
import { binShares, EMPTY_BIN_SHARE } from './bin-shares.js'
import type { ColumnKind, DriftMethod } from './drift-method-for.js'
import { jensenShannonDistance } from './jensen-shannon-distance.js'
import { populationStabilityIndex } from './population-stability-index.js'
import { quantileSorted } from '../stats/quantile-sorted.js'
import { weightedEcdfDistances, type WeightedSorted } from './weighted-ecdf-distances.js'
import { isSortedAscending } from '../stats/is-sorted-ascending.js'
import { driftMessages } from './messages.js'
import { chanceTotalVariation } from './chance-total-variation.js'

/** New categories (the reference never had them) a drift check names, most frequent first. */
const UNSEEN_EXAMPLES = 5
/** Categories shown in histograms (the rest pooled as "(other)"); the tests compare every category. */
export const MAX_COMPARED_CATEGORIES = 50

/**
 * How the distributions were compared: 'exact' (every value or every category count), 'sketch' (quantile sketches
 * past EXACT_VALUES_LIMIT, KS within `approximation`), 'hashed' (a categorical column past CATEGORY_CAP distinct
 * values on a side: the values of a coordinated hash sample one by one, every other value in one of HASH_BUCKETS
 * hash buckets; equal distributions stay equal, collisions only hide differences).
 */
export type DriftComparison = 'exact' | 'sketch' | 'hashed'

/** Missing-cell shares of a column on both sides, with the 2×2 chi-square p when either side has missing cells. */
export interface MissingShareMeasure {
  readonly reference: number
  readonly current: number
  /** Absent when neither side has a missing cell (nothing to test). */
  readonly pValue?: number
}

/** Every figure measured for one column; the decision (drifted or not) is made by decideDrift. */
export interface ColumnDriftMeasure {
  readonly column: string
  readonly kind: ColumnKind
  readonly method: DriftMethod
  readonly referenceCount: number
  readonly currentCount: number
  /** The method's statistic: KS D, χ², normalised Wasserstein, JS distance or PSI. */
  readonly statistic: number
  /** For 'ks' and 'chi-square'. */
  readonly pValue?: number
  /**
   * The effect the minimum-effect rule reads, a largest difference in share: KS D for numeric columns (the largest
   * gap between the cumulative shares), the total variation distance (½ Σ|shareᵢ − share'ᵢ|) for categories and
   * binned numbers; for distance methods, the distance itself. KS D of a 0/1 column equals its TVD.
   */
  readonly effectSize: number
  /**
   * Chi-square methods: the total variation distance these counts show by chance alone (chanceTotalVariation, its
   * mean under the permutation null). The minimum-effect rule reads `effectSize − chanceEffect`: over many categories
   * or hash buckets the plug-in TVD of equal distributions sits far above any fixed minimum effect.
   */
  readonly chanceEffect?: number
  readonly psi: number
  /** Rank-error bound of the sketches used (0 when exact). */
  readonly approximation: number
  readonly comparison: DriftComparison
  /**
   * Categorical: share of current values whose category the reference never had (hashed: estimated on the
   * coordinated hash sample of values, see SAMPLE_CAP).
   */
  readonly unseenShare?: number
  /** Categorical, compared exactly: the most frequent current categories the reference never had (at most 5). */
  readonly unseen?: readonly { readonly value: string; readonly count: number }[]
  /** Hashed: distinct values of the coordinated hash sample compared one by one (the rest by hash bucket). */
  readonly sampled?: number
  /** Numeric: the reference holds one value only (compared by the share of current values on either side of it). */
  readonly constantReference?: boolean
  readonly missing?: MissingShareMeasure
  readonly histogram: {
    readonly bins: readonly string[]
    readonly reference: readonly number[]
    readonly current: readonly number[]
  }
}

/** ½ Σ |aᵢ/Σa − bᵢ/Σb|: the total variation distance of two count vectors over the same bins. */
export function totalVariation(a: readonly number[], b: readonly number[]): number {
  const sa = a.reduce((x, y) => x + y, 0)
  const sb = b.reduce((x, y) => x + y, 0)
  let t = 0
  for (let i = 0; i < a.length; i++) t += Math.abs((a[i] as number) / sa - (b[i] as number) / sb)
  return t / 2
}

/** The missing-share comparison of two profiles (Pearson 2×2 with Yates' correction, as scipy's chi2_contingency). */
export function measureMissingShare(reference: ColumnProfile, current: ColumnProfile): MissingShareMeasure | undefined {
  if (reference.rows === 0 || current.rows === 0) return undefined
  const shares = { reference: reference.missing / reference.rows, current: current.missing / current.rows }
  if (reference.missing + current.missing === 0) return undefined
  const present = reference.rows - reference.missing + current.rows - current.missing
  if (present === 0) return shares
  const table = [
    [reference.missing, reference.rows - reference.missing],
    [current.missing, current.rows - current.missing],
  ]
  return { ...shares, pValue: chiSquareContingency(table).pValue }
}

/** The smallest double above v (the upper edge of a constant reference's own bin). */
function nextUp(v: number): number {
  if (v === 0) return Number.MIN_VALUE
  const buffer = new DataView(new ArrayBuffer(8))
  buffer.setFloat64(0, v)
  const bits = buffer.getBigInt64(0)
  buffer.setBigInt64(0, v > 0 ? bits + 1n : bits - 1n)
  return buffer.getFloat64(0)
}

function weighted(p: ColumnProfile): WeightedSorted {
  const values = exactValues(p)
  if (values !== null)
    return {
      values: values instanceof Float64Array && isSortedAscending(values) ? values : Float64Array.from(values).sort(),
      weights: undefined,
    }
  return p.sketch === null ? { values: new Float64Array(0), weights: undefined } : sketchWeightedSorted(p.sketch)
}

function weightedBinCounts(s: WeightedSorted, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0)
  let bin = 0
  for (let i = 0; i < s.values.length; i++) {
    const v = s.values[i] as number
    while (bin < edges.length && v >= (edges[bin] as number)) bin++
    counts[bin] = (counts[bin] as number) + (s.weights === undefined ? 1 : (s.weights[i] as number))
  }
  return counts
}

function weightedQuantile(s: WeightedSorted, p: number): number {
  if (s.weights === undefined) return quantileSorted(s.values, p)
  let total = 0
  for (let i = 0; i < s.weights.length; i++) total += s.weights[i] as number
  let acc = 0
  for (let i = 0; i < s.values.length; i++) {
    acc += s.weights[i] as number
    if (acc >= p * total) return s.values[i] as number
  }
  return s.values[s.values.length - 1] as number
}

const format = (v: number): string =>
  Math.abs(v) >= 1000 || (Math.abs(v) < 0.01 && v !== 0) ? v.toPrecision(3) : String(Math.round(v * 100) / 100)

/**
 * What measuring one column gave: its figures, or why the two profiles cannot be compared (a fact about the data,
 * which the gate reports as an `error` check). A bug is never folded into `not-comparable`: it throws.
 */
export type ColumnDriftResult =
  | { readonly kind: 'measured'; readonly measure: ColumnDriftMeasure }
  | { readonly kind: 'not-comparable'; readonly column: string; readonly reason: string }

/** Present numbers a profile holds for the numeric methods: its exact values, else its sketch's items. */
function numericSampleSize(p: ColumnProfile): number {
  if (p.values !== null) return p.values.length
  return p.sketch === null ? 0 : p.sketch.levels.reduce((n, items) => n + items.length, 0)
}

/**
 * Why two profiles of a column cannot be compared as `kind`, checked before any statistic runs: a side without
 * present values, a numeric comparison without numbers, or a categorical one of a column whose category counts
 * stopped at CATEGORY_CAP (see `categoriesFrozen`). `undefined` when they can be compared.
 */
function whyNotComparable(reference: ColumnProfile, current: ColumnProfile, kind: ColumnKind): string | undefined {
  const column = reference.name
  if (reference.rows - reference.missing === 0) return driftMessages.noValues(column, 'reference')
  if (current.rows - current.missing === 0) return driftMessages.noValues(column, 'current')
  if (kind === 'numeric')
    return numericSampleSize(reference) === 0 || numericSampleSize(current) === 0
      ? driftMessages.noNumericValues(column)
      : undefined
  const frozen = reference.categoriesFrozen ? 'reference' : current.categoriesFrozen ? 'current' : undefined
  return frozen === undefined ? undefined : driftMessages.tooManyCategories(column, CATEGORY_CAP, frozen)
}

/**
 * Measures drift of one column between two profiles with `method`, plus PSI, the missing-share comparison and a
 * histogram for the report. Numeric: KS (exact values: scipy-identical; sketches: the asymptotic p of D shrunk by the
 * sketches' rank-error bound, so the sketch never adds false alarms), Wasserstein ÷ the reference's standard
 * deviation (the pooled one when the reference is constant, so that the figure stays scale-free), PSI on the
 * reference's `bins` equal-frequency bins (a constant reference c gets the bins < c, = c, > c). Categorical: every
 * category's count when neither side outgrew CATEGORY_CAP, else the hash-sampled values one by one and the rest in
 * HASH_BUCKETS hash buckets (`comparison: 'hashed'`), and the share of current values in categories the reference
 * never had.
 * Profiles that cannot be compared (no present values on a side, no numbers for a numeric kind, category counts
 * frozen at CATEGORY_CAP for a categorical kind) give `{ kind: 'not-comparable', reason }`, decided before any
 * statistic runs, so that a statistic's RangeError is never mistaken for a fact about the data.
 * @throws {RangeError} only on a bug (every statistic's precondition is checked first)
 * @example
 * (illustrative) measureColumnDrift(ref, cur, 'numeric', 'ks', 10).kind // => 'measured'
 * @example
 * (illustrative) measureColumnDrift(allNull, cur, 'numeric', 'ks', 10) // => { kind: 'not-comparable', column: 'x', reason: 'column "x" has no values in the reference data' }
 */
export function measureColumnDrift(
  reference: ColumnProfile,
  current: ColumnProfile,
  kind: ColumnKind,
  method: DriftMethod,
  bins: number,
): ColumnDriftResult {
  const reason = whyNotComparable(reference, current, kind)
  if (reason !== undefined) return { kind: 'not-comparable', column: reference.name, reason }
  const measure =
    kind === 'numeric'
      ? measureNumeric(reference, current, method, bins)
      : measureCategorical(reference, current, method)
  const missing = measureMissingShare(reference, current)
  return { kind: 'measured', measure: missing === undefined ? measure : { ...measure, missing } }
}

function measureNumeric(
  reference: ColumnProfile,
  current: ColumnProfile,
  method: DriftMethod,
  bins: number,
): ColumnDriftMeasure {
  const ref = weighted(reference)
  const cur = weighted(current)
  const edges = quantileEdges(ref, bins)
  const first = ref.values[0] as number
  const constantReference = first === (ref.values[ref.values.length - 1] as number)
  if (constantReference) edges.splice(0, edges.length, first, nextUp(first))
  const refCounts = weightedBinCounts(ref, edges)
  const curCounts = weightedBinCounts(cur, edges)
  const psi = populationStabilityIndex(binShares(refCounts), binShares(curCounts))
  const exact = ref.weights === undefined && cur.weights === undefined
  const distances = weightedEcdfDistances(ref, cur)
  const approximation =
    (reference.sketch ? sketchRankErrorBound(reference.sketch) : 0) +
    (current.sketch ? sketchRankErrorBound(current.sketch) : 0)
  const scale = wassersteinScale(reference, current)
  const wasserstein = scale > 0 ? distances.wasserstein / scale : 0
  const { statistic: ksD, pValue: ksP } = exact
    ? ksTwoSampleSorted(ref.values, cur.values)
    : sketchKs(reference.numbers, current.numbers, distances.ks, approximation)
  const histogram = {
    bins: edges.length === 0 ? ['all'] : binLabels(edges, constantReference, first),
    reference: binShares(refCounts).map((s) => (s === EMPTY_BIN_SHARE ? 0 : s)),
    current: binShares(curCounts).map((s) => (s === EMPTY_BIN_SHARE ? 0 : s)),
  }
  const base = {
    column: reference.name,
    kind: 'numeric' as const,
    method,
    referenceCount: reference.rows - reference.missing,
    currentCount: current.rows - current.missing,
    psi,
    approximation,
    comparison: exact ? ('exact' as const) : ('sketch' as const),
    histogram,
    ...(constantReference ? { constantReference } : {}),
  }
  switch (method) {
    case 'ks':
      return { ...base, statistic: ksD, pValue: ksP, effectSize: ksD }
    case 'wasserstein':
      return { ...base, statistic: wasserstein, effectSize: wasserstein }
    case 'psi':
      return { ...base, statistic: psi, effectSize: psi }
    case 'jensen-shannon': {
      const js = jensenShannonDistance(refCounts, curCounts)
      return { ...base, statistic: js, effectSize: js }
    }
    case 'chi-square':
      return { ...base, ...chiSquareMeasure(refCounts, curCounts) }
  }
}

/** Distinct reference quantiles at k/bins, k = 1 … bins − 1: the inner bin edges. */
function quantileEdges(ref: WeightedSorted, bins: number): number[] {
  const edges: number[] = []
  for (let k = 1; k < bins; k++) {
    const q = weightedQuantile(ref, k / bins)
    if (edges.length === 0 || q > (edges[edges.length - 1] as number)) edges.push(q)
  }
  return edges
}

/** What the Wasserstein distance is divided by: the reference's standard deviation, else the pooled one. */
function wassersteinScale(reference: ColumnProfile, current: ColumnProfile): number {
  const std = reference.numbers > 0 ? Math.sqrt(reference.m2 / reference.numbers) : 0
  if (std > 0) return std
  const n = reference.numbers + current.numbers
  const delta = current.mean - reference.mean
  const m2 = reference.m2 + current.m2 + (delta * delta * reference.numbers * current.numbers) / n
  return Math.sqrt(m2 / n)
}

/** KS from sketches: the ECDF distance, its p from the effective sample size with the rank error taken off. */
function sketchKs(n1: number, n2: number, d: number, approximation: number): { statistic: number; pValue: number } {
  const pValue = kolmogorovNSurvival(Math.max(1, Math.round((n1 * n2) / (n1 + n2))), Math.max(0, d - approximation))
  return { statistic: d, pValue }
}

/** The histogram's bin labels: `< a`, `a–b` …, `≥ z`; around the one value of a constant reference. */
function binLabels(edges: readonly number[], constantReference: boolean, first: number): string[] {
  if (constantReference) return [`< ${format(first)}`, `= ${format(first)}`, `> ${format(first)}`]
  return [
    '< ' + format(edges[0] ?? Infinity),
    ...edges.slice(1).map((e, i) => `${format(edges[i] as number)}–${format(e)}`),
    `≥ ${format(edges[edges.length - 1] ?? -Infinity)}`,
  ]
}

/**
 * Chi-square test of two count vectors (empty cells compacted away), with total variation as its effect size and
 * the total variation chance alone gives these margins (what the minimum-effect rule discounts).
 */
function chiSquareMeasure(
  refCounts: readonly number[],
  curCounts: readonly number[],
): { statistic: number; pValue: number; effectSize: number; chanceEffect: number } {
  const r = chiSquareContingency(compactTable(refCounts, curCounts).table)
  return {
    statistic: r.statistic,
    pValue: r.pValue,
    effectSize: totalVariation(refCounts, curCounts),
    chanceEffect: chanceTotalVariation(refCounts, curCounts),
  }
}

function measureCategorical(reference: ColumnProfile, current: ColumnProfile, method: DriftMethod): ColumnDriftMeasure {
  const hashed = reference.otherCount > 0 || current.otherCount > 0
  const cells = hashed ? hashedCells(reference, current) : exactCells(reference.categories, current.categories)
  const { reference: refCounts, current: curCounts, unseenShare } = cells
  // The distances (PSI, JS) stay on the hash buckets: their fixed thresholds assume a fixed number of cells, and the
  // sample's cells would raise their values on equal distributions. The chi-square test reads the finer partition.
  const binRef = hashed ? (hashedCounts(reference) as number[]) : refCounts
  const binCur = hashed ? (hashedCounts(current) as number[]) : curCounts
  const psi = populationStabilityIndex(binShares(binRef), binShares(binCur))
  const base = {
    column: reference.name,
    kind: 'categorical' as const,
    method,
    referenceCount: reference.rows - reference.missing,
    currentCount: current.rows - current.missing,
    psi,
    approximation: 0,
    comparison: hashed ? ('hashed' as const) : ('exact' as const),
    unseenShare,
    ...(cells.unseen === undefined ? {} : { unseen: cells.unseen }),
    ...(cells.sampled === undefined ? {} : { sampled: cells.sampled }),
    histogram: categoryHistogram(reference, current),
  }
  switch (method) {
    case 'chi-square':
    case 'ks':
      return { ...base, method: 'chi-square', ...chiSquareMeasure(refCounts, curCounts) }
    case 'psi':
      return { ...base, statistic: psi, effectSize: psi }
    case 'jensen-shannon':
    case 'wasserstein': {
      const js = jensenShannonDistance(binRef, binCur)
      return { ...base, method: 'jensen-shannon', statistic: js, effectSize: js }
    }
  }
}

/** The cells a categorical comparison counts on each side, and the share of current values the reference lacks. */
interface CategoryCells {
  readonly reference: number[]
  readonly current: number[]
  readonly unseenShare: number
  /** Exact: the current categories the reference never had, most frequent first, at most UNSEEN_EXAMPLES. */
  readonly unseen?: readonly { readonly value: string; readonly count: number }[]
  /** Hashed: the distinct values of the coordinated hash sample compared exactly. */
  readonly sampled?: number
}

/** Every category of either side, counted exactly. */
function exactCells(ref: ReadonlyMap<string, number>, cur: ReadonlyMap<string, number>): CategoryCells {
  const names = [...new Set([...ref.keys(), ...cur.keys()])]
  const reference = names.map((k) => ref.get(k) ?? 0)
  const current = names.map((k) => cur.get(k) ?? 0)
  let unseen = 0
  let total = 0
  const newValues: { value: string; count: number }[] = []
  for (let i = 0; i < names.length; i++) {
    total += current[i] as number
    if (reference[i] === 0) {
      unseen += current[i] as number
      newValues.push({ value: names[i] as string, count: current[i] as number })
    }
  }
  newValues.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
  return {
    reference,
    current,
    unseenShare: total > 0 ? unseen / total : 0,
    ...(newValues.length === 0 ? {} : { unseen: newValues.slice(0, UNSEEN_EXAMPLES) }),
  }
}

/**
 * A column past CATEGORY_CAP on a side: the values of the coordinated hash sample (at the deeper level of the two)
 * each in its own cell, every other value in its hash bucket (the sampled counts taken out of their buckets). This
 * partitions the values the same way on both sides, so the test stays valid; the sample sees which categories each
 * side has, the buckets see all the mass. The unseen share is the sample's (coordinated, so an unbiased estimate).
 * Without a sample on a side (a profile file written before samples), buckets alone, unseen share from the kept
 * categories.
 */
function hashedCells(reference: ColumnProfile, current: ColumnProfile): CategoryCells {
  const refBuckets = [...(hashedCounts(reference) as number[])]
  const curBuckets = [...(hashedCounts(current) as number[])]
  const level = Math.max(reference.sampleLevel, current.sampleLevel)
  const refSample = sampledAt(reference, level)
  const curSample = sampledAt(current, level)
  if (refSample === null || curSample === null) {
    let unseen = 0
    for (const [k, c] of current.categories) if (!reference.categories.has(k)) unseen += c
    const total = curBuckets.reduce((a, b) => a + b, 0)
    return { reference: refBuckets, current: curBuckets, unseenShare: total > 0 ? unseen / total : 0 }
  }
  const sampled = exactCells(refSample, curSample)
  for (const [k, c] of refSample) refBuckets[hashBucket(k)] = (refBuckets[hashBucket(k)] as number) - c
  for (const [k, c] of curSample) curBuckets[hashBucket(k)] = (curBuckets[hashBucket(k)] as number) - c
  return {
    reference: [...sampled.reference, ...refBuckets],
    current: [...sampled.current, ...curBuckets],
    unseenShare: sampled.unseenShare,
    sampled: sampled.reference.length,
  }
}

// The report's histogram: shares of the MAX_COMPARED_CATEGORIES categories most frequent on both sides together.
function categoryHistogram(reference: ColumnProfile, current: ColumnProfile): ColumnDriftMeasure['histogram'] {
  const pooled = new Map(reference.categories)
  for (const [k, c] of current.categories) pooled.set(k, (pooled.get(k) ?? 0) + c)
  const names = [...pooled]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_COMPARED_CATEGORIES)
    .map((e) => e[0])
    .sort()
  const shares = (p: ColumnProfile): number[] => {
    const total = p.rows - p.missing
    const out = names.map((k) => (p.categories.get(k) ?? 0) / total)
    out.push(Math.max(0, 1 - out.reduce((a, b) => a + b, 0)))
    return out
  }
  return { bins: [...names, '(other)'], reference: shares(reference), current: shares(current) }
}

// Drops categories empty on both sides (scipy raises on a zero expected frequency).
function compactTable(a: readonly number[], b: readonly number[]): { table: number[][] } {
  const keep = a.map((v, i) => v + (b[i] as number) > 0)
  return { table: [a.filter((_, i) => keep[i]), b.filter((_, i) => keep[i])] }
}
