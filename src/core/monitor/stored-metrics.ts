import type { GateReport } from '../gate/gate-report.js'
import { normalQuantile } from '../stats/normal-quantile.js'
import type { StoredMetric } from './decide-decay.js'
import type { MonitoredMetric } from './metric-estimate.js'

/** The standard error a stored candidate interval implies: its width over 2·z at its confidence, if it has one. */
function intervalStandardError(details: Readonly<Record<string, unknown>> | undefined): number | undefined {
  const lower = details?.candidateLower
  const upper = details?.candidateUpper
  const confidence = details?.confidence
  if (typeof lower !== 'number' || typeof upper !== 'number' || typeof confidence !== 'number') return undefined
  if (!(upper >= lower) || !(confidence > 0 && confidence < 1)) return undefined
  const se = (upper - lower) / (2 * normalQuantile((1 + confidence) / 2))
  return Number.isFinite(se) ? se : undefined
}

/**
 * The champion's stored metrics that can be monitored: the card's `metrics` restricted to `candidates`, each under
 * its own name (`roc-auc`) or, when register-model was given evaluate-vs-champion's metrics file (it flattens
 * numeric leaves with dots), under `metrics.<name>`: what the champion scored when it was the candidate. Each comes
 * with the standard error its stored evaluate-vs-champion report implies (the candidate's own bootstrap interval on
 * the `evaluate.<metric>` check) when that report is on the card. Without one the stored value counts as exact: the
 * test then carries only the current rows' noise, so it alerts somewhat more readily.
 * @example storedMonitoredMetrics({ 'roc-auc': 0.8, rows: 500 }, [], ['roc-auc', 'accuracy']) // => { 'roc-auc': { value: 0.8 } }
 * @example storedMonitoredMetrics({ 'metrics.roc-auc': 0.8, 'championMetrics.roc-auc': 0.7 }, [], ['roc-auc']) // => { 'roc-auc': { value: 0.8 } }
 */
export function storedMonitoredMetrics(
  metrics: Readonly<Record<string, number>>,
  reports: readonly GateReport[],
  candidates: readonly MonitoredMetric[],
): Partial<Record<MonitoredMetric, StoredMetric>> {
  const evaluation = reports.filter((r) => r.gate === 'evaluate-vs-champion').at(-1)
  const stored: Partial<Record<MonitoredMetric, StoredMetric>> = {}
  for (const metric of candidates) {
    const value = metrics[metric] ?? metrics[`metrics.${metric}`]
    if (typeof value !== 'number' || !Number.isFinite(value)) continue
    const check = evaluation?.checks.find((c) => c.id === `evaluate.${metric}`)
    const standardError = intervalStandardError(check?.details)
    stored[metric] = standardError === undefined ? { value } : { value, standardError }
  }
  return stored
}
