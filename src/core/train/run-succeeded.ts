/**
 * Whether a training run succeeded: it exited with 0, within its timeout, and was not cancelled. Only then are its
 * metrics judged and its model kept.
 * @example runSucceeded({ exitCode: 0, timedOut: false, cancelled: false }) // => true
 * @example runSucceeded({ exitCode: null, timedOut: true, cancelled: false }) // => false
 */
export function runSucceeded(run: {
  readonly exitCode: number | null
  readonly timedOut: boolean
  readonly cancelled: boolean
}): boolean {
  return run.exitCode === 0 && !run.timedOut && !run.cancelled
}
