import type { Check } from '../gate/check.js'
import type { Status } from '../gate/status.js'
import { worstOf } from '../gate/status.js'
import { formatNumber } from '../report/format-number.js'
import { checkMetricRule } from './check-metric-rule.js'
import { describeRule } from './describe-rule.js'
import type { EvaluationDecision } from './evaluation-decision.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import type { LatencyComparison, LatencyUnmeasured } from './latency-comparison.js'
import { compareMessages as m } from './messages.js'
import type { MetricComparison } from './metric-comparison.js'
import type { SliceComparison } from './slice-comparison.js'

/** The checks of one evaluation and the decision they add up to (decideEvaluation words it for the report). */
export interface EvaluationJudgement {
  readonly decision: EvaluationDecision
  /** One line per check that is not `pass`, worst first; the decision's reasons. */
  readonly reasons: readonly string[]
  readonly checks: readonly Check[]
  /** Verdict per metric for the side-by-side table. */
  readonly verdicts: Readonly<Record<string, string>>
}

/**
 * The checks of evaluate-vs-champion and the decision, a pure function of the comparisons and the policy.
 * Per rule (metric with a rule):
 * - the floor/ceiling (`threshold`) is checked on the candidate's point value;
 * - with `evidence: interval` the change rules are checked at the worst plausible candidate value
 *   (champion + the interval end in the worse direction): met → pass; not met even at the best plausible
 *   value → fail; otherwise → warn (inconclusive). With `evidence: point` the point estimate decides;
 * - a metric undefined on the data → error.
 * Slices: a slice of at least `minSize` rows whose difference is worse than −tolerance → `onRegression`.
 * Latency: candidate p95 above `maxLatencyMs` → fail; a budget that could not be measured (`{ missing }`) → a
 * `skipped` check naming the missing inputs (the budget is not judged, and it does not change the decision).
 * Decision: any fail → reject; else any error or warn from a rule → hold; else promote (slice warnings are
 * reported but do not hold). No rule at all → hold (nothing decided).
 * The policy is a resolved one (resolveEvaluationPolicy rejects the rules a rule mode forbids).
 * @throws {RangeError} for a rule its rule mode rejects, which only an unresolved policy can hold (see checkMetricRule)
 * @example
 * judgeEvaluation([], resolveEvaluationPolicy({}, {}).policy).decision // => 'hold'
 */
