import { newcombeDifferenceInterval } from '../stats/newcombe-difference-interval.js'
import { normalQuantile } from '../stats/normal-quantile.js'
import { twoProportionZTest } from '../stats/two-proportion-z-test.js'
import {
  abArmMissing,
  abBetter,
  abNoVariance,
  abNotBetterEnough,
  abSuccessesExceedTrials,
  abTooFewTrials,
  abWorse,
} from './messages.js'
import type { AbAssessment, AbPlan, ArmCounts } from './types.js'

/**
 * Counts read from Prometheus are floats (`increase()` extrapolates): each is rounded to the nearest whole number;
 * a missing, negative or non-finite count makes the arm unusable.
 */
function usable(arm: ArmCounts): { successes: number; trials: number } | string {
  const { successes, trials } = arm
  if (successes === null || trials === null || !Number.isFinite(successes) || !Number.isFinite(trials))
    return arm.reason ?? 'no value'
  if (successes < 0 || trials < 0) return `negative count (${String(successes)} of ${String(trials)})`
  return { successes: Math.round(successes), trials: Math.round(trials) }
}

const inconclusive = (message: string, partial: Partial<AbAssessment> = {}): AbAssessment => ({
  outcome: 'inconclusive',
  candidate: null,
  stable: null,
  difference: null,
  interval: null,
  pBetter: null,
  pWorse: null,
  ...partial,
  message,
})

/**
 * The A/B judgement at the end of the fixed split (one look, no interim peeking): the candidate's success rate
 * against stable's with the pooled two-proportion z test (statsmodels `proportions_ztest`, one-sided each way) and
 * Newcombe's hybrid score interval for the difference at confidence 1 − alpha (`confint_proportions_2indep(…,
 * method='newcomb')`).
 * - `better`: p(candidate > stable) < alpha and the interval's lower bound exceeds `minLift` (an absolute
 *   difference in rate, 0.01 = one percentage point);
 * - `worse`: p(candidate < stable) < alpha and the interval's upper bound is below 0;
 * - otherwise `inconclusive`, as is an arm with fewer than `minTrials` trials, a missing count, more successes than
 *   trials, or no variance (both arms all successes or all failures).
 * @example assessAb({ weight: 50, durationMs: 60000, alpha: 0.05, minLift: 0, onInconclusive: 'rollback', successQuery: 's', trialsQuery: 't' }, 100, { successes: 300, trials: 1000 }, { successes: 200, trials: 1000 }).outcome // => 'better'
 * @example assessAb({ weight: 50, durationMs: 60000, alpha: 0.05, minLift: 0.2, onInconclusive: 'rollback', successQuery: 's', trialsQuery: 't' }, 100, { successes: 300, trials: 1000 }, { successes: 200, trials: 1000 }).outcome // => 'inconclusive'
 */
export function assessAb(plan: AbPlan, minTrials: number, candidateArm: ArmCounts, stableArm: ArmCounts): AbAssessment {
  const candidate = usable(candidateArm)
  const stable = usable(stableArm)
  if (typeof candidate === 'string') return inconclusive(abArmMissing('candidate', candidate))
  if (typeof stable === 'string') return inconclusive(abArmMissing('stable', stable))
  const counts = { candidate, stable }
  for (const [arm, c] of [
    ['candidate', candidate],
    ['stable', stable],
  ] as const) {
    if (c.successes > c.trials) return inconclusive(abSuccessesExceedTrials(arm, c.successes, c.trials), counts)
    if (c.trials < Math.max(1, minTrials)) return inconclusive(abTooFewTrials(arm, c.trials, minTrials), counts)
  }
  const difference = candidate.successes / candidate.trials - stable.successes / stable.trials
  const pooled = (candidate.successes + stable.successes) / (candidate.trials + stable.trials)
  if (pooled === 0 || pooled === 1) return inconclusive(abNoVariance(), { ...counts, difference })
  const args = [candidate.successes, candidate.trials, stable.successes, stable.trials] as const
  const pBetter = twoProportionZTest(...args, 'larger').pValue
  const pWorse = twoProportionZTest(...args, 'smaller').pValue
  const interval = newcombeDifferenceInterval(...args, normalQuantile(1 - plan.alpha / 2))
  const found = { ...counts, difference, interval, pBetter, pWorse }
  if (pBetter < plan.alpha && interval[0] > plan.minLift)
    return { outcome: 'better', ...found, message: abBetter(plan, found) }
  if (pWorse < plan.alpha && interval[1] < 0) return { outcome: 'worse', ...found, message: abWorse(plan, found) }
  return { outcome: 'inconclusive', ...found, message: abNotBetterEnough(plan, found) }
}
