import { ConfigurationError } from '../core/errors.js'
import { moveReason, type AliasMove } from '../core/registry/alias-move.js'
import { decidePromotionOutcome } from '../core/registry/decide-promotion-outcome.js'
import { decideRollbackOutcome } from '../core/registry/decide-rollback-outcome.js'
import { forceNeedsReason, nothingToRollBack, promoteNeedsTarget } from '../core/registry/messages.js'
import { aliasRule, type RegisterPolicy } from '../core/registry/resolve-register-policy.js'
import { rollbackTarget } from '../core/registry/rollback-target.js'
import type { ActionContext } from '../github/action-context.js'
import { assertProtectedAliasMayMove } from '../github/job-environment.js'
import type { AliasEvent, ModelRegistry, ModelVersionRef } from '../registry/model-registry.js'
import { moveAliasByRule } from '../registry/move-alias-by-rule.js'
import { actor } from './actor.js'
import { Inputs, type RegisterInputs } from './inputs.js'
import type { ModeResult } from './mode-result.js'
import { recordDeployment } from './record-deployment.js'

/** The job may move the alias: it runs in the environment the policy names (verified), and a forced move says why. */
async function assertMayMove(context: ActionContext, inputs: RegisterInputs, policy: RegisterPolicy): Promise<void> {
  await assertProtectedAliasMayMove(context, policy.protectedAliases, {
    alias: inputs.alias,
    environment: inputs.environment,
    input: Inputs.Environment,
  })
  if (inputs.force && inputs.reason === undefined)
    throw new ConfigurationError(
      forceNeedsReason(Inputs.Force, Inputs.Reason),
      { input: Inputs.Reason },
      (w) => `say why the gates are overridden in ${w.name(Inputs.Reason)}`,
    )
}

/** The version the alias moves to: the one given, else the rollback target of its history, else from-alias. */
async function target(
  inputs: RegisterInputs,
  registry: ModelRegistry,
  mode: 'promote' | 'rollback',
  history: readonly AliasEvent[],
): Promise<ModelVersionRef> {
  if (mode === 'rollback') {
    const version = inputs.version ?? rollbackTarget(history)
    if (version === undefined)
      throw new ConfigurationError(
        nothingToRollBack(inputs.modelName, inputs.alias),
        { input: Inputs.Alias },
        (w) => `promote a version first, or give ${w.name(Inputs.Version)} explicitly`,
      )
    return await registry.get(inputs.modelName, { version })
  }
  if (inputs.version !== undefined) return await registry.get(inputs.modelName, { version: inputs.version })
  if (inputs.fromAlias !== undefined) return await registry.get(inputs.modelName, { alias: inputs.fromAlias })
  throw new ConfigurationError(
    promoteNeedsTarget(Inputs.Version, Inputs.FromAlias),
    { input: Inputs.Version },
    (w) => `set ${w.setting(Inputs.Version, '7')} or ${w.setting(Inputs.FromAlias, 'challenger')}`,
  )
}

/**
 * promote and rollback modes: either moves the alias only when the promotion rule allows the target version
 * (moveAliasByRule: its stored reports against the alias's required gates, or forced with a reason). Each move is
 * recorded in the alias history and as a GitHub deployment of the job's environment.
 */
export async function moveAlias(
  context: ActionContext,
  inputs: RegisterInputs,
  policy: RegisterPolicy,
  registry: ModelRegistry,
  mode: 'promote' | 'rollback',
): Promise<ModeResult> {
  await assertMayMove(context, inputs, policy)
  const history = await registry.aliasHistory(inputs.modelName, inputs.alias)
  const previous = (await registry.aliases(inputs.modelName))[inputs.alias]
  const ref = await target(inputs, registry, mode, history)
  const move: AliasMove = {
    model: ref.name,
    alias: inputs.alias,
    version: ref.version,
    digest: ref.digest,
    previous,
    reason: moveReason(mode, inputs.reason, previous),
  }
  const { decision, event } = await moveAliasByRule(registry, {
    model: inputs.modelName,
    version: ref.version,
    rule: aliasRule(policy, inputs.alias),
    force: inputs.force,
    audit: {
      at: context.now().toISOString(),
      by: actor(context),
      ...(move.reason === undefined ? {} : { reason: move.reason }),
      ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
    },
  })
  if (event === undefined) return { outcome: decidePromotionOutcome(decision, move), version: ref.version }
  await recordDeployment(context, inputs.environment, {
    model: ref.name,
    version: ref.version,
    alias: inputs.alias,
    registry: registry.description,
    ...(move.reason === undefined ? {} : { reason: move.reason }),
  })
  const outcome = mode === 'rollback' ? decideRollbackOutcome(move) : decidePromotionOutcome(decision, move)
  return { outcome, version: ref.version }
}
