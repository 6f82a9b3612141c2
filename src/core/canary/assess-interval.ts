import { worstOf } from '../gate/status.js'
import { assessMetric } from './assess-metric.js'
import { noCanaryTraffic, providerFailed, requestsUnknown, tooFewRequests } from './messages.js'
import type { AnalysisOutcome, IntervalAssessment, MetricCheckSpec, Observation } from './types.js'

/**
 * Judges one analysis interval: the worst of its checks under the shared Status order (failed outranks
 * inconclusive outranks success); `no-traffic` when the canary served zero requests (its metrics are then
 * not judged: an empty rate is not a healthy one). A provider-wide error is inconclusive with its reason.
 * An interval with no checks is inconclusive: nothing checked is nothing passed.
 * With `minRequests` > 0, an interval in which the canary served fewer requests (or an unknown number) is
 * inconclusive, neither a failure nor a pass: 1 error in 19 requests says little about a 1% error rate.
 * @example assessInterval([], { kind: 'provider-error', reason: 'connection refused' }).outcome // => 'inconclusive'
 * @example assessInterval([{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }], { kind: 'metrics', canary: { 'error-rate': 0.0526 }, stable: {}, canaryRequests: 19 }, 100).outcome // => 'inconclusive'
 */
export function assessInterval(
  checks: readonly MetricCheckSpec[],
  observation: Exclude<Observation, { kind: 'abort' }>,
  minRequests = 0,
): IntervalAssessment {
  if (observation.kind === 'provider-error') {
    return { outcome: 'inconclusive', status: 'error', checks: [], reason: providerFailed(observation.reason) }
  }
  if (observation.canaryRequests === 0) {
    return { outcome: 'no-traffic', status: 'error', checks: [], reason: noCanaryTraffic() }
  }
  if (minRequests > 0 && (observation.canaryRequests === null || observation.canaryRequests < minRequests)) {
    const reason =
      observation.canaryRequests === null
        ? requestsUnknown(minRequests)
        : tooFewRequests(observation.canaryRequests, minRequests)
    return { outcome: 'inconclusive', status: 'error', checks: [], reason }
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
