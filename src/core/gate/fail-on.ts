import type { Status } from './status.js'

/**
 * When a gate's step fails: `fail` (default) on fail or error, `warn` also on warn, `never` only
 * reports (the verdict output still says what happened).
 */
export type FailOn = 'fail' | 'warn' | 'never'

export const FAIL_ON_VALUES: readonly FailOn[] = ['fail', 'warn', 'never']

/**
 * Whether the step exits non-zero for this status.
 * @example stepFails('warn', 'fail') // => false
 */
export function stepFails(status: Status, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (status === 'fail' || status === 'error') return true
  return failOn === 'warn' && status === 'warn'
}

export type CheckRunConclusion = 'success' | 'failure' | 'neutral' | 'skipped'

/**
 * The check run conclusion branch protection sees. A status that does not fail the step under `failOn`
 * but is not a pass is `neutral`, so a reviewer still sees it is not green.
 * @example checkRunConclusion('warn', 'fail') // => 'neutral'
 */
export function checkRunConclusion(status: Status, failOn: FailOn): CheckRunConclusion {
  if (stepFails(status, failOn)) return 'failure'
  if (status === 'pass') return 'success'
  if (status === 'skipped') return 'skipped'
  return 'neutral'
}

/** The `verdict` output every gate sets: its status, with error reported as fail (both block). */
export function verdictOutput(status: Status): 'pass' | 'warn' | 'fail' | 'skipped' {
  if (status === 'error') return 'fail'
  return status
}
