import type { Check } from '../gate/check.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { aliasMoveOutputs, movedAliasOutcome, type AliasMove } from './alias-move.js'
import type { PromotionDecision } from './decide-promotion.js'
import {
  forcedPastReports,
  promotionRefused,
  promotionRule,
  reportsPassed,
  reportsPassedWithWarnings,
} from './messages.js'

/** The `promotion.reports` check: what the rule asked and what the stored reports gave. */
function reportsCheck(decision: PromotionDecision, move: AliasMove): Check {
  const { allowed, forced, refusals, warnings, rule } = decision
  return {
    id: 'promotion.reports',
    status: allowed ? (forced || warnings.length > 0 ? 'warn' : 'pass') : 'fail',
    observed:
      refusals.length > 0
        ? `${refusals.length} problem(s)`
        : warnings.length > 0
          ? 'passing with warnings'
          : 'all passing',
    threshold: { rule: promotionRule(rule.requiredGates, rule.allowWarn) },
    message: !allowed
      ? promotionRefused(move.model, move.version, move.alias, refusals)
      : forced
        ? forcedPastReports(move.reason, refusals)
        : warnings.length > 0
          ? reportsPassedWithWarnings(warnings)
          : reportsPassed(),
  }
}

/**
 * The outcome of a promotion from its decision (`decidePromotion`): the `promotion.reports` check is `pass` when
 * every stored report passed, `warn` when the alias accepted warnings or the move was forced, `fail` when refused.
 * A refused promotion's title says why and the alias did not move; otherwise the caller has moved it (`move`) and
 * the outcome adds the `promote.alias` check.
 * @example decidePromotionOutcome({ allowed: false, refusals: ['x'], warnings: [], forced: false, rule: { alias: 'champion', requiredGates: [], allowWarn: false } }, { model: 'churn', alias: 'champion', version: 2, digest: 'sha256:ab', previous: 1, reason: undefined }).checks[0]?.status // => 'fail'
 */
export function decidePromotionOutcome(decision: PromotionDecision, move: AliasMove): GateOutcome {
  const reports = reportsCheck(decision, move)
  if (!decision.allowed)
    return { title: reports.message, checks: [reports], figures: [], outputs: aliasMoveOutputs(move) }
  return movedAliasOutcome('promote', move, [reports])
}
