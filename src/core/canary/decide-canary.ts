import type { Check } from '../gate/check.js'
import { Outputs } from '../gate/action-outputs.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { canaryChecks } from './canary-checks.js'
import { canaryFigures } from './canary-figures.js'
import { championMoved, titleHeld, titlePromoted, titleRolledBack, titleUnhealthy } from './messages.js'
import type { CanaryPlan, CanaryRun, ChampionMove } from './types.js'

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
  if (run.health !== undefined)
    checks.unshift({
      id: 'canary.health',
      status: run.health.healthy ? 'pass' : 'fail',
      observed: run.health.healthy ? 'healthy' : 'unhealthy',
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
    title:
      verdict.decision === 'promote'
        ? titlePromoted()
        : verdict.decision === 'hold'
          ? titleHeld()
          : verdict.reason === 'unhealthy'
            ? titleUnhealthy()
            : titleRolledBack(verdict.reason),
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
