import type {
  AbAssessment,
  CanaryAction,
  CanaryPlan,
  CanaryRun,
  CanaryState,
  CanaryVerdict,
  HealthResult,
  Observation,
  Transition,
} from './types.js'
import { assessInterval } from './assess-interval.js'
import {
  verdictAborted,
  verdictFailureLimit,
  verdictInconclusiveLimit,
  verdictNoTraffic,
  verdictHeld,
  verdictPromoted,
  verdictAbInconclusive,
  verdictAbPromoted,
  verdictAbRolledBack,
  healthCancelled,
} from './messages.js'

const INITIAL_STATE: CanaryState = {
  phase: 'progressing',
  stepIndex: 0,
  passedInStep: 0,
  weight: 0,
  failures: 0,
  inconclusives: 0,
  noTrafficIntervals: 0,
  intervals: 0,
}

/**
 * The run of a rollout that never started because the health check of the new endpoint failed: rolled back with
 * reason `unhealthy` (status fail) at weight 0, no interval judged; nothing moved, so there is nothing to undo.
 * @example unhealthyRun({ healthy: false, message: 'health check failed' }).state.weight // => 0
 */
export function unhealthyRun(health: HealthResult): CanaryRun {
  return {
    verdict: { decision: 'rollback', reason: 'unhealthy', status: 'fail', message: health.message },
    state: { ...INITIAL_STATE, phase: 'rolled-back' },
    timeline: [{ atMs: 0, weight: 0, outcome: 'abort', canary: {}, stable: {}, reason: health.message }],
    health,
  }
}

/**
 * The run of a rollout cancelled during the health check: rolled back with reason `aborted` (status error) at
 * weight 0, as any cancellation; nothing moved, so there is nothing to undo, and the endpoint was not found unhealthy.
 * @example cancelledHealthRun().verdict.reason // => 'aborted'
 */
export function cancelledHealthRun(): CanaryRun {
  const message = healthCancelled()
  return {
    verdict: { decision: 'rollback', reason: 'aborted', status: 'error', message },
    state: { ...INITIAL_STATE, phase: 'rolled-back' },
    timeline: [{ atMs: 0, weight: 0, outcome: 'abort', canary: {}, stable: {}, reason: message }],
    health: { healthy: false, cancelled: true, message },
  }
}

/** Weights at which analysis runs (every step below 100). */
export function analysisSteps(plan: CanaryPlan): readonly number[] {
  return plan.steps.filter((weight) => weight < 100)
}

/**
 * The first transition: move to the first step (or straight to 100 when the plan has no step below 100 —
 * a plan without analysis promotes at once; the resolver refuses such a plan unless asked).
 * @example startCanary({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [] }).actions // => [{ kind: 'set-weight', percent: 10 }]
 */
export function startCanary(plan: CanaryPlan): Transition {
  const first = analysisSteps(plan)[0]
  const initial = INITIAL_STATE
  if (first === undefined)
    return finish(initial, {
      decision: 'promote',
      reason: 'analysis-passed',
      status: 'pass',
      message: verdictPromoted(plan.steps),
    })
  return { state: { ...initial, weight: first }, actions: [setWeight(plan, first)] }
}

/** The action that moves to an analysis weight: mirroring on when the plan mirrors and the weight is 0. */
function setWeight(plan: CanaryPlan, percent: number): CanaryAction {
  return plan.mirror === true && percent === 0
    ? { kind: 'set-weight', percent, mirror: true }
    : { kind: 'set-weight', percent }
}

/**
 * One step of the canary state machine: `(state, observation) → { state, actions, verdict? }`.
 *
 * Semantics (after Argo Rollouts' analysis, with "pause" replaced by rollback since no human resumes a job):
 * - a passing interval counts toward the step; `intervalsPerStep` passes move to the next weight; after the
 *   last weight below 100, the canary is promoted (set 100).
 * - a failed interval increments `failures`; more than `failureLimit` → rollback (set 0).
 * - an inconclusive interval (missing/NaN metric, provider error) increments `inconclusives`; more than
 *   `inconclusiveLimit` → rollback. It never counts as a pass.
 * - a no-traffic interval fails (policy `fail`, counted as a failure) or waits (policy `wait`, at most
 *   `maxIntervals`, then rollback).
 * - `abort` (cancellation, traffic error) → rollback at once.
 * Every interval either advances progress or consumes a bounded budget, so the machine ends within
 * steps × intervalsPerStep + failureLimit + inconclusiveLimit + maxIntervals + 1 intervals, at 0 or 100.
 * A finished state absorbs further observations without actions.
 * @example
 * advanceCanary(
 *   { steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [] },
 *   { phase: 'progressing', stepIndex: 0, passedInStep: 0, weight: 10, failures: 0, inconclusives: 0, noTrafficIntervals: 0, intervals: 0 },
 *   { kind: 'abort', reason: 'cancelled' },
 * ).verdict?.decision // => 'rollback'
 */
