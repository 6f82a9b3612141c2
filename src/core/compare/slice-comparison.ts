import type { MetricName } from '../metrics/metric-name.js'

/** One metric on one slice (rows with `column = value`) for both models. */
export interface SliceComparison {
  readonly column: string
  readonly value: string
  readonly rows: number
  readonly metric: MetricName
  readonly greaterIsBetter: boolean
  /** NaN with `error` set when the metric is undefined on the slice (one class present…). */
  readonly champion: number
  readonly candidate: number
  readonly error?: string
}
