import type { BinaryMetricName } from './metric-name.js'
import { metricsMessages } from './messages.js'
import type { PreparedBinary } from './prepare-binary.js'

/**
 * Several binary metrics over prepared rows in one pass (plus one walk over the distinct scores), optionally
 * weighted by row multiplicities (a bootstrap resample). Conventions follow scikit-learn 1.2:
 * - accuracy, precision, recall, f1 on predictions `score >= threshold`;
 * - roc-auc: area under the ROC curve with one point per distinct score (ties count ½, the trapezoid rule of
 *   `roc_auc_score`); undefined when one class is absent;
 * - pr-auc: `average_precision_score`, Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct scores, descending;
 * - log-loss: `log_loss` with p clipped to [ε, 1−ε] (ε = float64 epsilon) and rows renormalised;
 * - brier: mean (p − y)².
 * An undefined value (0/0) is NaN in the result when `undefinedAs: 'nan'`, else it throws (R6) — the bootstrap
 * uses NaN to count resamples where a metric is undefined.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} when a metric is undefined on these rows and `undefinedAs` is 'throw' (the default)
 * @example
 * binaryMetrics(prepareBinary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), ['roc-auc', 'accuracy']) // => [0.75, 0.75]
 */
export function binaryMetrics(
  data: PreparedBinary,
  metrics: readonly BinaryMetricName[],
  weights?: ArrayLike<number>,
  undefinedAs: 'throw' | 'nan' = 'throw',
): number[] {
  const { n, groupCount, cell, bucket, logLossTerm, brierTerm } = data
  const needRanks = metrics.includes('roc-auc') || metrics.includes('pr-auc')
  // counts[2·g + y]: weighted negatives (y = 0) and positives (y = 1) at the g-th highest distinct score.
  const counts = needRanks ? new Float64Array(2 * groupCount) : undefined
  const cells = new Float64Array(4)
  let logLoss = 0
  let brier = 0
  for (let i = 0; i < n; i++) {
    const wi = weights === undefined ? 1 : (weights[i] as number)
    if (wi === 0) continue
    logLoss += wi * (logLossTerm[i] as number)
    brier += wi * (brierTerm[i] as number)
    const c = cell[i] as number
    cells[c] = (cells[c] as number) + wi
    if (counts !== undefined) {
      const b = bucket[i] as number
      counts[b] = (counts[b] as number) + wi
    }
  }
  const [tn, fn, fp, tp] = cells as unknown as [number, number, number, number]
  const total = tn + fn + fp + tp
  const positives = fn + tp
  const negatives = total - positives
  const undefinedValue = (message: string): number => {
    if (undefinedAs === 'nan') return Number.NaN
    throw new RangeError(message)
  }
  let rocArea = 0
  let prArea = 0
  if (counts !== undefined) {
    let cumPos = 0
    let cumNeg = 0
    for (let g = 0; g < groupCount; g++) {
      const gn = counts[2 * g] as number
      const gp = counts[2 * g + 1] as number
      // Positives at this score beat every negative below it and tie (½) with the gn negatives at it.
      rocArea += gp * (negatives - cumNeg - 0.5 * gn)
      if (gp > 0) prArea += gp * ((cumPos + gp) / (cumPos + gp + cumNeg + gn))
      cumPos += gp
      cumNeg += gn
    }
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
        return 2 * tp + fp + fn === 0 ? undefinedValue(metricsMessages.noPositives(metric)) : (2 * tp) / (2 * tp + fp + fn)
      case 'roc-auc':
        return positives === 0 || negatives === 0 ? undefinedValue(metricsMessages.singleClass(metric)) : rocArea / (positives * negatives)
      case 'pr-auc':
        return positives === 0 ? undefinedValue(metricsMessages.noPositives(metric)) : prArea / positives
      case 'log-loss':
        return logLoss / total
      case 'brier':
        return brier / total
    }
  })
}
