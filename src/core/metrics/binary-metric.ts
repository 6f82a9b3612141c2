import type { BinaryMetricName } from './metric-name.js'
import { metricsMessages } from './messages.js'
import type { PreparedBinary } from './prepare-binary.js'

/** float64 machine epsilon: sklearn's `log_loss(eps='auto')` clipping bound for float64 scores. */
const EPS = 2.220446049250313e-16

/**
 * One binary metric over prepared rows, optionally weighted by row multiplicities (a bootstrap resample).
 * Conventions follow scikit-learn 1.2:
 * - accuracy, precision, recall, f1 on predictions `score >= threshold`;
 * - roc-auc: area under the ROC curve with one point per distinct score (ties count ½, i.e. the trapezoid
 *   rule of `roc_auc_score`); undefined when one class is absent;
 * - pr-auc: `average_precision_score`, Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct scores, descending;
 * - log-loss: `log_loss` with p clipped to [ε, 1−ε] (ε = float64 epsilon) and rows renormalised;
 * - brier: mean (p − y)².
 * Undefined values (0/0) throw instead of returning 0 or NaN (R6).
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {RangeError} when the metric is undefined on these rows (single class, no predicted positives)
 * @example
 * binaryMetric(prepareBinary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 'roc-auc') // => 0.75
 */
export function binaryMetric(data: PreparedBinary, metric: BinaryMetricName, weights?: ArrayLike<number>): number {
  const { n, y, score, pred } = data
  const w = (i: number): number => (weights === undefined ? 1 : (weights[i] as number))
  switch (metric) {
    case 'accuracy':
    case 'precision':
    case 'recall':
    case 'f1': {
      let tp = 0
      let fp = 0
      let fn = 0
      let total = 0
      for (let i = 0; i < n; i++) {
        const wi = w(i)
        total += wi
        if (pred[i] === 1) {
          if (y[i] === 1) tp += wi
          else fp += wi
        } else if (y[i] === 1) fn += wi
      }
      if (total === 0) throw new RangeError(metricsMessages.zeroWeight(metric))
      if (metric === 'accuracy') return (total - fp - fn) / total
      if (metric === 'precision') {
        if (tp + fp === 0) throw new RangeError(metricsMessages.noPredictedPositives(metric))
        return tp / (tp + fp)
      }
      if (metric === 'recall') {
        if (tp + fn === 0) throw new RangeError(metricsMessages.noPositives(metric))
        return tp / (tp + fn)
      }
      if (2 * tp + fp + fn === 0) throw new RangeError(metricsMessages.noPositives(metric))
      return (2 * tp) / (2 * tp + fp + fn)
    }
    case 'roc-auc':
    case 'pr-auc':
      return rankMetric(data, metric, weights)
    case 'log-loss': {
      let sum = 0
      let total = 0
      for (let i = 0; i < n; i++) {
        const wi = w(i)
        if (wi === 0) continue
        const p = Math.min(Math.max(score[i] as number, EPS), 1 - EPS)
        const q = 1 - p
        const norm = q + p
        sum -= wi * Math.log((y[i] === 1 ? p : q) / norm)
        total += wi
      }
      if (total === 0) throw new RangeError(metricsMessages.zeroWeight(metric))
      return sum / total
    }
    case 'brier': {
      let sum = 0
      let total = 0
      for (let i = 0; i < n; i++) {
        const wi = w(i)
        const d = (score[i] as number) - (y[i] as number)
        sum += wi * d * d
        total += wi
      }
      if (total === 0) throw new RangeError(metricsMessages.zeroWeight(metric))
      return sum / total
    }
  }
}

function rankMetric(data: PreparedBinary, metric: 'roc-auc' | 'pr-auc', weights?: ArrayLike<number>): number {
  const { y, order, groupEnd } = data
  let posTotal = 0
  let negTotal = 0
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number
    const wi = weights === undefined ? 1 : (weights[i] as number)
    if (y[i] === 1) posTotal += wi
    else negTotal += wi
  }
  if (metric === 'roc-auc' && (posTotal === 0 || negTotal === 0)) throw new RangeError(metricsMessages.singleClass(metric))
  if (metric === 'pr-auc' && posTotal === 0) throw new RangeError(metricsMessages.noPositives(metric))
  let start = 0
  let tp = 0
  let fp = 0
  let area = 0
  for (let g = 0; g < groupEnd.length; g++) {
    const end = groupEnd[g] as number
    let gp = 0
    let gn = 0
    for (let k = start; k < end; k++) {
      const i = order[k] as number
      const wi = weights === undefined ? 1 : (weights[i] as number)
      if (y[i] === 1) gp += wi
      else gn += wi
    }
    if (metric === 'roc-auc') {
      // Positives in this group beat every negative below it (all later groups) and tie with gn.
      area += gp * (negTotal - fp - gn + 0.5 * gn)
    } else if (gp > 0) {
      area += gp * ((tp + gp) / (tp + gp + fp + gn))
    }
    tp += gp
    fp += gn
    start = end
  }
  return metric === 'roc-auc' ? area / (posTotal * negTotal) : area / posTotal
}
