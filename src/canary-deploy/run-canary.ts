import { advanceBake, BAKE_START, bakeIntervals } from '../core/canary/bake-period.js'
import { assessAb } from '../core/canary/ab-test.js'
import { advanceCanary, judgeAb, startCanary } from '../core/canary/canary-machine.js'
import type {
  AbAssessment,
  CanaryPlan,
  CanaryRun,
  CanaryState,
  CanaryVerdict,
  IntervalAssessment,
  Observation,
  TimelineEntry,
  Transition,
} from '../core/canary/types.js'
import { errorMessage } from '../core/error-message.js'
import type { Logger } from '../core/logger.js'
import { verdictAborted } from '../core/canary/messages.js'
import type { MetricProvider } from '../metric-providers/metric-provider.js'
import type { TrafficRouter } from '../traffic/traffic-router.js'

export interface RunCanaryOptions {
  readonly plan: CanaryPlan
  readonly router: TrafficRouter
  readonly provider: MetricProvider
  readonly now: () => Date
  /** Abortable sleep: resolves after ms, or early when `signal` aborts. */
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  readonly signal: AbortSignal
  readonly logger: Pick<Logger, 'info' | 'warning'>
  /** Called after every weight change that took effect (the main step saves it for the post step). */
  readonly onWeight: (percent: number) => void | Promise<void>
}

/** Default abortable sleep over setTimeout. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}

/**
 * Drives the pure state machine with real I/O: applies its set-weight actions through the router, sleeps one
 * interval, observes, repeats. Cancellation and traffic errors become an `abort` observation, so the
 * machine's rollback is applied too; a router that cannot even roll back rethrows (the post step retries).
 */
export async function runCanary(options: RunCanaryOptions): Promise<CanaryRun> {
  const { plan, router, provider, logger } = options
  const started = options.now().getTime()
  const timeline: TimelineEntry[] = []
  let lastAssessment: IntervalAssessment | undefined
  let ab: AbAssessment | undefined
  let splitStarted = started
  const apply = async (transition: Transition): Promise<void> => {
    for (const action of transition.actions) {
      const mirror = action.mirror === true
      logger.info(
        `canary-deploy: setting canary weight to ${action.percent}%${mirror ? ', mirroring live traffic to it' : ''}`,
      )
      await router.setWeight(action.percent, mirror ? { mirror } : undefined)
      await options.onWeight(action.percent)
      splitStarted = options.now().getTime()
    }
  }
  let transition = startCanary(plan)
  const abort = async (reason: string): Promise<CanaryRun> => {
    transition = advanceCanary(plan, transition.state, { kind: 'abort', reason })
    await apply(transition)
    timeline.push({
      atMs: options.now().getTime() - started,
      weight: transition.state.weight,
      outcome: 'abort',
      canary: {},
      stable: {},
      reason,
    })
    return {
      verdict: transition.verdict as CanaryVerdict,
      state: transition.state,
      timeline,
      ...(lastAssessment ? { lastAssessment } : {}),
    }
  }
  /** The end of an A/B split: the one judgement of the business metric, still at the split. */
  const judge = async (): Promise<Transition> => {
    const abPlan = plan.ab
    if (abPlan === undefined) return transition
    const durationMs = options.now().getTime() - splitStarted
    const none = { successes: null, trials: null, reason: `metrics ${provider.kind} cannot read a business metric` }
    const arms =
      provider.observeArms === undefined
        ? { candidate: none, stable: none }
        : await provider.observeArms(
            { successes: abPlan.successQuery, trials: abPlan.trialsQuery },
            { durationMs, at: options.now() },
          )
    ab = assessAb(abPlan, plan.minRequests ?? 0, arms.candidate, arms.stable)
    logger.info(
      `canary-deploy: A/B test after ${Math.round(durationMs / 1000)} s at ${transition.state.weight}%: ${ab.message}`,
    )
    timeline.push({
      atMs: options.now().getTime() - started,
      weight: transition.state.weight,
      outcome: ab.outcome === 'better' ? 'success' : ab.outcome === 'worse' ? 'failed' : 'inconclusive',
      canary: { 'ab-successes': arms.candidate.successes, 'ab-trials': arms.candidate.trials },
      stable: { 'ab-successes': arms.stable.successes, 'ab-trials': arms.stable.trials },
      reason: ab.message,
    })
    return judgeAb(plan, transition.state, ab)
  }
  try {
    await apply(transition)
    await provider.start()
  } catch (error) {
    return abort(`could not start: ${errorMessage(error)}`)
  }
  timeline.push({
    atMs: 0,
    weight: transition.state.weight,
    outcome: 'start',
    canary: {},
    stable: {},
    reason: `canary at ${transition.state.weight}%`,
  })
  while (transition.verdict === undefined) {
    await options.sleep(plan.intervalMs, options.signal)
    if (options.signal.aborted) return abort('job cancelled')
    const observation: Observation = await provider.observe({ intervalMs: plan.intervalMs, at: options.now() })
    if (options.signal.aborted) return abort('job cancelled')
    const weightDuring = transition.state.weight
    transition = advanceCanary(plan, transition.state, observation)
    lastAssessment = transition.assessment ?? lastAssessment
    timeline.push(intervalEntry(options.now().getTime() - started, weightDuring, observation, transition))
    logger.info(intervalLine(weightDuring, transition))
    if (transition.state.phase === 'judging') {
      const judged = await judge()
      if (options.signal.aborted) return abort('job cancelled')
      transition = judged
    }
    try {
      await apply(transition)
    } catch (error) {
      const reason = `traffic change failed: ${errorMessage(error)}`
      if (transition.verdict === undefined) return abort(reason)
      // The final write failed: a failed rollback is rethrown (the post step retries it); a failed promotion rolls back.
      if (transition.state.weight === 0) throw error
      await router.setWeight(0)
      await options.onWeight(0)
      const state: CanaryState = { ...transition.state, phase: 'rolled-back', weight: 0 }
      timeline.push({
        atMs: options.now().getTime() - started,
        weight: 0,
        outcome: 'abort',
        canary: {},
        stable: {},
        reason,
      })
      return {
        verdict: { decision: 'rollback', reason: 'aborted', status: 'error', message: verdictAborted(reason) },
        state,
        timeline,
        ...(lastAssessment ? { lastAssessment } : {}),
      }
    }
  }
  const rollout: CanaryRun = {
    verdict: transition.verdict,
    state: transition.state,
    timeline,
    ...(lastAssessment ? { lastAssessment } : {}),
    ...(ab ? { ab } : {}),
  }
  if (rollout.verdict.decision !== 'promote' || bakeIntervals(plan) === 0) return rollout
  return await bakeAtFull(options, rollout, started)
}

