import { decidePromotion, type PromotionDecision } from '../core/registry/decide-promotion.js'
import type { AliasRule } from '../core/registry/resolve-register-policy.js'
import { schemaProblems } from '../io/schema-validator.js'
import type { AliasEvent, AuditEvent, ModelRegistry, ModelVersionRef } from './model-registry.js'

export interface RuledAliasMove {
  readonly model: string
  readonly version: number
  /** The target alias's promotion rule (`aliasRule(policy, alias)`). */
  readonly rule: AliasRule
  /** Move past the rule's refusals; the event records `forced: true`. The caller insists on a reason. */
  readonly force: boolean
  /** The audit record; `forced` and `warnings` are filled in from the decision. */
  readonly audit: Omit<AuditEvent, 'forced' | 'warnings'>
}

export interface RuledAliasMoveResult {
  readonly ref: ModelVersionRef
  readonly decision: PromotionDecision
  /** The recorded move; undefined when the rule refused it and nothing moved. */
  readonly event?: AliasEvent
}

/**
 * The one code path that moves an alias (test/unit/architecture/one-alias-move.test.ts holds every other module to
 * it): reads the version (the backend verifies what it reads), validates its stored reports against
 * schemas/gate-report.schema.json, asks `decidePromotion`, and only when it allows writes the alias with the audit
 * record (warnings accepted, forced).
 * @throws NotFoundError when the version does not exist (nothing moved)
 */
export async function moveAliasByRule(registry: ModelRegistry, move: RuledAliasMove): Promise<RuledAliasMoveResult> {
  const ref = await registry.get(move.model, { version: move.version })
  const problems = ref.card.reports.map((report) =>
    schemaProblems('gate-report', report).map((p) => `${p.path.join('.') || '(report)'} ${p.message}`),
  )
  const decision = decidePromotion(
    { model: ref.name, version: ref.version, reports: ref.card.reports, schemaProblems: problems },
    move.rule,
    { force: move.force },
  )
  if (!decision.allowed) return { ref, decision }
  const event = await registry.setAlias(move.model, move.rule.alias, ref.version, {
    ...move.audit,
    ...(decision.forced ? { forced: true } : {}),
    ...(decision.warnings.length === 0 ? {} : { warnings: decision.warnings }),
  })
  return { ref, decision, event }
}
