import type { MetricName } from '../metrics/metric-name.js'

/**
 * Candidate against champion on one metric: `defined` with the paired bootstrap evidence, or `undefined` when the
 * metric has no value on these rows (ROC-AUC with one class present…), with the reason. An undefined metric is a
 * value of its own, never NaN: a rule on it is an `error` check, and the metrics file writes null for its numbers.
 */
export type MetricComparison = DefinedMetricComparison | UndefinedMetricComparison

interface MetricComparisonBase {
  readonly metric: MetricName
  readonly greaterIsBetter: boolean
  readonly confidence: number
}

export interface DefinedMetricComparison extends MetricComparisonBase {
  readonly kind: 'defined'
  readonly champion: number
  readonly candidate: number
  /** candidate − champion. */
  readonly difference: number
  /** Percentile interval of the bootstrap difference (candidate − champion). */
  readonly lower: number
  readonly upper: number
  /** Share of bootstrap differences in the better direction (> 0, or < 0 when smaller is better). */
  readonly probabilityBetter: number
  /** Resamples on which the difference was defined (the interval's resamples). */
  readonly resamples: number
  /**
   * Percentile interval of the candidate's own value (floors are judged on it). compareModels always sets it;
   * literal evidence without it is judged as if the interval were the point value.
   */
  readonly candidateLower?: number
  readonly candidateUpper?: number
  /** Resamples on which the metric was undefined for either model (left out of the interval). */
  readonly undefinedResamples?: number
  /**
   * The same intervals at the family-wise level that rejection uses (Bonferroni over every rule component of
   * the policy, see rejectionConfidence); absent when the family has one member (then the plain ones are used).
   */
  readonly adjusted?: AdjustedIntervals
  /** A dedicated paired test where one exists: McNemar for accuracy, DeLong for roc-auc. */
  readonly test?: {
    readonly name: 'mcnemar' | 'delong'
    readonly statistic: number
    readonly pValue: number
    readonly method?: string
  }
}

/** Intervals at the family-wise (Bonferroni-adjusted) confidence level. */
export interface AdjustedIntervals {
  readonly confidence: number
  /** Difference candidate − champion. */
  readonly lower: number
  readonly upper: number
  /** The candidate's own value. */
  readonly candidateLower: number
  readonly candidateUpper: number
}

export interface UndefinedMetricComparison extends MetricComparisonBase {
  readonly kind: 'undefined'
  /** Why the metric has no value on these rows (the metric's own message). */
  readonly reason: string
}
