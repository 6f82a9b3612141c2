import { ConfigurationError } from '../errors.js'
import { compareMessages } from './messages.js'
import type { CurrentEvaluationPolicySection, EvaluationPolicySection } from './resolve-evaluation-policy.js'

/** The kebab-case keys of the evaluate-vs-champion section before snake_case (accepted for one release). */
export const DEPRECATED_EVALUATION_KEYS = [
  ['rule-mode', 'rule_mode'],
  ['decision-threshold', 'decision_threshold'],
  ['max-latency-ms', 'max_latency_ms'],
] as const
export const DEPRECATED_SLICE_KEYS = [
  ['min-size', 'min_size'],
  ['on-regression', 'on_regression'],
] as const

/**
 * Maps the old kebab-case keys of the evaluate-vs-champion section (`rule-mode`, `decision-threshold`,
 * `max-latency-ms`, `slices.min-size`, `slices.on-regression`) to their snake_case names, with one warning per
 * old key that names the new one. The old spellings work for one release.
 * @throws {ConfigurationError} when a key is written in both spellings (naming both, at the new key's path)
 * @example
 * normalizeDeprecatedKeys({ 'rule-mode': 'mlflow' }).warnings // => ['evaluate-vs-champion.rule-mode is deprecated: write rule_mode']
 */
export function normalizeDeprecatedKeys(section: EvaluationPolicySection): {
  readonly section: CurrentEvaluationPolicySection
  readonly warnings: readonly string[]
} {
  const warnings: string[] = []
  const rename = (
    from: Readonly<Record<string, unknown>>,
    pairs: readonly (readonly [string, string])[],
    prefix: string,
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...from }
    for (const [oldKey, newKey] of pairs) {
      if (!(oldKey in from)) continue
      const [oldPath, newPath] = [`${prefix}${oldKey}`, `${prefix}${newKey}`]
      if (newKey in from)
        throw new ConfigurationError(
          compareMessages.bothSpellings(oldPath, newPath),
          { path: `evaluate-vs-champion.${newPath}` },
          compareMessages.keepNewSpelling(oldKey, newKey),
        )
      out[newKey] = from[oldKey]
      delete out[oldKey]
      warnings.push(compareMessages.deprecatedKey(oldPath, newPath))
    }
    return out
  }
  const top = rename(section as Readonly<Record<string, unknown>>, DEPRECATED_EVALUATION_KEYS, '')
  if (section.slices !== undefined) top.slices = rename(section.slices, DEPRECATED_SLICE_KEYS, 'slices.')
  return { section: top, warnings }
}
