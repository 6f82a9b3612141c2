// Shared pieces of the drift simulations (test/slow/drift-*.test.ts): seeded samplers, profiles built straight from
// samples or counts (the fields measureColumnDrift reads, without a per-cell profileAdd), the gate's own decision
// (measureDatasetDrift + decideDrift, as decideValidateData runs them), and the Wilson interval of a measured rate.
import { decideDrift } from '../../src/core/drift/decide-drift.js'
import { measureDatasetDrift } from '../../src/core/drift/measure-dataset-drift.js'
import {
  DEFAULT_VALIDATE_DATA_POLICY,
  type ValidateDataPolicy,
} from '../../src/core/drift/resolve-validate-data-policy.js'
import { createColumnProfile, type ColumnProfile } from '../../src/core/profile/column-profile.js'

/** Standard normal draws (Box–Muller). */
export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

/** Student t with `df` degrees of freedom (Z / sqrt(χ²_df / df)). */
export function studentT(random: () => number, df: number): number {
  let chi = 0
  for (let i = 0; i < df; i++) chi += normal(random) ** 2
  return normal(random) / Math.sqrt(chi / df)
}

/**
 * n sorted uniforms on [0, 1) in O(n) (normalised cumulative exponential spacings, the order statistics' law):
 * KS and the decision depend only on ranks, so this stands for any continuous column at a million rows without sorting.
 */
export function sortedUniforms(random: () => number, n: number): Float64Array {
  const out = new Float64Array(n)
  let sum = 0
  for (let i = 0; i < n; i++) {
    sum -= Math.log(1 - random())
    out[i] = sum
  }
  const total = sum - Math.log(1 - random())
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) / total
  return out
}

/** A numeric profile of `values` (NaN = a missing cell), with sorted exact values as finishColumnProfile leaves them. */
export function numericProfile(name: string, values: Float64Array, sorted = false): ColumnProfile {
  const p = createColumnProfile(name)
  let present = 0
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) present++
  const kept = present === values.length ? values : new Float64Array(present)
  let mean = 0
  let m2 = 0
  let k = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number
    if (Number.isNaN(v)) continue
    if (kept !== values) kept[k] = v
    k++
    const d = v - mean
    mean += d / k
    m2 += d * (v - mean)
  }
  p.rows = values.length
  p.missing = values.length - present
  p.numbers = present
  p.mean = mean
  p.m2 = m2
  p.values = sorted ? kept : kept.sort()
  p.min = p.values[0] ?? null
  p.max = p.values[present - 1] ?? null
  // Many distinct numbers: counted as the scan counts them once the cap froze the categories.
  p.distinct = Math.min(present, 1000)
  p.otherCount = Math.max(0, present - 1000)
  p.categoriesFrozen = present > 1000
  return p
}

/** A categorical profile from counts per category (and missing cells). */
export function categoricalProfile(name: string, counts: ReadonlyMap<string, number>, missing = 0): ColumnProfile {
  const p = createColumnProfile(name)
  let present = 0
  for (const [k, c] of counts) {
    if (c === 0) continue
    p.categories.set(k, c)
    present += c
  }
  p.distinct = p.categories.size
  p.rows = present + missing
  p.missing = missing
  return p
}

/** Counts of n draws from the category shares (inverse-CDF sampling). */
export function drawCounts(random: () => number, n: number, shares: readonly number[]): number[] {
  const cdf: number[] = []
  let acc = 0
  for (const s of shares) cdf.push((acc += s))
  const counts = new Array<number>(shares.length).fill(0)
  for (let i = 0; i < n; i++) {
    const u = random() * acc
    let lo = 0
    let hi = cdf.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((cdf[mid] as number) > u) hi = mid
      else lo = mid + 1
    }
    counts[lo] = (counts[lo] as number) + 1
  }
  return counts
}

/** Binomial(n, p) draw. */
export function binomial(random: () => number, n: number, p: number): number {
  let k = 0
  for (let i = 0; i < n; i++) if (random() < p) k++
  return k
}

/** The drifted columns the gate reports for these profiles (measureDatasetDrift + decideDrift, as the gate runs them). */
export function gateDrifted(
  reference: readonly ColumnProfile[],
  current: readonly ColumnProfile[],
  policy: ValidateDataPolicy = DEFAULT_VALIDATE_DATA_POLICY,
): ReturnType<typeof decideDrift> {
  const measured = measureDatasetDrift(reference, current, undefined, policy)
  if (measured.errors.length > 0) throw new Error(measured.errors.map((e) => e.message).join('; '))
  return decideDrift(measured.measures, measured.errors, policy)
}

/** Wilson score interval (95%) of k successes in n trials. */
export function wilson(k: number, n: number, z = 1.959963984540054): { rate: number; low: number; high: number } {
  const p = k / n
  const d = 1 + (z * z) / n
  const centre = (p + (z * z) / (2 * n)) / d
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}
