import type { Status } from './status.js'
import { formatNumber } from '../report/format-number.js'

/** Bounds a check compares an observed value against. Every field is optional; absent means unbounded. */
export interface Threshold {
  readonly min?: number
  readonly max?: number
  /** For textual thresholds (a pattern, an allowed set, a rule in words). */
  readonly rule?: string
}

/** Where a finding sits in a file, so that a check run can annotate the line. */
export interface SourceLocation {
  readonly file: string
  readonly line?: number
  readonly column?: number
}

/** One offending value of a check: the value as found, its line, and how many rows held it when counted. */
export interface CheckExample {
  readonly value: string | number | boolean | null
  readonly line?: number
  readonly count?: number
}

/** One decision with its reason attached (R7). */
export interface Check {
  /** Stable, dotted id: `contract.age.max`, `drift.income.psi`, `fairness.demographic-parity-difference`. */
  readonly id: string
  readonly status: Status
  /** The measured value; `null` where nothing could be measured (status is then 'error'). */
  readonly observed: number | string | boolean | null
  /**
   * What `observed` is, in a few words, so one table column can hold a count, a p-value or a candidate's value:
   * `violating rows`, `BH-adjusted p`, `candidate recall`, `difference`. Reports show it next to the value.
   */
  readonly measure?: string
  /**
   * Signed room between the value and the bound it is judged against: positive inside the threshold, negative
   * beyond it. Set by a gate whose bound is not in `threshold.min`/`max` (a rule relative to the champion, an
   * interval's worse end); otherwise `checkMargin` derives it from `observed` and the bounds.
   */
  readonly margin?: number
  /** The first offending values (capped by the gate), for the report's table; the same rows as `locations`. */
  readonly examples?: readonly CheckExample[]
  readonly threshold?: Threshold
  /** One line a report can render as is. */
  readonly message: string
  /** Where the finding is (first example row, policy key); check runs turn these into annotations. */
  readonly locations?: readonly SourceLocation[]
  /** Anything else worth keeping in the JSON report (examples, intervals, counts). */
  readonly details?: Readonly<Record<string, unknown>>
}

/**
 * Compares `observed` against inclusive bounds: `warn` instead of `fail` when `severity` says so.
 * @example compareToThreshold('drift.psi', 0.3, { max: 0.2 }).status // => 'fail'
 */
export function compareToThreshold(
  id: string,
  observed: number,
  threshold: Threshold,
  severity: 'fail' | 'warn' = 'fail',
): Check {
  if (!Number.isFinite(observed)) {
    return {
      id,
      status: 'error',
      observed: null,
      threshold,
      message: `${id} could not be computed (${String(observed)})`,
    }
  }
  if (threshold.max !== undefined && observed > threshold.max) {
    return {
      id,
      status: severity,
      observed,
      threshold,
      message: `${id} ${formatNumber(observed)} > ${formatNumber(threshold.max)}`,
    }
  }
  if (threshold.min !== undefined && observed < threshold.min) {
    return {
      id,
      status: severity,
      observed,
      threshold,
      message: `${id} ${formatNumber(observed)} < ${formatNumber(threshold.min)}`,
    }
  }
  return { id, status: 'pass', observed, threshold, message: `${id} ${formatNumber(observed)} within limits` }
}

/**
 * The check's margin: its own `margin`, else the room between a numeric `observed` and the nearer of
 * `threshold.min`/`max` (positive inside, negative beyond); undefined when there is nothing to measure against.
 * @example checkMargin({ id: 'a', status: 'pass', observed: 0.41, threshold: { min: 0.35 }, message: 'm' }) // => 0.06
 * @example checkMargin({ id: 'a', status: 'pass', observed: 'x', message: 'm' }) // => undefined
 */
export function checkMargin(check: Check): number | undefined {
  if (check.margin !== undefined) return check.margin
  const { observed, threshold } = check
  if (typeof observed !== 'number' || !Number.isFinite(observed) || threshold === undefined) return undefined
  const rooms: number[] = []
  if (threshold.min !== undefined) rooms.push(observed - threshold.min)
  if (threshold.max !== undefined) rooms.push(threshold.max - observed)
  if (rooms.length === 0) return undefined
  // Rounded to 12 significant digits, so 0.41 − 0.35 reads 0.06 and not 0.06000000000000005.
  return Number(Math.min(...rooms).toPrecision(12))
}
