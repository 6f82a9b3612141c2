import type { MulticlassLabelMetricName } from './metric-name.js'
import { metricsMessages } from './messages.js'
import { UndefinedMetricError } from './undefined-metric-error.js'

/**
 * One multiclass metric over class labels (any numbers; the classes are the union of labels and predictions,
 * as in sklearn), optionally weighted by row multiplicities. `precision|recall|f1-{macro,micro,weighted}`
 * follow sklearn's `average=` modes with `zero_division=0` per class (a class never predicted has precision 0):
 * macro = unweighted mean over classes, micro = from pooled counts (equals accuracy for single-label data),
 * weighted = mean weighted by each class's support.
 * @see https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.precision_recall_fscore_support.html
 * @throws {RangeError} on empty input or different lengths; {UndefinedMetricError} (a RangeError) for zero total
 *   weight
 * @example
 * multiclassMetric([0, 1, 2, 0, 1, 2, 0, 2], [0, 2, 1, 0, 0, 2, 0, 2], 'f1-macro') // => 0.5079365079365079
 */
export function multiclassMetric(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  metric: MulticlassLabelMetricName,
  weights?: ArrayLike<number>,
): number {
  const n = yTrue.length
  if (n !== yPred.length) throw new RangeError(metricsMessages.lengthMismatch(metric, n, yPred.length))
  if (n === 0) throw new RangeError(metricsMessages.empty(metric))
  const index = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    for (const v of [yTrue[i] as number, yPred[i] as number]) if (!index.has(v)) index.set(v, index.size)
  }
  const k = index.size
  const tp = new Float64Array(k)
  const predicted = new Float64Array(k)
  const support = new Float64Array(k)
  let total = 0
  let correct = 0
  for (let i = 0; i < n; i++) {
    const wi = weights === undefined ? 1 : (weights[i] as number)
    if (wi === 0) continue
    const t = index.get(yTrue[i] as number) as number
    const p = index.get(yPred[i] as number) as number
    total += wi
    support[t] = (support[t] as number) + wi
    predicted[p] = (predicted[p] as number) + wi
    if (t === p) {
      tp[t] = (tp[t] as number) + wi
      correct += wi
    }
  }
  if (total === 0) throw new UndefinedMetricError(metricsMessages.zeroWeight(metric))
  if (metric === 'accuracy') return correct / total
  const [kind, average] = metric.split('-') as ['precision' | 'recall' | 'f1', 'macro' | 'micro' | 'weighted']
  const score = (t: number, pr: number, s: number): number => {
    const prec = pr === 0 ? 0 : t / pr
    const rec = s === 0 ? 0 : t / s
    if (kind === 'precision') return prec
    if (kind === 'recall') return rec
    return pr + s === 0 ? 0 : (2 * t) / (pr + s)
  }
  if (average === 'micro') return score(correct, total, total)
  let sum = 0
  let weightSum = 0
  for (let c = 0; c < k; c++) {
    const value = score(tp[c] as number, predicted[c] as number, support[c] as number)
    const weight = average === 'macro' ? 1 : (support[c] as number)
    sum += weight * value
    weightSum += weight
  }
  return sum / weightSum
}
