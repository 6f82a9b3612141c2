import type { MetricName } from '../metrics/metric-name.js'

/**
 * One metric on one slice (rows with `column = value`) for both models: `defined` with both values, or
 * `undefined` with the reason when the metric has no value on the slice (one class present…).
 */
export type SliceComparison = DefinedSliceComparison | UndefinedSliceComparison

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
}

export interface UndefinedSliceComparison extends SliceComparisonBase {
  readonly kind: 'undefined'
  readonly reason: string
}
