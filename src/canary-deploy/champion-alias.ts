import type { ChampionMove } from '../core/canary/types.js'
import { ConfigurationError } from '../core/errors.js'
import { policySection } from '../core/policy/policy-document.js'
import { canaryNotPromotable, canaryNotPromotableHint, championRefusedAfterRollout } from '../core/registry/messages.js'
import { versionIdentity } from '../core/registry/report-binding.js'
import { aliasRule, resolveRegisterPolicy, type AliasRule } from '../core/registry/resolve-register-policy.js'
import type { ActionContext } from '../github/action-context.js'
import { assertProtectedAliasMayMove } from '../github/job-environment.js'
import { createRegistry } from '../registry/create-registry.js'
import type { ModelRegistry } from '../registry/model-registry.js'
import { judgeAliasMove, moveAliasByRule } from '../registry/move-alias-by-rule.js'
import { Inputs, type CanaryInputs } from './inputs.js'

type RegistryInputs = NonNullable<CanaryInputs['registry']>

/** The registry a promoting canary moves `champion` in, and champion's promotion rule from the policy. */
export interface ChampionTarget {
  readonly registry: ModelRegistry
  readonly inputs: RegistryInputs
  readonly rule: AliasRule
  /** The model digest of the version rolled out (versionIdentity: the card's `modelDigest`, checked against its files). */
  readonly modelDigest: string
}

/**
 * Before any traffic moves: `champion` may move to this version. Refuses when register-model's policy protects that
 * alias and the `environment` input does not name its environment or GitHub has no deployment of it for this run
 * (assertProtectedAliasMayMove), when the version does not exist (NotFoundError),
 * and when the promotion rule (decidePromotion, the rule register-model's promote applies) refuses the version.
 * @throws {ConfigurationError} naming the policy path or the input, and how to fix it
 */
export async function checkChampionTarget(
  context: ActionContext,
  inputs: RegistryInputs,
  environment: string | undefined,
): Promise<ChampionTarget> {
  const policy = resolveRegisterPolicy(policySection(context.policy, 'register-model'))
  await assertProtectedAliasMayMove(context, policy.protectedAliases, {
    alias: 'champion',
    environment,
    input: Inputs.Environment,
  })
  const registry = await createRegistry(inputs.url, {
    logger: context.logger,
    signal: context.signal,
    ...(inputs.token === undefined ? {} : { token: inputs.token }),
  })
  const rule = aliasRule(policy, 'champion')
  const { ref, decision } = await judgeAliasMove(registry, {
    model: inputs.model,
    version: inputs.version,
    rule,
    force: false,
  })
  if (!decision.allowed)
    throw new ConfigurationError(
      canaryNotPromotable(inputs.model, inputs.version, decision.refusals),
      { input: Inputs.Version, path: 'register-model.promotion.aliases.champion' },
      canaryNotPromotableHint(),
    )
  return { registry, inputs, rule, modelDigest: versionIdentity(ref.card).modelDigest }
}

/** After the rollout reached 100% and baked: points `champion` at the version rolled out, through the promotion rule. */
export async function moveChampion(context: ActionContext, target: ChampionTarget): Promise<ChampionMove> {
  const { model, version } = target.inputs
  const { decision, event } = await moveAliasByRule(target.registry, {
    model,
    version,
    rule: target.rule,
    force: false,
    audit: {
      by: context.github.actor ?? 'modelgate',
      reason: 'canary analysis passed',
      ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
    },
  })
  if (event === undefined)
    throw new ConfigurationError(
      championRefusedAfterRollout(model, version, decision.refusals),
      { input: Inputs.Version, path: 'register-model.promotion.aliases.champion' },
      canaryNotPromotableHint(),
    )
  return { model, version }
}

/** The model digest of a version that is only named, not promoted (a shadow): read from the registry, checked nowhere else. */
export async function versionDigest(context: ActionContext, inputs: RegistryInputs): Promise<string> {
  const registry = await createRegistry(inputs.url, {
    logger: context.logger,
    signal: context.signal,
    ...(inputs.token === undefined ? {} : { token: inputs.token }),
  })
  const ref = await registry.get(inputs.model, { version: inputs.version })
  return versionIdentity(ref.card).modelDigest
}
