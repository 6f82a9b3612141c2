import type { CheckAssessment, MetricCheckSpec, MetricValue } from './types.js'
import * as msg from './messages.js'
import { metricOutOfDomain } from './metric-domain.js'

/**
 * Judges one metric of one interval. A missing (`null`) or non-finite value is `inconclusive`, never a
 * success (Argo Rollouts counts an empty Prometheus result as an error, Flagger as "no values found"; both
 * are easy to misread as healthy, so this engine never does). Relative conditions need the stable value too.
 *
 * Outcome → Status: success → pass, inconclusive → error, failed → fail.
 * @example assessMetric({ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }, 0.2, 0.01).outcome // => 'failed'
 */
export function assessMetric(
  spec: MetricCheckSpec,
  canary: MetricValue,
  stable: MetricValue,
  reason?: string,
): CheckAssessment {
  const base = { metric: spec.metric, canary, stable }
  const inconclusive = (message: string): CheckAssessment => ({
    ...base,
    outcome: 'inconclusive',
    status: 'error',
    limit: null,
    message,
  })
  if (canary === null) return inconclusive(msg.metricMissing(spec.metric, 'canary', reason))
  if (!Number.isFinite(canary)) return inconclusive(msg.metricNotFinite(spec.metric, 'canary', canary))
  const canaryDomain = metricOutOfDomain(spec.metric, canary)
  if (canaryDomain !== undefined)
    return inconclusive(msg.metricOutOfDomain(spec.metric, 'canary', canary, canaryDomain))
  const condition = spec.condition
  let limit: number
  let breached: boolean
  if (condition.kind === 'max' || condition.kind === 'min') {
    limit = condition.value
    breached = condition.kind === 'max' ? canary > limit : canary < limit
  } else {
    if (stable === null) return inconclusive(msg.metricMissing(spec.metric, 'stable', reason))
    if (!Number.isFinite(stable)) return inconclusive(msg.metricNotFinite(spec.metric, 'stable', stable))
    const stableDomain = metricOutOfDomain(spec.metric, stable)
    if (stableDomain !== undefined)
      return inconclusive(msg.metricOutOfDomain(spec.metric, 'stable', stable, stableDomain))
    limit = condition.kind === 'max-relative' ? stable * (1 + condition.tolerance) : stable + condition.delta
    breached = canary > limit
  }
  return breached
    ? {
        ...base,
        outcome: 'failed',
        status: 'fail',
        limit,
        message: msg.metricBreached(spec.metric, canary, condition, limit),
      }
    : { ...base, outcome: 'success', status: 'pass', limit, message: msg.metricWithin(spec.metric, canary, condition) }
}