export function judgeEvaluation(
  comparisons: readonly MetricComparison[],
  policy: EvaluationPolicy,
  slices: readonly SliceComparison[] = [],
  latency?: LatencyComparison | LatencyUnmeasured,
): EvaluationJudgement {
  const checks: Check[] = []
  const verdicts: Record<string, string> = {}
  let ruleStatuses: Status[] = []
  for (const c of comparisons) {
    const rule = policy.rules.find((r) => r.metric === c.metric)
    if (rule === undefined) {
      verdicts[c.metric] = c.kind === 'defined' ? 'reported' : 'undefined'
      continue
    }
    const ruleText = describeRule(rule, policy.ruleMode)
    const id = `evaluate.${c.metric}`
    if (c.kind === 'undefined') {
      checks.push({
        id,
        status: 'error',
        observed: null,
        threshold: { rule: ruleText },
        message: m.metricUndefined(c.metric, c.reason),
      })
      verdicts[c.metric] = 'error'
      ruleStatuses.push('error')
      continue
    }
    const details = {
      champion: c.champion,
      candidate: c.candidate,
      difference: c.difference,
      lower: c.lower,
      upper: c.upper,
      confidence: c.confidence,
      probabilityBetter: c.probabilityBetter,
      ...(c.test === undefined ? {} : { test: c.test }),
    }
    const floorRule = {
      metric: rule.metric,
      greaterIsBetter: rule.greaterIsBetter,
      ...(rule.threshold === undefined ? {} : { threshold: rule.threshold }),
    }
    const changeRule = {
      metric: rule.metric,
      greaterIsBetter: rule.greaterIsBetter,
      ...(rule.minAbsoluteChange === undefined ? {} : { minAbsoluteChange: rule.minAbsoluteChange }),
      ...(rule.minRelativeChange === undefined ? {} : { minRelativeChange: rule.minRelativeChange }),
    }
    const floorOk = checkMetricRule(floorRule, c.candidate, undefined, policy.ruleMode).passed
    const pointOk = checkMetricRule(changeRule, c.candidate, c.champion, policy.ruleMode).passed
    const worseEnd = rule.greaterIsBetter ? c.lower : c.upper
    const betterEnd = rule.greaterIsBetter ? c.upper : c.lower
    const worstOk = checkMetricRule(changeRule, c.champion + worseEnd, c.champion, policy.ruleMode).passed
    const bestOk = checkMetricRule(changeRule, c.champion + betterEnd, c.champion, policy.ruleMode).passed
    const interval = `${formatNumber(c.difference)} [${formatNumber(c.lower)}, ${formatNumber(c.upper)}]`
    const floor = rule.threshold ?? Number.NaN
    let status: Status
    let message: string
    if (!floorOk) {
      status = 'fail'
      message = m.floorResult(c.metric, c.candidate, floor, rule.greaterIsBetter, false)
    } else if (rule.minAbsoluteChange === undefined && rule.minRelativeChange === undefined) {
      // A floor alone says nothing about the champion: report the candidate's value, not the difference.
      status = 'pass'
      message = m.floorResult(c.metric, c.candidate, floor, rule.greaterIsBetter, true)
    } else if (policy.evidence === 'point') {
      status = pointOk ? 'pass' : 'fail'
      message = m.pointResult(c.metric, c.difference, ruleText, pointOk)
    } else if (worstOk) {
      status = 'pass'
      message = m.intervalClears(c.metric, interval, ruleText, c.confidence)
    } else if (!bestOk) {
      status = 'fail'
      message = m.intervalFails(c.metric, interval, ruleText, c.confidence)
    } else {
      status = 'warn'
      message = m.intervalInconclusive(c.metric, interval, ruleText)
    }
    verdicts[c.metric] = status === 'pass' ? 'meets rule' : status === 'fail' ? 'fails rule' : 'inconclusive'
    ruleStatuses.push(status)
    checks.push({ id, status, observed: c.difference, threshold: { rule: ruleText }, message, details })
  }
  if (ruleStatuses.length === 0) {
    checks.push({ id: 'evaluate.rules', status: 'error', observed: null, message: m.noRule })
    ruleStatuses = ['error']
  }
  const sliceStatuses: Status[] = []
  for (const s of slices) {
    if (s.rows < policy.slices.minSize) continue
    const rule = policy.rules.find((r) => r.metric === s.metric)
    if (rule === undefined) continue
    const id = `evaluate.slice.${s.column}.${s.value}.${s.metric}`
    if (s.kind === 'undefined') {
      checks.push({
        id,
        status: 'warn',
        observed: null,
        message: m.sliceUndefined(s.metric, s.column, s.value, s.rows, s.reason),
      })
      sliceStatuses.push('warn')
      continue
    }
    const oriented = s.greaterIsBetter ? s.candidate - s.champion : s.champion - s.candidate
    const regressed = oriented < -policy.slices.tolerance
    const status: Status = regressed ? policy.slices.onRegression : 'pass'
    sliceStatuses.push(status)
    checks.push({
      id,
      status,
      observed: s.candidate - s.champion,
      threshold: { rule: m.sliceTolerance(policy.slices.tolerance) },
      message: regressed
        ? m.sliceRegresses(s.metric, s.column, s.value, s.rows, s.champion, s.candidate, policy.slices.tolerance)
        : m.sliceWithin(s.metric, s.column, s.value),
      details: { rows: s.rows, champion: s.champion, candidate: s.candidate },
    })
  }
  if (policy.maxLatencyMs !== undefined && (latency === undefined || 'missing' in latency)) {
    checks.push({
      id: 'evaluate.latency.p95',
      status: 'skipped',
      observed: null,
      threshold: { max: policy.maxLatencyMs },
      message: m.latencyNotMeasured(policy.maxLatencyMs, latency?.missing ?? []),
    })
  } else if (latency !== undefined && !('missing' in latency) && policy.maxLatencyMs !== undefined) {
    const over = latency.candidate.p95 > policy.maxLatencyMs
    const status: Status = over ? 'fail' : 'pass'
    sliceStatuses.push(status)
    checks.push({
      id: 'evaluate.latency.p95',
      status,
      observed: latency.candidate.p95,
      threshold: { max: policy.maxLatencyMs },
      message: m.latencyResult(latency.candidate.p95, latency.champion.p95, policy.maxLatencyMs, over),
      details: { ...latency },
    })
  }
  const ruleWorst = worstOf(ruleStatuses)
  const anyFail = ruleWorst === 'fail' || sliceStatuses.includes('fail')
  const decision: EvaluationDecision = anyFail ? 'reject' : ruleWorst === 'pass' ? 'promote' : 'hold'
  const order: Status[] = ['fail', 'error', 'warn']
  const reasons = order.flatMap((st) => checks.filter((c) => c.status === st).map((c) => c.message))
  return { decision, reasons, checks, verdicts }
}
