import type { ReportSignatures } from '../evidence/report-signature.js'
import type { GateReport } from '../gate/gate-report.js'
import { worstOf } from '../gate/status.js'
import {
  cardDigestMismatch,
  promotionWithoutReports,
  reportCheckedNothing,
  reportInconsistent,
  reportInvalid,
  reportLabel,
  reportBadSignature,
  reportNotPassing,
  reportUnsigned,
  requiredGateMissing,
  warningsNotAllowed,
} from './messages.js'
import { reportBindingProblem, type VersionIdentity } from './report-binding.js'
import type { AliasRule } from './resolve-register-policy.js'

/** What a promotion is judged on: the version's stored reports, and what the caller's schema validator said. */
export interface PromotionEvidence {
  readonly model: string
  readonly version: number
  readonly reports: readonly GateReport[]
  /** Problems of each report against schemas/gate-report.schema.json, by index; absent or [] when it is valid. */
  readonly schemaProblems?: readonly (readonly string[] | undefined)[]
  /** What the version is (its model digest, files, lineage, commit): each report must be about it. */
  readonly identity: VersionIdentity
  /** The reports' signature checks against the alias's trusted keys; read only when the rule has trusted keys. */
  readonly signatures?: ReportSignatures
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

/** Why the report's signature does not satisfy an alias with trusted keys (undefined when it does, or none are set). */
function signatureRefusal(
  label: string,
  index: number,
  rule: AliasRule,
  signatures: ReportSignatures | undefined,
): string | undefined {
  if (rule.trustedKeys.length === 0) return undefined
  const keyIds = signatures?.trustedKeyIds ?? []
  const found = signatures?.checks[index] ?? { kind: 'unsigned' }
  switch (found.kind) {
    case 'verified':
      return undefined
    case 'unsigned':
      return reportUnsigned(label, rule.alias, keyIds)
    case 'bad':
      return reportBadSignature(label, rule.alias, found.keyId, found.problem, keyIds)
  }
}

/** Why one stored report does not satisfy the rule (undefined when it does), and the warnings it brings. */
function judgeReport(
  report: GateReport,
  index: number,
  evidence: PromotionEvidence,
  rule: AliasRule,
): { readonly refusal?: string; readonly warnings: readonly string[] } {
  const label = reportLabel(index, report)
  const problems = evidence.schemaProblems?.[index]
  if (problems !== undefined && problems.length > 0) return { refusal: reportInvalid(label, problems), warnings: [] }
  const unsigned = signatureRefusal(label, index, rule, evidence.signatures)
  if (unsigned !== undefined) return { refusal: unsigned, warnings: [] }
  const unbound = reportBindingProblem(label, report, evidence.identity)
  if (unbound !== undefined) return { refusal: unbound, warnings: [] }
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
 * (schema), signed by a trusted key where the alias lists any, about this version (reportBindingProblem: the same
 * model digest, or its predictions, at its commit), consistent (its status is the worst of its checks) and `pass` — `warn` only where the alias allows
 * warnings, never `skipped` (a gate that checked nothing), `error` or `fail`; every gate the alias requires needs
 * such a report; and a version without reports is never promoted. `force` overrides, and the caller records it.
 * @example decidePromotion({ model: 'churn', version: 2, reports: [], identity: { model: 'churn', modelDigest: 'sha256:00', fileHashes: [], lineageHashes: [] } }, { alias: 'staging', requiredGates: [], allowWarn: false, trustedKeys: [] }, { force: false }).allowed // => false
 */
export function decidePromotion(
  evidence: PromotionEvidence,
  rule: AliasRule,
  options: { readonly force: boolean },
): PromotionDecision {
  const refusals: string[] = []
  const warnings: string[] = []
  const { identity } = evidence
  if (identity.recordedModelDigest !== undefined && identity.recordedModelDigest !== identity.modelDigest)
    refusals.push(
      cardDigestMismatch(evidence.model, evidence.version, identity.recordedModelDigest, identity.modelDigest),
    )
  evidence.reports.forEach((report, index) => {
    const judged = judgeReport(report, index, evidence, rule)
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
