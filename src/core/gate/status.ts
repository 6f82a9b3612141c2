/**
 * The one closed set of outcomes a check, a gate or a canary step can have.
 *
 * Severity order, best → worst: pass, skipped, warn, error, fail.
 * - `skipped` means "not configured for this gate", never "no data": it ranks above `pass` only so that a
 *   gate made solely of skipped checks does not read as a pass.
 * - `error` means "could not decide" (missing data, too few rows, an unreachable service). It blocks like
 *   `fail` but ranks below it, so a real failure is what the report names first.
 */
export type Status = 'pass' | 'skipped' | 'warn' | 'error' | 'fail'

export const STATUS_ORDER: readonly Status[] = ['pass', 'skipped', 'warn', 'error', 'fail']

/**
 * The worse of two statuses under STATUS_ORDER.
 * @example worst('warn', 'error') // => 'error'
 */
export function worst(a: Status, b: Status): Status {
  return STATUS_ORDER.indexOf(b) > STATUS_ORDER.indexOf(a) ? b : a
}

/**
 * The status of a set of checks: the worst of those that ran. `skipped` (not configured) only wins when
 * nothing else ran, so one unconfigured check never turns a passing gate into "skipped"; `empty` (default
 * 'error') when the list is empty, because a gate that checked nothing must not pass.
 * @example worstOf(['pass', 'warn']) // => 'warn'
 * @example worstOf(['pass', 'skipped']) // => 'pass'
 */
export function worstOf(statuses: Iterable<Status>, empty: Status = 'error'): Status {
  let result: Status | undefined
  let sawSkipped = false
  for (const status of statuses) {
    if (status === 'skipped') sawSkipped = true
    else result = result === undefined ? status : worst(result, status)
  }
  return result ?? (sawSkipped ? 'skipped' : empty)
}

/** Whether a status blocks promotion on its own ('error' and 'fail'). */
export function isBlocking(status: Status): boolean {
  return status === 'error' || status === 'fail'
}
