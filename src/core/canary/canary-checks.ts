import type { Check } from '../gate/check.js'
import { describeCondition, neverJudged } from './messages.js'
import type { CanaryPlan, CanaryVerdict, IntervalAssessment } from './types.js'

/**
 * The rollout's checks: one `canary.<metric>` per planned check with its verdict in the last judged interval
 * (`error` when no interval judged it: never a silent pass), then `canary.decision` with the verdict's status.
 * @example canaryChecks({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }] }, { decision: 'promote', reason: 'analysis-passed', status: 'pass', message: 'ok' }, undefined)[0]?.status // => 'error'
 */
export function canaryChecks(plan: CanaryPlan, verdict: CanaryVerdict, last: IntervalAssessment | undefined): Check[] {
  const checks: Check[] = plan.checks.map((spec) => {
    const judged = last?.checks.find((c) => c.metric === spec.metric)
    const threshold = {
      rule: describeCondition(spec.condition),
      ...(judged?.limit == null ? {} : spec.condition.kind === 'min' ? { min: judged.limit } : { max: judged.limit }),
    }
    if (judged === undefined)
      return {
        id: `canary.${spec.metric}`,
        status: 'error',
        observed: null,
        threshold,
        message: neverJudged(spec.metric, last?.reason),
      }
    return {
      id: `canary.${spec.metric}`,
      status: judged.status,
      observed: judged.canary !== null && Number.isFinite(judged.canary) ? judged.canary : null,
      measure: `canary ${spec.metric}`,
      threshold,
      message: judged.message,
      details: { stable: judged.stable },
    }
  })
  checks.push({
    id: 'canary.decision',
    status: verdict.status,
    observed: verdict.decision,
    threshold: { rule: `failure limit ${plan.failureLimit}, inconclusive limit ${plan.inconclusiveLimit}` },
    message: verdict.message,
    details: { reason: verdict.reason },
  })
  return checks
}
