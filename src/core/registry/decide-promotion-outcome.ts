import type { Check } from '../gate/check.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { aliasMoveOutputs, movedAliasOutcome, type AliasMove } from './alias-move.js'
import type { PromotionDecision } from './decide-promotion.js'
import {
  forcedPastReports,
  promotionRefused,
  promotionRule,
  promotionWithoutReports,
  reportsPassed,
} from './messages.js'

/**
 * The outcome of promote mode from the promotion decision (`decidePromotion`): the `promotion.reports` check is
 * `pass` when every stored report passed, `warn` when forced past failing ones, `fail` when refused. A refused
 * promotion's title says why and the alias did not move; otherwise the caller has moved it (`move`) and the
 * outcome adds the `promote.alias` check.
 * @example decidePromotionOutcome({ allowed: false, failing: [], forced: false, noReports: true }, { model: 'churn', alias: 'champion', version: 2, digest: 'sha256:ab', previous: 1, reason: undefined }, { allowWarn: false }).checks[0]?.status // => 'fail'
 */
export function decidePromotionOutcome(
  decision: PromotionDecision,
  move: AliasMove,
  policy: { readonly allowWarn: boolean },
): GateOutcome {
  const why = decision.noReports
    ? promotionWithoutReports(move.model, move.version)
    : promotionRefused(move.model, move.version, decision.failing)
  const reports: Check = {
    id: 'promotion.reports',
    status: decision.allowed ? (decision.forced ? 'warn' : 'pass') : 'fail',
    observed: decision.failing.length === 0 ? 'all passing' : decision.failing.join(', '),
    threshold: { rule: promotionRule(policy.allowWarn) },
    message: decision.allowed ? (decision.forced ? forcedPastReports(move.reason) : reportsPassed()) : why,
  }
  if (!decision.allowed) return { title: why, checks: [reports], figures: [], outputs: aliasMoveOutputs(move) }
  return movedAliasOutcome('promote', move, [reports])
}
