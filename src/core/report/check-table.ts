import { checkMargin, type Check, type CheckExample } from '../gate/check.js'
import type { Status } from '../gate/status.js'
import { formatNumber } from './format-number.js'

/** Worst first: the order every rendering lists checks in. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'error', 'warn', 'skipped', 'pass']

/** Offending values shown per check in a table; the JSON report keeps the gate's full list. */
export const EXAMPLES_SHOWN = 3
/** Longest offending value shown, in code points (the rest is cut with an ellipsis). */
export const EXAMPLE_LENGTH = 40

/**
 * One row of the one check table every gate renders (Markdown and HTML): check, status, value, threshold,
 * margin, message. Plain text: each renderer escapes it with its own escaper.
 */
export interface CheckRow {
  readonly id: string
  readonly status: Status
  /** The formatted value, `—` when nothing was measured. */
  readonly value: string
  /** What the value is (`violating rows`, `BH-adjusted p`), when the gate named it. */
  readonly measure?: string
  /** The first offending values, already cut: `value`, `line 12`, `×14`. */
  readonly examples: readonly { readonly value: string; readonly where: string }[]
  /** How many offending values the gate recorded beyond those shown. */
  readonly moreExamples: number
  readonly threshold: string
  /** Signed room to the threshold (`+0.06`, `-0.02`), `—` when there is no numeric bound. */
  readonly margin: string
  readonly message: string
}

/**
 * A value for a table cell: numbers formatted, booleans as yes/no, null as —.
 * @example cellText(0.123456) // => '0.1235'
 * @example cellText(null) // => '—'
 */
export function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return value
}

/**
 * The threshold in words: `≥ min`, `≤ max`, then the rule unless it only repeats a bound (`≤ 0.02, ≤ 0.02`).
 * @example thresholdText({ id: 'a', status: 'pass', observed: 0, threshold: { max: 0.02, rule: '≤ 0.02' }, message: 'm' }) // => '≤ 0.02'
 */
export function thresholdText(check: Check): string {
  const t = check.threshold
  if (t === undefined) return '—'
  const parts: string[] = []
  if (t.min !== undefined) parts.push(`≥ ${formatNumber(t.min)}`)
  if (t.max !== undefined) parts.push(`≤ ${formatNumber(t.max)}`)
  if (t.rule !== undefined && t.rule !== '' && !parts.includes(t.rule.trim())) parts.push(t.rule)
  return parts.join(', ') || '—'
}

/**
 * A signed margin: `+0.06` inside the threshold, `-0.02` beyond it, `0` on it.
 * @example marginText(0.06) // => '+0.06'
 * @example marginText(undefined) // => '—'
 */
export function marginText(margin: number | undefined): string {
  if (margin === undefined || !Number.isFinite(margin)) return '—'
  return margin > 0 ? `+${formatNumber(margin)}` : formatNumber(margin)
}

/** `text` cut to EXAMPLE_LENGTH code points, with an ellipsis when cut. */
function cut(text: string): string {
  const points = Array.from(text)
  return points.length <= EXAMPLE_LENGTH ? text : `${points.slice(0, EXAMPLE_LENGTH).join('')}…`
}

function exampleOf(example: CheckExample): { value: string; where: string } {
  const raw =
    example.value === null ? 'null' : typeof example.value === 'string' ? example.value : cellText(example.value)
  const where = [
    ...(example.line === undefined ? [] : [`line ${example.line}`]),
    ...(example.count === undefined ? [] : [`×${example.count}`]),
  ].join(', ')
  return { value: cut(raw), where }
}

/** A check as a table row (see CheckRow); offending values only for checks that did not pass. */
export function checkRow(check: Check): CheckRow {
  const examples = check.status === 'pass' ? [] : (check.examples ?? [])
  return {
    id: check.id,
    status: check.status,
    value: cellText(check.observed),
    ...(check.measure === undefined ? {} : { measure: check.measure }),
    examples: examples.slice(0, EXAMPLES_SHOWN).map(exampleOf),
    moreExamples: Math.max(0, examples.length - EXAMPLES_SHOWN),
    threshold: thresholdText(check),
    margin: marginText(checkMargin(check)),
    message: check.message,
  }
}

/** The checks split for rendering: those that did not pass (worst first), then those that passed. */
export function splitChecks(checks: readonly Check[]): { readonly open: Check[]; readonly passed: Check[] } {
  const sorted = [...checks].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
  return { open: sorted.filter((c) => c.status !== 'pass'), passed: sorted.filter((c) => c.status === 'pass') }
}

/**
 * The decisive check of a report: the first of the worst status (the reason for a failure), or undefined when
 * every check passed (the title then says the decision).
 */
export function decisiveCheck(checks: readonly Check[]): Check | undefined {
  return splitChecks(checks).open[0]
}
