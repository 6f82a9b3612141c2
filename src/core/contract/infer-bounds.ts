import { exactValues, type ColumnProfile } from '../profile/column-profile.js'
import { quantileSorted } from '../stats/quantile-sorted.js'

/** Tukey's far-fence multiple: a bound is set at Q1 − 3·IQR / Q3 + 3·IQR (4.7σ for a normal column). */
export const FENCE_IQR = 3
/** z of the one-sided 99.9% Wilson upper bound used for null tolerances. */
export const NULL_Z = 3.090232306167813
/** Added to the null-rate upper bound: room for the sampling noise of the data checked later. */
export const NULL_MARGIN = 0.02
/** Fewest present values before a column can be called unique (an identifier). */
export const MIN_UNIQUE_ROWS = 20

/**
 * One-sided Wilson score upper bound of a rate k / n at `z`.
 * @throws never
 * @example
 * wilsonUpper(0, 100) // => 0.08717093727995562
 */
export function wilsonUpper(k: number, n: number, z = NULL_Z): number {
  if (n === 0) return 1
  const p = k / n
  const d = 1 + (z * z) / n
  return Math.min(1, (p + (z * z) / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d)
}

/**
 * The null tolerance inferred from an observed rate: 0 when no cell was missing (as TFDV's presence
 * min_fraction 1), else the 99.9% Wilson upper bound of the observed rate plus NULL_MARGIN, rounded up to 1e-4.
 * @throws never
 * @example
 * inferNullFraction(0, 500) // => 0
 */
export function inferNullFraction(missing: number, rows: number): number {
  if (missing === 0 || rows === 0) return 0
  return Math.min(1, Math.ceil((wilsonUpper(missing, rows) + NULL_MARGIN) * 1e4) / 1e4)
}

/**
 * Numeric bounds that the same population passes: per side, Tukey's far fence (Q1 − 3·IQR, Q3 + 3·IQR) when no
 * observed value lies beyond the inner fence (1.5·IQR: a light tail), none when one does (a long tail: any bound
 * would be one outlier away from failing); a column that is never negative (or never positive) keeps 0 as its bound where the fence
 * would cross it. Sketch-only columns (past EXACT_VALUES_LIMIT) get the sign
 * bounds only. Integer columns round the fences outward.
 * @throws never
 * @example
 * inferNumericBounds(((p) => { for (const v of [1, 2, 3, 4, 5]) profileAdd(p, v); return finishColumnProfile(p) })(createColumnProfile('x')), false) // => { min: 0, max: 10 }
 */
export function inferNumericBounds(p: ColumnProfile, integer: boolean): { min?: number; max?: number } {
  if (p.min === null || p.max === null) return {}
  const out: { min?: number; max?: number } = {}
  const values = exactValues(p)
  if (values !== null && values.length > 0) {
    const sorted = values instanceof Float64Array ? values : Float64Array.from(values).sort()
    const q1 = quantileSorted(sorted, 0.25)
    const q3 = quantileSorted(sorted, 0.75)
    const iqr = q3 - q1
    const low = q1 - FENCE_IQR * iqr
    const high = q3 + FENCE_IQR * iqr
    // A side gets its far fence only when no observed value passes the inner fence (1.5·IQR): a light tail.
    if (iqr > 0 && p.min >= q1 - 1.5 * iqr) out.min = integer ? Math.floor(low) : low
    if (iqr > 0 && p.max <= q3 + 1.5 * iqr) out.max = integer ? Math.ceil(high) : high
  }
  if (p.min >= 0 && (out.min === undefined || out.min < 0)) out.min = 0
  if (p.max <= 0 && (out.max === undefined || out.max > 0)) out.max = 0
  return out
}

/**
 * Whether a column looks like an identifier: at least MIN_UNIQUE_ROWS present values, no value twice, and either
 * text (every value counted once while the category counts were exact; past CATEGORY_CAP, every counted one once) or
 * integers packed densely (max − min < 10 × count). Continuous floats are all distinct too, but are not identifiers.
 * @throws never
 * @example
 * isIdLike(((p) => { for (const v of ['a', 'b']) profileAdd(p, v); return finishColumnProfile(p) })(createColumnProfile('x')), 'string') // => false
 */
export function isIdLike(p: ColumnProfile, type: string): boolean {
  const present = p.rows - p.missing
  if (present < MIN_UNIQUE_ROWS) return false
  if (type === 'string') {
    for (const c of p.categories.values()) if (c > 1) return false
    return p.otherCount === 0 ? p.distinct === present : !p.categoriesFrozen
  }
  const values = exactValues(p)
  if (type !== 'int' || values === null || p.min === null || p.max === null) return false
  const sorted = values instanceof Float64Array ? values : Float64Array.from(values).sort()
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return false
  return p.max - p.min < 10 * present
}
