import type { Check } from '../gate/check.js'
import type { MetricName } from '../metrics/metric-name.js'
import { formatNumber } from '../report/format-number.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import { compareMessages as m } from './messages.js'
import type { SliceComparison } from './slice-comparison.js'

/** Unbounded error metrics: a slice tolerance in their units means nothing, so it is a share of the champion's value. */
const RELATIVE_TOLERANCE_METRICS: readonly MetricName[] = ['mae', 'rmse', 'mape', 'log-loss']

/**
 * The check of one judged slice on a ruled metric, else undefined (no rule, or a slice too small: compareSlices
 * marks those `skipped`, and decideEvaluation names them in the summary). A slice regresses when the better end of
 * its paired interval (family-wise, Bonferroni over the judged slices × metrics) is worse than the champion by more
 * than the tolerance: `slices.tolerance` in metric units for bounded metrics (accuracy, AUC, F1, Brier, R²…),
 * `slices.relative_tolerance` × |champion's slice value| for error metrics (mae, rmse, log-loss). A regression is
 * `slices.on_regression` (fail or warn); otherwise the slice passes ("no regression shown"). A metric undefined on
 * the slice, or on more than `sample.max_undefined_share` of its resamples, warns. Literal evidence without an
 * interval is judged on the point difference.
 * @example
 * sliceCheck({ kind: 'defined', column: 'region', value: 'eu', rows: 100, metric: 'roc-auc', greaterIsBetter: true, champion: 0.8, candidate: 0.7, lower: -0.15, upper: -0.05, confidence: 0.99 }, { rules: [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0 }], sample: { maxUndefinedShare: 0.05 }, slices: { minSize: 30, tolerance: 0.02, relativeTolerance: 0.05, onRegression: 'fail' } })?.status // => 'fail'
 */
export function sliceCheck(
  s: SliceComparison,
  policy: {
    readonly rules: EvaluationPolicy['rules']
    readonly sample: Pick<EvaluationPolicy['sample'], 'maxUndefinedShare'>
    readonly slices: Pick<EvaluationPolicy['slices'], 'minSize' | 'tolerance' | 'relativeTolerance' | 'onRegression'>
  },
): Check | undefined {
  if (s.kind === 'skipped' || s.rows < policy.slices.minSize) return undefined
  const rule = policy.rules.find((r) => r.metric === s.metric)
  if (rule === undefined) return undefined
  const id = `evaluate.slice.${s.column}.${s.value}.${s.metric}`
  const name = `${s.column}=${s.value}`
  if (s.kind === 'undefined')
    return {
      id,
      status: 'warn',
      observed: null,
      message: m.sliceUndefined(s.metric, s.column, s.value, s.rows, s.reason),
    }
  const relative = RELATIVE_TOLERANCE_METRICS.includes(s.metric)
  const { tolerance: absolute, relativeTolerance, onRegression } = policy.slices
  const tolerance = relative ? relativeTolerance * Math.abs(s.champion) : absolute
  const toleranceText = m.sliceTolerance(relative ? relativeTolerance : absolute, relative)
  const difference = s.candidate - s.champion
  const orient = (d: number): number => (s.greaterIsBetter ? d : -d)
  const lower = s.lower ?? difference
  const upper = s.upper ?? difference
  const better = Math.max(orient(lower), orient(upper))
  const interval = `${formatNumber(difference)} [${formatNumber(lower)}, ${formatNumber(upper)}]${s.confidence === undefined ? '' : ` (${formatNumber(s.confidence * 100)}%)`}`
  const details = {
    rows: s.rows,
    champion: s.champion,
    candidate: s.candidate,
    lower,
    upper,
    ...(s.confidence === undefined ? {} : { confidence: s.confidence }),
    ...(s.undefinedResamples === undefined ? {} : { undefinedResamples: s.undefinedResamples }),
    tolerance,
  }
  // Fails only when even the interval's better end regresses beyond the tolerance: that end decides the margin.
  const margin = Number((better + tolerance).toPrecision(12))
  const base = {
    id,
    observed: difference,
    measure: 'difference vs champion',
    ...(Number.isFinite(margin) ? { margin } : {}),
    threshold: { rule: toleranceText },
    details,
  }
  const missing = s.undefinedResamples ?? 0
  const share = missing === 0 ? 0 : missing / (missing + (s.resamples ?? 0))
  if (share > policy.sample.maxUndefinedShare)
    return {
      ...base,
      status: 'warn',
      message: m.sliceUndefinedShare(s.metric, name, share, policy.sample.maxUndefinedShare),
    }
  if (better < -tolerance)
    return {
      ...base,
      status: onRegression,
      message: m.sliceRegressesInterval(s.metric, name, s.rows, s, interval, toleranceText),
    }
  return { ...base, status: 'pass', message: m.sliceNoRegression(s.metric, name, interval, toleranceText) }
}
