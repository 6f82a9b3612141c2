import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decidePromotion, type PromotionDecision } from '../core/registry/decide-promotion.js'
import type { AliasRule } from '../core/registry/resolve-register-policy.js'
import { versionIdentity } from '../core/registry/report-binding.js'
import { checkReportSignatures, readTrustedKeys } from '../io/evidence/report-envelope.js'
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
 * What the promotion rule says about moving `move.version` to `move.rule.alias`, without moving anything: reads the
 * version (the backend verifies what it reads), validates its stored reports against schemas/gate-report.schema.json,
 * checks their signatures where the alias trusts keys, and asks `decidePromotion` (which also binds each report to
 * the version's model digest, files and commit). canary-deploy asks this before any traffic moves.
 * @throws NotFoundError when the version does not exist
 */
export async function judgeAliasMove(
  registry: ModelRegistry,
  move: Omit<RuledAliasMove, 'audit'>,
): Promise<{ readonly ref: ModelVersionRef; readonly decision: PromotionDecision }> {
  const ref = await registry.get(move.model, { version: move.version })
  const problems = ref.card.reports.map((report) =>
    schemaProblems('gate-report', report).map((p) => `${p.path.join('.') || '(report)'} ${p.message}`),
  )
  const keys = readTrustedKeys(move.rule.alias, move.rule.trustedKeys)
  const decision = decidePromotion(
    {
      model: ref.name,
      version: ref.version,
      reports: ref.card.reports,
      schemaProblems: problems,
      identity: versionIdentity(ref.card),
      ...(keys.length === 0
        ? {}
        : { signatures: checkReportSignatures(ref.card.reports, ref.card.signedReports, keys) }),
    },
    move.rule,
    { force: move.force },
  )
  return { ref, decision }
}

/**
 * Reads every stored file of the version and checks its size and sha256 against the card (the backend's download
 * verifies each one), into a scratch folder that is removed afterwards.
 * @throws DigestMismatchError naming the file that was altered (nothing moves)
 */
async function verifyStoredFiles(registry: ModelRegistry, ref: ModelVersionRef): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'modelgate-verify-'))
  try {
    await registry.download(ref, scratch)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * The one code path that moves an alias (test/unit/architecture/one-alias-move.test.ts holds every other module to
 * it): judges the move (judgeAliasMove), and only when decidePromotion allows it verifies every stored file against
 * the card, then writes the alias with the audit record (warnings accepted, forced).
 * @throws NotFoundError when the version does not exist, DigestMismatchError when a stored file was altered (nothing
 * moved in either case)
 */
export async function moveAliasByRule(registry: ModelRegistry, move: RuledAliasMove): Promise<RuledAliasMoveResult> {
  const { ref, decision } = await judgeAliasMove(registry, move)
  if (!decision.allowed) return { ref, decision }
  await verifyStoredFiles(registry, ref)
  const event = await registry.setAlias(move.model, move.rule.alias, ref.version, {
    ...move.audit,
    ...(decision.forced ? { forced: true } : {}),
    ...(decision.warnings.length === 0 ? {} : { warnings: decision.warnings }),
  })
  return { ref, decision, event }
}
