import { ConfigurationError } from '../errors.js'
import type { GateName } from '../gate/gate-name.js'

/** The action input that tells two runs of the same gate in one PR apart (matrix legs, two steps). */
export const REPORT_KEY_INPUT = 'report-key'

/** What a report key may hold: it becomes part of an HTML comment marker and a check-run name. */
const KEY_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/

/**
 * The `report-key` input, checked: undefined when empty (one run of the gate per PR, the usual case).
 * @example parseReportKey(' gate-1 ') // => 'gate-1'
 * @example parseReportKey('') // => undefined
 * @throws ConfigurationError naming the input when the key holds anything but letters, digits, `.`, `_`, `-`.
 */
export function parseReportKey(value: string | undefined): string | undefined {
  const key = value?.trim() ?? ''
  if (key === '') return undefined
  if (!KEY_PATTERN.test(key))
    throw new ConfigurationError(
      `the report key ${JSON.stringify(key.slice(0, 80))} is not a plain name`,
      { input: REPORT_KEY_INPUT },
      'use 1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-" (e.g. the matrix value: py3-11)',
    )
  return key
}

/**
 * The id of a gate's section in the PR comment: the gate, or `gate:key` for a keyed run.
 * @example sectionId('fairness-gate', 'gate-1') // => 'fairness-gate:gate-1'
 * @example sectionId('fairness-gate', undefined) // => 'fairness-gate'
 */
export function sectionId(gate: GateName, key: string | undefined): string {
  return key === undefined ? gate : `${gate}:${key}`
}

/**
 * The check-run name of a gate's run: `modelgate/<gate>`, with ` (<key>)` for a keyed run.
 * @example checkRunName('fairness-gate', 'gate-1') // => 'modelgate/fairness-gate (gate-1)'
 * @example checkRunName('fairness-gate') // => 'modelgate/fairness-gate'
 */
export function checkRunName(gate: string, key?: string): string {
  return key === undefined ? `modelgate/${gate}` : `modelgate/${gate} (${key})`
}
