import type { Check, CheckExample, SourceLocation } from '../gate/check.js'
import type { Status } from '../gate/status.js'
import type { Severity } from './contract.js'
import { contractMessages } from './messages.js'

/** What a broken rule's check reports: `fail` for severity error, `warn` for severity warning. */
export function brokenStatus(severity: Severity | undefined): Status {
  return severity === 'warning' ? 'warn' : 'fail'
}

/** The counts and options a row-level rule with `mostly` is judged on (one scan, or shards summed). */
export interface MostlyTally {
  readonly id: string
  readonly column: string
  /** The rule as written (`max: 120`), for the message and the threshold. */
  readonly rule: string
  /** Non-null cells that break the rule. */
  readonly count: number
  /** Non-null cells the rule was judged on (the denominator of `mostly`). */
  readonly considered: number
  /** All rows, for `details.fraction` (the share of rows that break the rule, as without `mostly`). */
  readonly rows: number
  readonly mostly: number
  readonly severity: Severity
  readonly examples: readonly CheckExample[]
  /** Where the examples are (aligned with them; shards can be different files). */
  readonly locations: readonly SourceLocation[]
}

/**
 * The check of a row-level rule with `mostly` (Great Expectations' semantics): it passes when the share of non-null
 * cells that satisfy it, (considered − count) / considered, is ≥ mostly; no non-null cell at all passes (nothing
 * breaks the rule; the nulls check judges missing values). `observed` is that share. The same function judges one
 * scan and the summed shards (combineShardChecks), so both give the same check.
 * @throws never
 * @example
 * mostlyCheck({ id: 'contract.a.max', column: 'a', rule: 'max: 1', count: 5, considered: 100, rows: 100, mostly: 0.95, severity: 'error', examples: [], locations: [] }).status // => 'pass'
 * @example
 * mostlyCheck({ id: 'contract.a.max', column: 'a', rule: 'max: 1', count: 6, considered: 100, rows: 100, mostly: 0.95, severity: 'error', examples: [], locations: [] }).status // => 'fail'
 */
export function mostlyCheck(t: MostlyTally): Check {
  const satisfied = t.considered - t.count
  const share = t.considered > 0 ? satisfied / t.considered : 1
  const ok = share >= t.mostly
  return {
    id: t.id,
    status: ok ? 'pass' : brokenStatus(t.severity),
    observed: share,
    measure: 'share of non-null rows satisfying',
    threshold: { min: t.mostly, rule: `${t.rule}, mostly: ${t.mostly}` },
    message: contractMessages.mostly(t.column, t.rule, t.count, t.considered, share, t.mostly, ok, t.severity),
    ...(t.count > 0 ? { locations: t.locations, examples: t.examples } : {}),
    details: {
      count: t.count,
      considered: t.considered,
      fraction: t.rows > 0 ? t.count / t.rows : 0,
      mostly: t.mostly,
      rule: t.rule,
      column: t.column,
      ...(t.severity === 'warning' ? { severity: t.severity } : {}),
    },
  }
}
