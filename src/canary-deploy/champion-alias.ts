import type { ChampionMove } from '../core/canary/types.js'
import { protectedChampionHint } from '../core/canary/messages.js'
import { ConfigurationError } from '../core/errors.js'
import { policySection } from '../core/policy/policy-document.js'
import { checkAliasProtection } from '../core/registry/check-alias-protection.js'
import { resolveRegisterPolicy } from '../core/registry/resolve-register-policy.js'
import type { ActionContext } from '../github/action-context.js'
import { createRegistry } from '../registry/create-registry.js'
import { Inputs, type CanaryInputs } from './inputs.js'

type RegistryInputs = NonNullable<CanaryInputs['registry']>

/**
 * A promotion moves `champion`: refuses before any traffic moves when register-model's policy protects that alias
 * and this job does not run in the environment it names (the same rule register-model's promote applies). The
 * job's environment is `MODELGATE_ENVIRONMENT`, which the workflow sets in `env:` next to `environment:`.
 * @throws {ConfigurationError} naming `register-model.protected_aliases.champion` and the environment to run in
 */
export function refuseProtectedChampion(context: ActionContext): void {
  const protectedAliases = resolveRegisterPolicy(policySection(context.policy, 'register-model')).protectedAliases
  const refusal = checkAliasProtection('champion', protectedAliases, context.github.environment)
  if (refusal !== undefined) {
    throw new ConfigurationError(
      refusal,
      { input: Inputs.Registry, path: 'register-model.protected_aliases.champion' },
      protectedChampionHint(protectedAliases.champion?.environment ?? ''),
    )
  }
}

/** After a promotion: points the registry's `champion` alias at the version rolled out, with the audit record. */
export async function moveChampion(context: ActionContext, registry: RegistryInputs): Promise<ChampionMove> {
  const client = await createRegistry(registry.url, {
    logger: context.logger,
    signal: context.signal,
    ...(registry.token === undefined ? {} : { token: registry.token }),
  })
  await client.setAlias(registry.model, 'champion', registry.version, {
    by: context.github.actor ?? 'modelgate',
    reason: 'canary analysis passed',
    ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
  })
  return { model: registry.model, version: registry.version }
}
