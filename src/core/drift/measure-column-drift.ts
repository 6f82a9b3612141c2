import { chiSquareContingency } from '../stats/chi-square-contingency.js'
import { kolmogorovNSurvival } from '../stats/kolmogorov-n-survival.js'
import { ksTwoSampleSorted } from '../stats/ks-two-sample-sorted.js'
import { CATEGORY_CAP, type ColumnProfile } from '../profile/column-profile.js'
import { sketchRankErrorBound, sketchWeightedSorted } from '../profile/quantile-sketch.js'
import { binShares } from './bin-shares.js'
import type { ColumnKind, DriftMethod } from './drift-method-for.js'
import { jensenShannonDistance } from './jensen-shannon-distance.js'
import { populationStabilityIndex } from './population-stability-index.js'
import { quantileSorted } from '../stats/quantile-sorted.js'
import { weightedEcdfDistances, type WeightedSorted } from './weighted-ecdf-distances.js'
import { isSortedAscending } from '../stats/is-sorted-ascending.js'
import { driftMessages } from './messages.js'

/** Categories shown in histograms and compared by chi-square / JS (the rest are pooled as "(other)"). */
export const MAX_COMPARED_CATEGORIES = 50

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
  /** KS: D itself; chi-square: Cramér's V; distances: the distance. */
  readonly effectSize: number
  readonly psi: number
  /** Rank-error bound of the sketches used (0 when exact). */
  readonly approximation: number
  readonly histogram: {
    readonly bins: readonly string[]
    readonly reference: readonly number[]
    readonly current: readonly number[]
  }
}

function weighted(p: ColumnProfile): WeightedSorted {
  if (p.values !== null)
    return {
      values:
        p.values instanceof Float64Array && isSortedAscending(p.values) ? p.values : Float64Array.from(p.values).sort(),
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
 * Measures drift of one column between two profiles with `method`, plus PSI and a histogram for the report.
 * Numeric: the reference's `bins` equal-frequency bins (PSI, histogram), KS and Wasserstein on the exact values
 * (scipy-identical) or on the sketches (within their rank-error bound; KS p-value then asymptotic).
 * Wasserstein is divided by the reference's standard deviation (1 when that is 0). Categorical: counts of the
 * reference's and current's most frequent MAX_COMPARED_CATEGORIES values, the rest pooled.
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
  return { kind: 'measured', measure: measureComparable(reference, current, kind, method, bins) }
}

/** measureColumnDrift once `whyNotComparable` found nothing. */
function measureComparable(
  reference: ColumnProfile,
  current: ColumnProfile,
  kind: ColumnKind,
  method: DriftMethod,
  bins: number,
): ColumnDriftMeasure {
  const referenceCount = reference.rows - reference.missing
  const currentCount = current.rows - current.missing
  if (kind === 'numeric') {
    const ref = weighted(reference)
    const cur = weighted(current)
    const edges: number[] = []
    for (let k = 1; k < bins; k++) {
      const q = weightedQuantile(ref, k / bins)
      if (edges.length === 0 || q > (edges[edges.length - 1] as number)) edges.push(q)
    }
    const refCounts = weightedBinCounts(ref, edges)
    const curCounts = weightedBinCounts(cur, edges)
    const psi = populationStabilityIndex(binShares(refCounts), binShares(curCounts))
    const exact = ref.weights === undefined && cur.weights === undefined
    const distances = weightedEcdfDistances(ref, cur)
    const std = reference.numbers > 0 ? Math.sqrt(reference.m2 / reference.numbers) : 0
    const wasserstein = distances.wasserstein / (std > 0 ? std : 1)
    let ksD = distances.ks
    let ksP: number
    if (exact) {
      const r = ksTwoSampleSorted(ref.values, cur.values)
      ksD = r.statistic
      ksP = r.pValue
    } else {
      const n1 = reference.numbers
      const n2 = current.numbers
      ksP = kolmogorovNSurvival(Math.max(1, Math.round((n1 * n2) / (n1 + n2))), ksD)
    }
    const labels = [
      '< ' + format(edges[0] ?? Infinity),
      ...edges.slice(1).map((e, i) => `${format(edges[i] as number)}–${format(e)}`),
      `≥ ${format(edges[edges.length - 1] ?? -Infinity)}`,
    ]
    const histogram = {
      bins: edges.length === 0 ? ['all'] : labels,
      reference: binShares(refCounts).map((s) => (s === 1e-4 ? 0 : s)),
      current: binShares(curCounts).map((s) => (s === 1e-4 ? 0 : s)),
    }
    const approximation =
      (reference.sketch ? sketchRankErrorBound(reference.sketch) : 0) +
      (current.sketch ? sketchRankErrorBound(current.sketch) : 0)
    const base = { column: reference.name, kind, method, referenceCount, currentCount, psi, approximation, histogram }
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
      case 'chi-square': {
        const { table } = compactTable(refCounts, curCounts)
        const r = chiSquareContingency(table)
        return { ...base, statistic: r.statistic, pValue: r.pValue, effectSize: r.cramersV }
      }
    }
  }
  const keys = new Set<string>()
  // A value is compared only where both counts are known: tracked on a side, or that side never hit the cap
  // (then an untracked value truly has count 0). Otherwise its mass stays in "(other)" on both sides.
  const known = (p: ColumnProfile, k: string): boolean => p.categories.has(k) || p.otherCount === 0
  const top = (p: ColumnProfile): string[] =>
    [...p.categories]
      .filter((e) => known(reference, e[0]) && known(current, e[0]))
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_COMPARED_CATEGORIES)
      .map((e) => e[0])
  for (const k of top(reference)) keys.add(k)
  for (const k of top(current)) if (keys.size < 2 * MAX_COMPARED_CATEGORIES) keys.add(k)
  const names = [...keys].sort()
  const countsOf = (p: ColumnProfile): number[] => {
    const out = names.map((k) => p.categories.get(k) ?? 0)
    const listed = out.reduce((a, b) => a + b, 0)
    out.push(p.rows - p.missing - listed)
    return out
  }
  const refCounts = countsOf(reference)
  const curCounts = countsOf(current)
  const labels = [...names, '(other)']
  const psi = populationStabilityIndex(binShares(refCounts), binShares(curCounts))
  const refTotal = refCounts.reduce((a, b) => a + b, 0)
  const curTotal = curCounts.reduce((a, b) => a + b, 0)
  const histogram = {
    bins: labels,
    reference: refCounts.map((c) => c / refTotal),
    current: curCounts.map((c) => c / curTotal),
  }
  const base = { column: reference.name, kind, method, referenceCount, currentCount, psi, approximation: 0, histogram }
  switch (method) {
    case 'chi-square':
    case 'ks': {
      const { table } = compactTable(refCounts, curCounts)
      const r = chiSquareContingency(table)
      return { ...base, method: 'chi-square', statistic: r.statistic, pValue: r.pValue, effectSize: r.cramersV }
    }
    case 'psi':
      return { ...base, statistic: psi, effectSize: psi }
    case 'jensen-shannon':
    case 'wasserstein': {
      const js = jensenShannonDistance(refCounts, curCounts)
      return { ...base, method: 'jensen-shannon', statistic: js, effectSize: js }
    }
  }
}

// Drops categories empty on both sides (scipy raises on a zero expected frequency).
function compactTable(a: readonly number[], b: readonly number[]): { table: number[][] } {
  const keep = a.map((v, i) => v + (b[i] as number) > 0)
  return { table: [a.filter((_, i) => keep[i]), b.filter((_, i) => keep[i])] }
}