export function advanceCanary(plan: CanaryPlan, state: CanaryState, observation: Observation): Transition {
  // A cancellation still rolls back an A/B split that waits for its judgement.
  if (state.phase === 'judging' ? observation.kind !== 'abort' : state.phase !== 'progressing')
    return { state, actions: [] }
  if (observation.kind === 'abort') {
    return finish(state, {
      decision: 'rollback',
      reason: 'aborted',
      status: 'error',
      message: verdictAborted(observation.reason),
    })
  }
  const assessment = assessInterval(plan.checks, observation, plan.minRequests ?? 0)
  const counted: CanaryState = { ...state, intervals: state.intervals + 1 }
  const withAssessment = (transition: Transition): Transition => ({ ...transition, assessment })
  switch (assessment.outcome) {
    case 'success':
      return withAssessment(afterPass(plan, counted))
    case 'failed': {
      const failures = counted.failures + 1
      const next = { ...counted, failures }
      if (failures > plan.failureLimit) {
        return withAssessment(
          finish(next, {
            decision: 'rollback',
            reason: 'failure-limit',
            status: 'fail',
            message: verdictFailureLimit(failures, plan.failureLimit, assessment.reason),
          }),
        )
      }
      return withAssessment({ state: next, actions: [] })
    }
    case 'inconclusive': {
      const inconclusives = counted.inconclusives + 1
      const next = { ...counted, inconclusives }
      if (inconclusives > plan.inconclusiveLimit) {
        return withAssessment(
          finish(next, {
            decision: 'rollback',
            reason: 'inconclusive-limit',
            status: 'error',
            message: verdictInconclusiveLimit(inconclusives, plan.inconclusiveLimit, assessment.reason),
          }),
        )
      }
      return withAssessment({ state: next, actions: [] })
    }
    case 'no-traffic': {
      const noTrafficIntervals = counted.noTrafficIntervals + 1
      if (plan.noTraffic.policy === 'fail') {
        const failures = counted.failures + 1
        const next = { ...counted, noTrafficIntervals, failures }
        if (failures > plan.failureLimit) {
          return withAssessment(
            finish(next, {
              decision: 'rollback',
              reason: 'no-traffic',
              status: 'fail',
              message: verdictNoTraffic(noTrafficIntervals),
            }),
          )
        }
        return withAssessment({ state: next, actions: [] })
      }
      const next = { ...counted, noTrafficIntervals }
      if (noTrafficIntervals > plan.noTraffic.maxIntervals) {
        return withAssessment(
          finish(next, {
            decision: 'rollback',
            reason: 'no-traffic',
            status: 'error',
            message: verdictNoTraffic(noTrafficIntervals),
          }),
        )
      }
      return withAssessment({ state: next, actions: [] })
    }
  }
}

/**
 * The end of an A/B split (state `judging`): the one fixed-horizon judgement of the business metric decides 100%
 * (`better`, reason `ab-better`) or 0% (`worse`, reason `ab-worse`); an inconclusive test does what the plan's
 * `onInconclusive` says (reason `ab-inconclusive`: rollback with status error, or promote with status warn). It never
 * stays at the split. Any other state absorbs the judgement without actions.
 * @example judgeAb({ steps: [50, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [], ab: { weight: 50, durationMs: 1000, alpha: 0.05, minLift: 0, onInconclusive: 'rollback', successQuery: 's', trialsQuery: 't' } }, { phase: 'judging', stepIndex: 0, passedInStep: 1, weight: 50, failures: 0, inconclusives: 0, noTrafficIntervals: 0, intervals: 1 }, { outcome: 'inconclusive', candidate: null, stable: null, difference: null, interval: null, pBetter: null, pWorse: null, message: 'no data' }).state.weight // => 0
 */
export function judgeAb(plan: CanaryPlan, state: CanaryState, assessment: AbAssessment): Transition {
  if (state.phase !== 'judging' || plan.ab === undefined) return { state, actions: [] }
  if (assessment.outcome === 'better')
    return finish(state, {
      decision: 'promote',
      reason: 'ab-better',
      status: 'pass',
      message: verdictAbPromoted(assessment.message),
    })
  if (assessment.outcome === 'worse')
    return finish(state, {
      decision: 'rollback',
      reason: 'ab-worse',
      status: 'fail',
      message: verdictAbRolledBack(assessment.message),
    })
  const promote = plan.ab.onInconclusive === 'promote'
  return finish(state, {
    decision: promote ? 'promote' : 'rollback',
    reason: 'ab-inconclusive',
    status: promote ? 'warn' : 'error',
    message: verdictAbInconclusive(assessment.message, plan.ab.onInconclusive),
  })
}

/**
 * After a passing interval: the step needs more passes, or the next weight follows, or the plan is done — an A/B
 * split waits at its weight for the one judgement (judgeAb), a plan that never reaches 100 (shadow) holds at 0%, and
 * any other promotes.
 */
function afterPass(plan: CanaryPlan, counted: CanaryState): Transition {
  const steps = analysisSteps(plan)
  const passed = counted.passedInStep + 1
  if (passed < plan.intervalsPerStep) return { state: { ...counted, passedInStep: passed }, actions: [] }
  const nextIndex = counted.stepIndex + 1
  const next = steps[nextIndex]
  if (next !== undefined)
    return {
      state: { ...counted, stepIndex: nextIndex, passedInStep: 0, weight: next },
      actions: [setWeight(plan, next)],
    }
  if (plan.ab !== undefined) return { state: { ...counted, passedInStep: passed, phase: 'judging' }, actions: [] }
  const holds = !plan.steps.includes(100)
  return finish(counted, {
    decision: holds ? 'hold' : 'promote',
    reason: 'analysis-passed',
    status: 'pass',
    message: holds ? verdictHeld(counted.intervals) : verdictPromoted(plan.steps),
  })
}

/** The end of a rollout: 100% on promote, 0% (mirroring off) on rollback and hold. */
function finish(state: CanaryState, verdict: CanaryVerdict): Transition {
  const weight = verdict.decision === 'promote' ? 100 : 0
  const phase = verdict.decision === 'promote' ? 'promoted' : verdict.decision === 'hold' ? 'held' : 'rolled-back'
  return {
    state: { ...state, phase, weight },
    actions: [{ kind: 'set-weight', percent: weight }],
    verdict,
  }
}
