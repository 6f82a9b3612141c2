import type { Check } from '../gate/check.js'
import { worstOf } from '../gate/status.js'
import { DISPARITY_METRICS } from './fairness-disparities.js'
import { fairnessMessages as msg } from './messages.js'

/**
 * The report's one-sentence title from its checks: the first failing (or erroring, or warning) check's
 * message, or the number of disparity checks that passed.
 * @example fairnessTitle([], 1) // => 'Fairness gate could not decide: no checks ran.'
 */
export function fairnessTitle(checks: readonly Check[], groupings: number): string {
  const status = worstOf(checks.map((c) => c.status))
  const of = (s: string): Check[] => checks.filter((c) => c.status === s)
  if (checks.length === 0) return msg.titleError('no checks ran')
  if (status === 'fail') return msg.titleFail(of('fail')[0]!.message, of('fail').length - 1)
  if (status === 'error') return msg.titleError(of('error')[0]!.message)
  if (status === 'warn') return msg.titleWarn(of('warn')[0]!.message, of('warn').length - 1)
  return msg.titlePass(groupings, checks.filter((c) => DISPARITY_METRICS.some((m) => c.id.endsWith(`.${m}`))).length)
}
