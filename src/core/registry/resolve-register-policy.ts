import type { GateName } from '../gate/gate-name.js'
import type { RegisterPolicySection } from '../policy/register-policy-section.js'
import type { ProtectedAliases } from './check-alias-protection.js'

export type { RegisterPolicySection }

/** What a promotion to one alias needs (`register-model.promotion.aliases.<alias>`). */
export interface AliasRule {
  readonly alias: string
  /** Gates that each need a stored report that is `pass` (or `warn` when `allowWarn`). */
  readonly requiredGates: readonly GateName[]
  /** Whether `warn` reports satisfy the rule; their warning check ids go into the audit event. */
  readonly allowWarn: boolean
  /**
   * Ed25519 public keys (PEM, or base64 of the SPKI DER) whose signatures the alias trusts. When any is given, every
   * stored report must be signed by one of them (docs/security/evidence.md).
   */
  readonly trustedKeys: readonly string[]
}

/**
 * The gates `champion` requires when the policy does not say: the data the model was judged on was validated, and
 * the candidate beat (or, without a champion, met the floors of) evaluate-vs-champion. fairness-gate is not in the
 * default because not every model has a sensitive attribute; add it in `promotion.aliases.champion.required_gates`.
 */
export const DEFAULT_CHAMPION_GATES: readonly GateName[] = ['validate-data', 'evaluate-vs-champion']

export interface RegisterPolicy {
  /** Registry URL used when the `registry` input is empty. */
  readonly registry: string | undefined
  readonly protectedAliases: ProtectedAliases
  /** Whether stored `warn` reports count as passing for an alias without its own `allow_warn`. Default false. */
  readonly allowWarn: boolean
  /** The promotion rule of each alias the policy names (`champion` always has one). */
  readonly aliases: Readonly<Record<string, AliasRule>>
}

/**
 * Resolves the `register-model` section of the policy file (already validated by its schema) into typed values
 * with defaults.
 * @example resolveRegisterPolicy(undefined).allowWarn // => false
 * @example resolveRegisterPolicy({ protected_aliases: { champion: { environment: 'production' } } }).protectedAliases // => { champion: { environment: 'production' } }
 * @example resolveRegisterPolicy(undefined).aliases.champion?.requiredGates // => ['validate-data', 'evaluate-vs-champion']
 */
export function resolveRegisterPolicy(section: RegisterPolicySection | undefined): RegisterPolicy {
  const protectedAliases: Record<string, { environment: string }> = {}
  for (const [alias, rule] of Object.entries(section?.protected_aliases ?? {}))
    protectedAliases[alias] = { environment: rule.environment }
  const allowWarn = section?.allow_warn ?? false
  const configured = section?.promotion?.aliases ?? {}
  const aliases: Record<string, AliasRule> = {}
  for (const alias of new Set(['champion', ...Object.keys(configured)])) {
    const rule = configured[alias]
    aliases[alias] = {
      alias,
      requiredGates: rule?.required_gates ?? (alias === 'champion' ? DEFAULT_CHAMPION_GATES : []),
      allowWarn: rule?.allow_warn ?? allowWarn,
      trustedKeys: rule?.trusted_keys ?? [],
    }
  }
  return { registry: section?.registry, protectedAliases, allowWarn, aliases }
}

/**
 * The promotion rule of `alias`: the policy's, else no particular gate (every stored report must still satisfy).
 * @example aliasRule(resolveRegisterPolicy(undefined), 'staging') // => { alias: 'staging', requiredGates: [], allowWarn: false, trustedKeys: [] }
 */
export function aliasRule(policy: RegisterPolicy, alias: string): AliasRule {
  return policy.aliases[alias] ?? { alias, requiredGates: [], allowWarn: policy.allowWarn, trustedKeys: [] }
}
