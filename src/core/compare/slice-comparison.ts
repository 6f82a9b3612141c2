import type { MetricName } from '../metrics/metric-name.js'

/**
 * One metric on one slice (rows with `column = value`) for both models: `defined` with both values and the paired
 * bootstrap interval of the difference, `undefined` with the reason when the metric has no value on the slice (one
 * class present…), or `skipped` when the slice is too small to judge (fewer rows, positives or negatives than the
 * policy's minimums).
 */
export type SliceComparison = DefinedSliceComparison | UndefinedSliceComparison | SkippedSliceComparison

interface SliceComparisonBase {
  readonly column: string
  readonly value: string
  readonly rows: number
  readonly metric: MetricName
  readonly greaterIsBetter: boolean
}

export interface DefinedSliceComparison extends SliceComparisonBase {
  readonly kind: 'defined'
  readonly champion: number
  readonly candidate: number
  /**
   * Paired percentile interval of candidate − champion on the slice's rows (the same resamples as the whole data),
   * at the family-wise level `confidence` (Bonferroni over the judged slices × metrics). compareSlices always sets
   * them; literal evidence without them is judged on the point difference.
   */
  readonly lower?: number
  readonly upper?: number
  readonly confidence?: number
  /** Resamples on which the slice's difference was undefined (left out of the interval). */
  readonly undefinedResamples?: number
  readonly resamples?: number
}

export interface UndefinedSliceComparison extends SliceComparisonBase {
  readonly kind: 'undefined'
  readonly reason: string
}

export interface SkippedSliceComparison extends SliceComparisonBase {
  readonly kind: 'skipped'
  /** Why the slice is not judged (too few rows, positives or negatives). */
  readonly reason: string
}
