import { protectedAlias } from './messages.js'

/** Policy `protected_aliases`: alias → the GitHub environment the job must run in to move it. */
export type ProtectedAliases = Readonly<Record<string, { readonly environment: string }>>

/**
 * Returns the refusal message when `alias` is protected and the job's environment is not the one the
 * policy names, else undefined.
 * @example
 * checkAliasProtection('champion', { champion: { environment: 'production' } }, undefined)
 * // => 'alias "champion" is protected: it only moves from a job that runs in the GitHub environment "production", and this job runs in none'
 */
export function checkAliasProtection(
  alias: string,
  rules: ProtectedAliases,
  environment: string | undefined,
): string | undefined {
  const rule = rules[alias]
  if (rule === undefined || rule.environment === environment) return undefined
  return protectedAlias(alias, rule.environment, environment)
}
