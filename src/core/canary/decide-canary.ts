import type { Check } from '../gate/check.js'
import { Outputs } from '../gate/action-outputs.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { canaryChecks } from './canary-checks.js'
import { canaryFigures } from './canary-figures.js'
import {
  championMoved,
  titleAb,
  titleHealthCancelled,
  titleHeld,
  titlePromoted,
  titleRolledBack,
  titleUnhealthy,
} from './messages.js'
import type { AbAssessment, CanaryPlan, CanaryRun, CanaryVerdict, ChampionMove } from './types.js'

const out = Outputs['canary-deploy']

/**
 * The canary gate's report of a finished rollout: `canary.health` when the plan has a health check, one check per planned metric (its last judged interval),
 * `canary.decision` (the verdict's status), and `canary.champion` (pass) when a promotion moved the registry
 * alias; the title says promoted to 100% or rolled back to 0% with the reason, the summary is the verdict's
 * message, the figures draw the timeline, and the outputs are the decision, the final weight, the reason and the
 * number of intervals analysed.
 * @example decideCanary({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }] }, { verdict: { decision: 'promote', reason: 'analysis-passed', status: 'pass', message: 'ok' }, state: { phase: 'promoted', stepIndex: 1, passedInStep: 1, weight: 100, failures: 0, inconclusives: 0, noTrafficIntervals: 0, intervals: 2 }, timeline: [] }).title // => 'Canary promoted to 100%'
 */
export function decideCanary(plan: CanaryPlan, run: CanaryRun, champion?: ChampionMove): GateOutcome {
  const { verdict, state } = run
  const checks: Check[] = canaryChecks(plan, verdict, run.lastAssessment)
  if (run.ab !== undefined) checks.splice(checks.length - 1, 0, abCheck(run.ab, plan, verdict))
  if (run.health !== undefined)
    checks.unshift({
      id: 'canary.health',
      status: run.health.healthy ? 'pass' : run.health.cancelled === true ? 'error' : 'fail',
      observed: run.health.healthy ? 'healthy' : run.health.cancelled === true ? 'cancelled' : 'unhealthy',
      message: run.health.message,
    })
  if (champion !== undefined)
    checks.push({
      id: 'canary.champion',
      status: 'pass',
      observed: champion.version,
      message: championMoved(champion.model, champion.version),
    })
  return {
    title: title(run),
    summary: verdict.message,
    checks,
    figures: canaryFigures(plan, run.timeline, {
      weight: state.weight,
      label: verdict.decision === 'promote' ? 'promoted' : 'rolled back',
    }),
    outputs: {
      [out.Decision]: verdict.decision,
      [out.FinalWeight]: String(state.weight),
      [out.Reason]: verdict.reason,
      [out.Intervals]: String(state.intervals),
    },
  }
}

function title(run: CanaryRun): string {
  const { verdict } = run
  if (run.ab !== undefined && verdict.reason.startsWith('ab-')) return titleAb(run.ab.outcome, run.state.weight)
  if (verdict.decision === 'promote') return titlePromoted()
  if (verdict.decision === 'hold') return titleHeld()
  if (verdict.reason === 'unhealthy') return titleUnhealthy()
  if (run.health?.cancelled === true) return titleHealthCancelled()
  return titleRolledBack(verdict.reason)
}

/**
 * The A/B test's check: the difference in success rate (candidate − stable) with Newcombe's interval as its bounds,
 * pass when the candidate was better, fail when worse, and for an inconclusive test the verdict's status (error when
 * it rolled back, warn when the policy promotes an inconclusive test).
 */
function abCheck(ab: AbAssessment, plan: CanaryPlan, verdict: CanaryVerdict): Check {
  return {
    id: 'canary.ab-test',
    status: ab.outcome === 'better' ? 'pass' : ab.outcome === 'worse' ? 'fail' : verdict.status,
    observed: ab.difference,
    measure: 'success-rate difference (candidate − stable)',
    threshold: { min: plan.ab?.minLift ?? 0, rule: `interval above the lift floor at alpha ${String(plan.ab?.alpha)}` },
    message: ab.message,
    details: {
      candidate: ab.candidate,
      stable: ab.stable,
      interval: ab.interval,
      pBetter: ab.pBetter,
      pWorse: ab.pWorse,
    },
  }
}
