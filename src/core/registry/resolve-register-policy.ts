import type { ProtectedAliases } from './check-alias-protection.js'

export interface RegisterPolicy {
  /** Registry URL used when the `registry` input is empty. */
  readonly registry: string | undefined
  readonly protectedAliases: ProtectedAliases
  /** Whether stored `warn` reports count as passing for a promotion. Default false. */
  readonly allowWarn: boolean
}

/**
 * Resolves the `register-model` section of the policy file (already validated by
 * schemas/policy/register-model.schema.json) into typed values with defaults.
 * @example resolveRegisterPolicy(undefined).allowWarn // => false
 */
export function resolveRegisterPolicy(section: unknown): RegisterPolicy {
  const raw = (typeof section === 'object' && section !== null ? section : {}) as Record<string, unknown>
  const protectedRaw = (
    typeof raw.protected_aliases === 'object' && raw.protected_aliases !== null ? raw.protected_aliases : {}
  ) as Record<string, unknown>
  const protectedAliases: Record<string, { environment: string }> = {}
  for (const [alias, rule] of Object.entries(protectedRaw)) {
    const environment = (rule as { environment?: unknown } | null)?.environment
    if (typeof environment === 'string') protectedAliases[alias] = { environment }
  }
  return {
    registry: typeof raw.registry === 'string' ? raw.registry : undefined,
    protectedAliases,
    allowWarn: raw.allow_warn === true,
  }
}
