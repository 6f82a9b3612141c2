import { exactValues, type ColumnProfile } from './column-profile.js'
import { createQuantileSketch, DEFAULT_SKETCH_K, sketchAdd } from './quantile-sketch.js'

/**
 * Exact numeric values a stored profile keeps per column; a column with more is stored as its quantile sketch. A
 * sketch of n values holds about k·log2(n/k) items (≈ 40,000 at n = 10⁶ with k = 8192), so below this bound exact
 * values cost no more than the sketch would, and above it the sketch is what a model card can carry: a 10⁶-row
 * training set was ~18 MB of JSON per numeric column on the card (0.38 MB as a sketch).
 */
export const STORED_EXACT_VALUES_LIMIT = 8 * DEFAULT_SKETCH_K

/**
 * The profile as a model card stores it: columns with more than `limit` exact values hold a quantile sketch of them
 * instead (drift against it then reports comparison `sketch` with the sketch's rank-error bound, never a false
 * alarm from the approximation); every count, moment and category is unchanged. The input is not modified.
 * @throws {RangeError} limit is not a positive integer
 * @example
 * sketchLargeColumns([], 10) // => []
 */
export function sketchLargeColumns(
  columns: readonly ColumnProfile[],
  limit: number = STORED_EXACT_VALUES_LIMIT,
): ColumnProfile[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`sketchLargeColumns: limit must be ≥ 1, got ${limit}`)
  return columns.map((column) => {
    const values = exactValues(column)
    if (values === null || values.length <= limit) return column
    const sketch = createQuantileSketch()
    for (const value of values) sketchAdd(sketch, value)
    return { ...column, values: null, sketch }
  })
}
