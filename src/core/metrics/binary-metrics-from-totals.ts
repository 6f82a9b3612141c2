import type { BinaryMetricName } from './metric-name.js'
import { metricsMessages } from './messages.js'
import { UndefinedMetricError } from './undefined-metric-error.js'

/** The weighted sums every binary metric is a ratio of (see binaryMetricsFromCounts). */
export interface BinaryTotals {
  readonly positives: number
  readonly negatives: number
  /** Weight of positives / negatives predicted positive (score ≥ threshold). */
  readonly tp: number
  readonly fp: number
  /** Σ weight·(−ln p(y)) and Σ weight·(p − y)². */
  readonly logLoss: number
  readonly brier: number
  /** Σ_g pos_g·(negatives below g + ½·neg_g), over the distinct scores (0 when no rank metric is asked for). */
  readonly rocArea: number
  /** Σ_g pos_g·precision_g over the distinct scores with positives (0 when no rank metric is asked for). */
  readonly prArea: number
  /**
   * Σ_b |Σ_{rows in calibration bin b} weight·(y − p)| (see expectedCalibrationError; 0 when ece is not asked for,
   * and absent from totals made before ece existed).
   */
  readonly calibrationGap?: number
}

/**
 * The binary metrics from their weighted totals: accuracy (total − fp − fn)/total, precision tp/(tp + fp), recall
 * tp/(tp + fn), f1 2tp/(2tp + fp + fn), roc-auc rocArea/(P·N), pr-auc prArea/P, log-loss, brier and ece (calibrationGap) per unit weight.
 * An undefined value (0/0) is NaN when `undefinedAs: 'nan'`, else it throws (R6).
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {UndefinedMetricError} (a RangeError) when a metric is undefined on these totals and `undefinedAs` is
 *   'throw' (the default)
 * @example
 * binaryMetricsFromTotals({ positives: 2, negatives: 2, tp: 1, fp: 0, logLoss: 2, brier: 1, rocArea: 3, prArea: 2 }, ['accuracy', 'roc-auc']) // => [0.75, 0.75]
 */
export function binaryMetricsFromTotals(
  totals: BinaryTotals,
  metrics: readonly BinaryMetricName[],
  undefinedAs: 'throw' | 'nan' = 'throw',
): number[] {
  const { positives, negatives, tp, fp, logLoss, brier, rocArea, prArea } = totals
  const total = positives + negatives
  const fn = positives - tp
  const undefinedValue = (message: string): number => {
    if (undefinedAs === 'nan') return Number.NaN
    throw new UndefinedMetricError(message)
  }
  return metrics.map((metric) => {
    if (total === 0) return undefinedValue(metricsMessages.zeroWeight(metric))
    switch (metric) {
      case 'accuracy':
        return (total - fp - fn) / total
      case 'precision':
        return tp + fp === 0 ? undefinedValue(metricsMessages.noPredictedPositives(metric)) : tp / (tp + fp)
      case 'recall':
        return tp + fn === 0 ? undefinedValue(metricsMessages.noPositives(metric)) : tp / (tp + fn)
      case 'f1':
        return 2 * tp + fp + fn === 0
          ? undefinedValue(metricsMessages.noPositives(metric))
          : (2 * tp) / (2 * tp + fp + fn)
      case 'roc-auc':
        return positives === 0 || negatives === 0
          ? undefinedValue(metricsMessages.singleClass(metric))
          : rocArea / (positives * negatives)
      case 'pr-auc':
        return positives === 0 ? undefinedValue(metricsMessages.noPositives(metric)) : prArea / positives
      case 'log-loss':
        return logLoss / total
      case 'brier':
        return brier / total
      case 'ece':
        return (totals.calibrationGap ?? Number.NaN) / total
    }
  })
}
