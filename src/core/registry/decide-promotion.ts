import type { GateReport } from '../gate/gate-report.js'
import { worstOf } from '../gate/status.js'
import {
  promotionWithoutReports,
  reportCheckedNothing,
  reportInconsistent,
  reportInvalid,
  reportLabel,
  reportNotPassing,
  requiredGateMissing,
  warningsNotAllowed,
} from './messages.js'
import type { AliasRule } from './resolve-register-policy.js'

/** What a promotion is judged on: the version's stored reports, and what the caller's schema validator said. */
export interface PromotionEvidence {
  readonly model: string
  readonly version: number
  readonly reports: readonly GateReport[]
  /** Problems of each report against schemas/gate-report.schema.json, by index; absent or [] when it is valid. */
  readonly schemaProblems?: readonly (readonly string[] | undefined)[]
}

export interface PromotionDecision {
  readonly allowed: boolean
  /** Why the version may not move, one sentence per problem (what, where, how to fix); [] when it may. */
  readonly refusals: readonly string[]
  /** Check ids of the `warn` reports the alias accepted; recorded in the audit event. */
  readonly warnings: readonly string[]
  /** Moved past refusals by `force` (with a reason the caller records). */
  readonly forced: boolean
  readonly rule: AliasRule
}

/** Why one stored report does not satisfy the rule (undefined when it does), and the warnings it brings. */
function judgeReport(
  report: GateReport,
  index: number,
  problems: readonly string[] | undefined,
  rule: AliasRule,
): { readonly refusal?: string; readonly warnings: readonly string[] } {
  const label = reportLabel(index, report)
  if (problems !== undefined && problems.length > 0) return { refusal: reportInvalid(label, problems), warnings: [] }
  const worstCheck = worstOf(report.checks.map((check) => check.status))
  if (report.status !== worstCheck) {
    const named = report.checks.find((check) => check.status === worstCheck)
    return { refusal: reportInconsistent(label, report.status, worstCheck, named?.id), warnings: [] }
  }
  switch (report.status) {
    case 'pass':
      return { warnings: [] }
    case 'skipped':
      return { refusal: reportCheckedNothing(label), warnings: [] }
    case 'warn': {
      const ids = report.checks.filter((check) => check.status === 'warn').map((check) => check.id)
      return rule.allowWarn ? { warnings: ids } : { refusal: warningsNotAllowed(label, rule.alias, ids), warnings: [] }
    }
    case 'error':
    case 'fail': {
      const check = report.checks.find((c) => c.status === report.status)
      return { refusal: reportNotPassing(label, report.status, check?.id, check?.message), warnings: [] }
    }
  }
}

/**
 * The one promotion rule: whether `evidence.version` may move to `rule.alias`. Every stored report must be valid
 * (schema), consistent (its status is the worst of its checks) and `pass` — `warn` only where the alias allows
 * warnings, never `skipped` (a gate that checked nothing), `error` or `fail`; every gate the alias requires needs
 * such a report; and a version without reports is never promoted. `force` overrides, and the caller records it.
 * @example decidePromotion({ model: 'churn', version: 2, reports: [] }, { alias: 'staging', requiredGates: [], allowWarn: false }, { force: false }).allowed // => false
 */
export function decidePromotion(
  evidence: PromotionEvidence,
  rule: AliasRule,
  options: { readonly force: boolean },
): PromotionDecision {
  const refusals: string[] = []
  const warnings: string[] = []
  evidence.reports.forEach((report, index) => {
    const judged = judgeReport(report, index, evidence.schemaProblems?.[index], rule)
    if (judged.refusal !== undefined) refusals.push(judged.refusal)
    warnings.push(...judged.warnings)
  })
  for (const gate of rule.requiredGates)
    if (!evidence.reports.some((report) => report.gate === gate)) refusals.push(requiredGateMissing(gate, rule.alias))
  if (evidence.reports.length === 0 && rule.requiredGates.length === 0)
    refusals.push(promotionWithoutReports(evidence.model, evidence.version))
  const clean = refusals.length === 0
  return {
    allowed: clean || options.force,
    refusals,
    warnings: clean ? warnings : [],
    forced: !clean && options.force,
    rule,
  }
}
