import { normalCdf } from '../stats/normal-cdf.js'
import {
  estimateMetric,
  greaterIsBetter,
  type LabelledRows,
  type MetricEstimate,
  type MonitoredMetric,
} from './metric-estimate.js'

/** A champion metric as its card stores it: the evaluation's value and, where known, its standard error. */
export interface StoredMetric {
  readonly value: number
  /** From the evaluation's bootstrap; without it the stored value is treated as exact (a stricter test). */
  readonly standardError?: number
}

export interface DecayPolicy {
  /** Family-wise false-alarm rate across the monitored metrics (Bonferroni). Default 0.05. */
  readonly alpha?: number
  /** Smallest drop that counts, per metric, in the metric's units; defaults in `defaultMinimumDrop`. */
  readonly minimumDrop?: Partial<Record<MonitoredMetric, number>>
  /** Fewer labelled rows than this: inconclusive. Default 100. */
  readonly minimumRows?: number
  readonly resamples?: number
  readonly seed?: number
}

export type MetricDecay =
  | {
      readonly metric: MonitoredMetric
      readonly verdict: 'decayed' | 'stable'
      readonly stored: StoredMetric
      readonly current: Extract<MetricEstimate, { kind: 'defined' }>
      /** How much worse the current value is, in the metric's units (negative: better). */
      readonly drop: number
      readonly minimumDrop: number
      /** One-sided p-value of "the drop is at most the minimum drop", before the correction. */
      readonly pValue: number
      readonly alpha: number
    }
  | { readonly metric: MonitoredMetric; readonly verdict: 'inconclusive'; readonly reason: string }

export interface DecayDecision {
  readonly verdict: 'decayed' | 'healthy' | 'inconclusive'
  readonly rows: number
  readonly metrics: readonly MetricDecay[]
}

/**
 * The smallest drop worth an alert when the policy names none: 0.01 for bounded greater-is-better metrics (AUC,
 * accuracy, F1, R²…), 5% of the stored value for errors and losses (MAE, RMSE, log loss, Brier), whose scale is
 * the target's.
 * @example defaultMinimumDrop('roc-auc', 0.8) // => 0.01
 * @example defaultMinimumDrop('rmse', 20) // => 1
 */
export function defaultMinimumDrop(metric: MonitoredMetric, stored: number): number {
  return greaterIsBetter(metric) ? 0.01 : 0.05 * Math.abs(stored)
}

function rowCount(rows: LabelledRows): number {
  return rows.task === 'binary' ? rows.labels.length : rows.truth.length
}

/**
 * Whether the champion decayed on labels that arrived after it was deployed. For each stored metric, the current
 * value on the labelled rows gets a bootstrap standard error; the drop (stored − current for greater-is-better
 * metrics, current − stored for errors) is tested one-sided against the metric's minimum drop δ with
 * z = (drop − δ) / √(se_now² + se_stored²). A metric has decayed when the drop exceeds δ with confidence, at α / k
 * (k monitored metrics, Bonferroni): a point wobble inside the noise never alerts, and neither does a significant
 * but negligible drop on huge samples.
 * Too few rows, or a metric undefined on them, is inconclusive, never healthy.
 */
export function decideDecay(
  rows: LabelledRows,
  stored: Readonly<Partial<Record<MonitoredMetric, StoredMetric>>>,
  policy: DecayPolicy = {},
): DecayDecision {
  const n = rowCount(rows)
  const entries = Object.entries(stored) as [MonitoredMetric, StoredMetric][]
  const alpha = (policy.alpha ?? 0.05) / Math.max(1, entries.length)
  const minimumRows = policy.minimumRows ?? 100
  const metrics: MetricDecay[] = entries.map(([metric, baseline], index) => {
    if (n < minimumRows)
      return { metric, verdict: 'inconclusive', reason: `${n} labelled rows, fewer than the ${minimumRows} required` }
    const current = estimateMetric(rows, metric, {
      resamples: policy.resamples ?? 1_000,
      seed: (policy.seed ?? 20_261_201) + index,
    })
    if (current.kind === 'undefined') return { metric, verdict: 'inconclusive', reason: current.reason }
    const drop = greaterIsBetter(metric) ? baseline.value - current.value : current.value - baseline.value
    const se = Math.sqrt(current.standardError ** 2 + (baseline.standardError ?? 0) ** 2)
    const minimumDrop = policy.minimumDrop?.[metric] ?? defaultMinimumDrop(metric, baseline.value)
    const excess = drop - minimumDrop
    const pValue = se > 0 ? 1 - normalCdf(excess / se) : excess > 0 ? 0 : 1
    const verdict = pValue < alpha ? 'decayed' : 'stable'
    return { metric, verdict, stored: baseline, current, drop, minimumDrop, pValue, alpha }
  })
  const verdict = metrics.some((m) => m.verdict === 'decayed')
    ? 'decayed'
    : metrics.length === 0 || metrics.some((m) => m.verdict === 'inconclusive')
      ? 'inconclusive'
      : 'healthy'
  return { verdict, rows: n, metrics }
}
