import { assessInterval } from './assess-interval.js'
import { verdictAborted, verdictBakeFailed, verdictBakeInconclusive, verdictBaked } from './messages.js'
import type { CanaryPlan, CanaryVerdict, IntervalAssessment, MetricCheckSpec, Observation } from './types.js'

/** Progress of the bake period: intervals judged at 100% and what they found. */
export interface BakeState {
  readonly intervals: number
  readonly passed: number
  readonly failures: number
  readonly inconclusives: number
}

export const BAKE_START: BakeState = { intervals: 0, passed: 0, failures: 0, inconclusives: 0 }

/** One bake interval: the new state, the assessment, and the verdict once the bake period is over. */
export interface BakeStep {
  readonly bake: BakeState
  readonly assessment?: IntervalAssessment
  readonly verdict?: CanaryVerdict
}

/**
 * How many intervals the bake period lasts: the bake duration in whole intervals, rounded up (0: no bake).
 * @example bakeIntervals({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 60000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [], bakeMs: 150000 }) // => 3
 */
export function bakeIntervals(plan: CanaryPlan): number {
  const bakeMs = plan.bakeMs ?? 0
  return bakeMs <= 0 ? 0 : Math.ceil(bakeMs / plan.intervalMs)
}

/**
 * The checks a bake interval is judged on: the absolute ones (`max`, `min`). At 100% the stable model serves no
 * request, so a relative check has no baseline to compare with.
 * @example bakeChecks([{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }, { metric: 'latency', condition: { kind: 'max-relative', tolerance: 0.1 } }]).map((c) => c.metric) // => ['error-rate']
 */
export function bakeChecks(checks: readonly MetricCheckSpec[]): MetricCheckSpec[] {
  return checks.filter((check) => check.condition.kind === 'max' || check.condition.kind === 'min')
}

/**
 * One interval of the bake period, after the rollout reached 100% and before the registry alias moves: the
 * canary serves all traffic and must stay healthy on the absolute checks. A failed interval beyond the plan's
 * `failureLimit` rolls back (`bake-failed`); an inconclusive or trafficless one counts against
 * `inconclusiveLimit` (`inconclusive-limit`); an abort (cancellation) rolls back at once; after
 * `bakeIntervals(plan)` passing intervals the canary is promoted. Pure: the caller moves the traffic.
 * @example advanceBake({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }], bakeMs: 1000 }, { intervals: 0, passed: 0, failures: 0, inconclusives: 0 }, { kind: 'metrics', canary: { 'error-rate': 0.5 }, stable: {}, canaryRequests: 100 }).verdict?.reason // => 'bake-failed'
 */
export function advanceBake(plan: CanaryPlan, bake: BakeState, observation: Observation): BakeStep {
  const total = bakeIntervals(plan)
  if (observation.kind === 'abort')
    return { bake, verdict: rollback('aborted', 'error', verdictAborted(observation.reason)) }
  const assessment = assessInterval(bakeChecks(plan.checks), observation, plan.minRequests ?? 0)
  const counted = { ...bake, intervals: bake.intervals + 1 }
  if (assessment.outcome === 'success') {
    const next = { ...counted, passed: counted.passed + 1 }
    if (next.passed < total) return { bake: next, assessment }
    return {
      bake: next,
      assessment,
      verdict: {
        decision: 'promote',
        reason: 'analysis-passed',
        status: 'pass',
        message: verdictBaked(plan.steps, total),
      },
    }
  }
  if (assessment.outcome === 'failed') {
    const next = { ...counted, failures: counted.failures + 1 }
    if (next.failures <= plan.failureLimit) return { bake: next, assessment }
    return { bake: next, assessment, verdict: rollback('bake-failed', 'fail', verdictBakeFailed(assessment.reason)) }
  }
  const next = { ...counted, inconclusives: counted.inconclusives + 1 }
  if (next.inconclusives <= plan.inconclusiveLimit) return { bake: next, assessment }
  return {
    bake: next,
    assessment,
    verdict: rollback('inconclusive-limit', 'error', verdictBakeInconclusive(next.inconclusives, assessment.reason)),
  }
}

function rollback(reason: CanaryVerdict['reason'], status: CanaryVerdict['status'], message: string): CanaryVerdict {
  return { decision: 'rollback', reason, status, message }
}