/**
 * The bake period: at 100%, one observation per interval judged by advanceBake until it promotes or rolls back;
 * a rollback (a failed check, too many inconclusive intervals, cancellation) sets the weight to 0, and a router
 * that cannot rethrows (the post step retries).
 */
async function bakeAtFull(options: RunCanaryOptions, rollout: CanaryRun, started: number): Promise<CanaryRun> {
  const { plan, router, provider, logger } = options
  const timeline = [...rollout.timeline]
  let lastAssessment = rollout.lastAssessment
  let bake = BAKE_START
  logger.info(`canary-deploy: at 100%; baking ${bakeIntervals(plan)} interval(s) before the registry alias moves`)
  for (;;) {
    await options.sleep(plan.intervalMs, options.signal)
    const cancelled: Observation = { kind: 'abort', reason: 'job cancelled' }
    let observation = options.signal.aborted
      ? cancelled
      : await provider.observe({ intervalMs: plan.intervalMs, at: options.now() })
    if (options.signal.aborted) observation = cancelled
    const step = advanceBake(plan, bake, observation)
    bake = step.bake
    lastAssessment = step.assessment ?? lastAssessment
    const reason = step.assessment?.reason ?? (observation.kind === 'abort' ? observation.reason : '')
    timeline.push({
      atMs: options.now().getTime() - started,
      weight: 100,
      outcome: step.assessment?.outcome ?? 'abort',
      canary: observation.kind === 'metrics' ? observation.canary : {},
      stable: observation.kind === 'metrics' ? observation.stable : {},
      reason,
    })
    logger.info(`canary-deploy: bake interval at 100%: ${step.assessment?.outcome ?? 'abort'} (${reason})`)
    if (step.verdict === undefined) continue
    const state: CanaryState = { ...rollout.state, intervals: rollout.state.intervals + bake.intervals }
    const ended = { timeline, ...(lastAssessment ? { lastAssessment } : {}) }
    if (step.verdict.decision === 'promote') return { verdict: step.verdict, state, ...ended }
    logger.info('canary-deploy: setting canary weight to 0%')
    await router.setWeight(0)
    await options.onWeight(0)
    return { verdict: step.verdict, state: { ...state, phase: 'rolled-back', weight: 0 }, ...ended }
  }
}

/** The timeline entry of one observed interval: the weight it ran at, the assessment, the numbers seen. */
function intervalEntry(atMs: number, weight: number, observation: Observation, transition: Transition): TimelineEntry {
  return {
    atMs,
    weight,
    outcome: transition.assessment?.outcome ?? 'abort',
    canary: observation.kind === 'metrics' ? observation.canary : {},
    stable: observation.kind === 'metrics' ? observation.stable : {},
    reason: transition.assessment?.reason ?? '',
  }
}

/** The log line of one observed interval. */
function intervalLine(weight: number, transition: Transition): string {
  return `canary-deploy: interval at ${weight}%: ${transition.assessment?.outcome ?? ''} (${transition.assessment?.reason ?? ''})`
}
