import type { RegisterPolicySection } from '../policy/register-policy-section.js'
import type { ProtectedAliases } from './check-alias-protection.js'

export type { RegisterPolicySection }

export interface RegisterPolicy {
  /** Registry URL used when the `registry` input is empty. */
  readonly registry: string | undefined
  readonly protectedAliases: ProtectedAliases
  /** Whether stored `warn` reports count as passing for a promotion. Default false. */
  readonly allowWarn: boolean
}

/**
 * Resolves the `register-model` section of the policy file (already validated by its schema) into typed values
 * with defaults.
 * @example resolveRegisterPolicy(undefined).allowWarn // => false
 * @example resolveRegisterPolicy({ protected_aliases: { champion: { environment: 'production' } } }).protectedAliases // => { champion: { environment: 'production' } }
 */
export function resolveRegisterPolicy(section: RegisterPolicySection | undefined): RegisterPolicy {
  const protectedAliases: Record<string, { environment: string }> = {}
  for (const [alias, rule] of Object.entries(section?.protected_aliases ?? {}))
    protectedAliases[alias] = { environment: rule.environment }
  return {
    registry: section?.registry,
    protectedAliases,
    allowWarn: section?.allow_warn ?? false,
  }
}
