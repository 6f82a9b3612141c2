import type { Check } from '../gate/check.js'
import type { LatencyComparison, LatencyUnmeasured } from '../compare/latency-comparison.js'
import type { LatencyPolicy } from './latency-policy.js'
import { governanceMessages as m } from './messages.js'
import { formatNumber } from '../report/format-number.js'

/** The budget keys of a latency policy, with their check ids and the words a message uses. */
function configuredBudgets(policy: LatencyPolicy): { id: string; text: string }[] {
  return [
    ...(policy.maxP95Ms === undefined
      ? []
      : [{ id: 'evaluate.latency.p95', text: `p95 ≤ ${formatNumber(policy.maxP95Ms)} ms` }]),
    ...(policy.maxP99Ms === undefined
      ? []
      : [{ id: 'evaluate.latency.p99', text: `p99 ≤ ${formatNumber(policy.maxP99Ms)} ms` }]),
    ...(policy.maxRelativeSlowdown === undefined
      ? []
      : [{ id: 'evaluate.latency.slowdown', text: `slowdown ≤ ${formatNumber(policy.maxRelativeSlowdown * 100)}%` }]),
  ]
}

/**
 * The latency checks of evaluate-vs-champion, one per configured budget:
 * - `evaluate.latency.p95` / `.p99`: the candidate's per-request quantile above its budget → fail;
 * - `evaluate.latency.slowdown`: candidate p95 / champion p95 − 1 above `maxRelativeSlowdown` → fail (not judged
 *   without a champion, like every change rule; a champion p95 of 0 → error).
 * A budget that could not be measured (`{ missing }`, or no measurement at all) is an `error` check naming the
 * inputs it needs: never a skip, never a pass.
 * @example
 * latencyChecks({ maxP95Ms: 50, warmupRequests: 10, requests: 100, requestTimeoutMs: 9, startupTimeoutMs: 9 }, { missing: [] })[0]?.status // => 'error'
 */
export function latencyChecks(
  policy: LatencyPolicy,
  latency: LatencyComparison | LatencyUnmeasured | undefined,
): Check[] {
  if (latency === undefined || 'missing' in latency) {
    const missing = latency?.missing ?? []
    return configuredBudgets(policy).map(({ id, text }) => ({
      id,
      status: 'error',
      observed: null,
      message: m.latencyNotMeasured(text, missing),
      details: { missing },
    }))
  }
  const checks: Check[] = []
  const details = { ...latency }
  const quantile = (id: string, q: 'p95' | 'p99', budget: number | undefined): void => {
    if (budget === undefined) return
    const observed = latency.candidate[q]
    const over = observed > budget
    checks.push({
      id,
      status: over ? 'fail' : 'pass',
      observed,
      threshold: { max: budget },
      message: m.latencyQuantile(q, observed, latency.champion?.[q], budget, over),
      details,
    })
  }
  quantile('evaluate.latency.p95', 'p95', policy.maxP95Ms)
  quantile('evaluate.latency.p99', 'p99', policy.maxP99Ms)
  const max = policy.maxRelativeSlowdown
  if (max !== undefined && latency.champion !== undefined) {
    const champion = latency.champion.p95
    const candidate = latency.candidate.p95
    if (!(champion > 0)) {
      checks.push({
        id: 'evaluate.latency.slowdown',
        status: 'error',
        observed: null,
        message: m.latencyChampionZero,
        details,
      })
    } else {
      const slowdown = candidate / champion - 1
      const over = slowdown > max
      checks.push({
        id: 'evaluate.latency.slowdown',
        status: over ? 'fail' : 'pass',
        observed: slowdown,
        threshold: { max },
        message: m.latencySlowdown(slowdown, candidate, champion, max, over),
        details,
      })
    }
  }
  return checks
}
