import { binaryMetric } from '../metrics/binary-metric.js'
import { GREATER_IS_BETTER, type BinaryMetricName, type RegressionMetricName } from '../metrics/metric-name.js'
import { prepareBinary } from '../metrics/prepare-binary.js'
import { regressionMetric } from '../metrics/regression-metric.js'
import { pairedBootstrap } from '../stats/paired-bootstrap.js'
import { seededRandom } from '../stats/seeded-random.js'

/** Labelled rows to score a model on: binary labels and scores, or regression truth and predictions. */
export type LabelledRows =
  | {
      readonly task: 'binary'
      readonly labels: ArrayLike<number>
      readonly scores: ArrayLike<number>
      readonly threshold?: number
    }
  | { readonly task: 'regression'; readonly truth: ArrayLike<number>; readonly predictions: ArrayLike<number> }

export type MonitoredMetric = BinaryMetricName | RegressionMetricName

/** A metric's value on some rows with its bootstrap standard error, or why it has none. */
export type MetricEstimate =
  | {
      readonly kind: 'defined'
      readonly value: number
      readonly standardError: number
      /** Share of resamples on which the metric was undefined (e.g. one class only). */
      readonly undefinedShare: number
    }
  | { readonly kind: 'undefined'; readonly reason: string }

export interface EstimateOptions {
  readonly resamples: number
  readonly seed: number
}

function rowCount(rows: LabelledRows): number {
  return rows.task === 'binary' ? rows.labels.length : rows.truth.length
}

/** The metric as a function of row weights (NaN where undefined on that resample). */
function weightedMetric(rows: LabelledRows, metric: MonitoredMetric): (weights?: Float64Array) => number {
  const guard = (compute: () => number): number => {
    try {
      return compute()
    } catch (error) {
      if (error instanceof RangeError) return Number.NaN
      throw error
    }
  }
  if (rows.task === 'binary') {
    const prepared = prepareBinary(rows.labels, rows.scores, rows.threshold ?? 0.5)
    return (weights) => guard(() => binaryMetric(prepared, metric as BinaryMetricName, weights))
  }
  return (weights) =>
    guard(() => regressionMetric(rows.truth, rows.predictions, metric as RegressionMetricName, weights))
}

/**
 * The metric on `rows` and its bootstrap standard error (case resampling, seeded). Undefined when the metric is
 * undefined on the rows themselves or on more than 5% of resamples: a standard error from the few resamples where
 * it happens to exist would understate the noise.
 * @throws {RangeError} on rows the metric functions refuse (lengths, labels, scores): the caller validated them
 */
export function estimateMetric(rows: LabelledRows, metric: MonitoredMetric, options: EstimateOptions): MetricEstimate {
  const n = rowCount(rows)
  const evaluate = weightedMetric(rows, metric)
  const value = evaluate()
  if (Number.isNaN(value)) return { kind: 'undefined', reason: `${metric} is undefined on these ${n} rows` }
  let undefinedCount = 0
  let distribution: Float64Array
  try {
    const [result] = pairedBootstrap(n, (weights) => [evaluate(weights)], {
      resamples: options.resamples,
      random: seededRandom(options.seed),
      confidence: 0.95,
    })
    if (result === undefined) return { kind: 'undefined', reason: `${metric} has no bootstrap distribution` }
    undefinedCount = result.undefinedCount
    distribution = result.sorted
  } catch {
    return { kind: 'undefined', reason: `${metric} is undefined on every resample of these ${n} rows` }
  }
  const undefinedShare = undefinedCount / options.resamples
  if (undefinedShare > 0.05)
    return {
      kind: 'undefined',
      reason: `${metric} is undefined on ${(undefinedShare * 100).toFixed(1)}% of resamples of these ${n} rows (more than 5%)`,
    }
  let mean = 0
  for (const v of distribution) mean += v
  mean /= distribution.length
  let squares = 0
  for (const v of distribution) squares += (v - mean) ** 2
  const standardError = Math.sqrt(squares / Math.max(1, distribution.length - 1))
  return { kind: 'defined', value, standardError, undefinedShare }
}

export function greaterIsBetter(metric: MonitoredMetric): boolean {
  return GREATER_IS_BETTER[metric]
}
