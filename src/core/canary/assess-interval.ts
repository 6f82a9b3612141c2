import { worstOf } from '../gate/status.js'
import { assessMetric } from './assess-metric.js'
import { noCanaryTraffic, providerFailed } from './messages.js'
import type { AnalysisOutcome, IntervalAssessment, MetricCheckSpec, Observation } from './types.js'

/**
 * Judges one analysis interval: the worst of its checks under the shared Status order (failed outranks
 * inconclusive outranks success); `no-traffic` when the canary served zero requests (its metrics are then
 * not judged: an empty rate is not a healthy one). A provider-wide error is inconclusive with its reason.
 * An interval with no checks is inconclusive: nothing checked is nothing passed.
 * @example assessInterval([], { kind: 'provider-error', reason: 'connection refused' }).outcome // => 'inconclusive'
 */
export function assessInterval(
  checks: readonly MetricCheckSpec[],
  observation: Exclude<Observation, { kind: 'abort' }>,
): IntervalAssessment {
  if (observation.kind === 'provider-error') {
    return { outcome: 'inconclusive', status: 'error', checks: [], reason: providerFailed(observation.reason) }
  }
  if (observation.canaryRequests === 0) {
    return { outcome: 'no-traffic', status: 'error', checks: [], reason: noCanaryTraffic() }
  }
  const assessed = checks.map((spec) =>
    assessMetric(
      spec,
      observation.canary[spec.metric] ?? null,
      observation.stable[spec.metric] ?? null,
      observation.errors?.[spec.metric],
    ),
  )
  const status = worstOf(
    assessed.map((check) => check.status),
    'error',
  )
  const outcome: AnalysisOutcome = status === 'fail' ? 'failed' : status === 'pass' ? 'success' : 'inconclusive'
  const worstCheck = assessed.find((check) => check.status === status)
  return {
    outcome,
    status,
    checks: assessed,
    reason: worstCheck?.message ?? 'no metric checks configured; inconclusive',
  }
}
