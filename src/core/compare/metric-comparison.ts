import type { MetricName } from '../metrics/metric-name.js'

/** Candidate against champion on one metric, with the paired bootstrap evidence. */
export interface MetricComparison {
  readonly metric: MetricName
  readonly greaterIsBetter: boolean
  readonly champion: number
  readonly candidate: number
  /** candidate − champion. */
  readonly difference: number
  /** Percentile interval of the bootstrap difference (candidate − champion). */
  readonly lower: number
  readonly upper: number
  readonly confidence: number
  /** Share of bootstrap differences in the better direction (> 0, or < 0 when smaller is better). */
  readonly probabilityBetter: number
  readonly resamples: number
  /** A dedicated paired test where one exists: McNemar for accuracy, DeLong for roc-auc. */
  readonly test?: {
    readonly name: 'mcnemar' | 'delong'
    readonly statistic: number
    readonly pValue: number
    readonly method?: string
  }
  /** Set when the metric is undefined on these rows (one class present…): the comparison is an error. */
  readonly error?: string
}
