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

/** One decision with its reason attached (R7). */
export interface Check {
  /** Stable, dotted id: `contract.age.max`, `drift.income.psi`, `fairness.demographic-parity-difference`. */
  readonly id: string
  readonly status: Status
  /** The measured value; `null` where nothing could be measured (status is then 'error'). */
  readonly observed: number | string | boolean | null
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
