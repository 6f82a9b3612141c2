import type { RegressionMetricName } from './metric-name.js'
import { metricsMessages } from './messages.js'
import { UndefinedMetricError } from './undefined-metric-error.js'
import { meanAbsolutePercentageError } from './mean-absolute-percentage-error.js'

/**
 * One regression metric, optionally weighted by row multiplicities: `mae` mean |y − ŷ|, `rmse` √mean (y − ŷ)²,
 * `r2` 1 − Σ(y − ŷ)² / Σ(y − ȳ)², `mape` mean |y − ŷ| / max(|y|, ε) (sklearn `mean_absolute_error`,
 * `sqrt(mean_squared_error)`, `r2_score`, `mean_absolute_percentage_error`).
 * R² of constant truth is undefined and throws (sklearn's force_finite would report 1 or 0).
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html#regression-metrics
 * @throws {RangeError} on empty input, different lengths or non-finite values; {UndefinedMetricError} (a
 *   RangeError) for zero total weight or constant truth for r2
 * @example
 * regressionMetric([3, -0.5, 2, 7], [2.5, 0, 2, 8], 'r2') // => 0.9486081370449679
 */
export function regressionMetric(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  metric: RegressionMetricName,
  weights?: ArrayLike<number>,
): number {
  const n = yTrue.length
  if (n !== yPred.length) throw new RangeError(metricsMessages.lengthMismatch(metric, n, yPred.length))
  if (n === 0) throw new RangeError(metricsMessages.empty(metric))
  let total = 0
  let sumAbs = 0
  let sumSq = 0
  let sumY = 0
  for (let i = 0; i < n; i++) {
    const wi = weights === undefined ? 1 : (weights[i] as number)
    const t = yTrue[i] as number
    const p = yPred[i] as number
    if (!Number.isFinite(t) || !Number.isFinite(p)) throw new RangeError(metricsMessages.notFinite(metric, i))
    const d = t - p
    total += wi
    sumAbs += wi * Math.abs(d)
    sumSq += wi * d * d
    sumY += wi * t
  }
  if (total === 0) throw new UndefinedMetricError(metricsMessages.zeroWeight(metric))
  if (metric === 'mae') return sumAbs / total
  if (metric === 'mape') return meanAbsolutePercentageError(yTrue, yPred, weights)
  if (metric === 'rmse') return Math.sqrt(sumSq / total)
  const mean = sumY / total
  let ssTot = 0
  for (let i = 0; i < n; i++) {
    const wi = weights === undefined ? 1 : (weights[i] as number)
    const d = (yTrue[i] as number) - mean
    ssTot += wi * d * d
  }
  if (ssTot === 0) throw new UndefinedMetricError(metricsMessages.constantTruth(metric))
  return 1 - sumSq / ssTot
}
