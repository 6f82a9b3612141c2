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
import type { DefinedMetricComparison, MetricComparison, UndefinedMetricComparison } from './metric-comparison.js'
import type { MetricRule } from './metric-rule.js'
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
    const check = c.kind === 'undefined' ? undefinedMetricCheck(c, rule, policy) : ruleCheck(c, rule, policy)
    verdicts[c.metric] = c.kind === 'undefined' ? 'error' : ruleVerdict(check.status)
    ruleStatuses.push(check.status)
    checks.push(check)
  }
  if (ruleStatuses.length === 0) {
    checks.push({ id: 'evaluate.rules', status: 'error', observed: null, message: m.noRule })
    ruleStatuses = ['error']
  }
  const sliceStatuses: Status[] = []
  for (const s of slices) {
    const check = sliceCheck(s, policy)
    if (check === undefined) continue
    sliceStatuses.push(check.status)
    checks.push(check)
  }
  const latencyChecked = latencyCheck(policy, latency)
  if (latencyChecked !== undefined) {
    if (latencyChecked.status !== 'skipped') sliceStatuses.push(latencyChecked.status)
    checks.push(latencyChecked)
  }
  const ruleWorst = worstOf(ruleStatuses)
  const anyFail = ruleWorst === 'fail' || sliceStatuses.includes('fail')
  const decision: EvaluationDecision = anyFail ? 'reject' : ruleWorst === 'pass' ? 'promote' : 'hold'
  const order: Status[] = ['fail', 'error', 'warn']
  const reasons = order.flatMap((st) => checks.filter((c) => c.status === st).map((c) => c.message))
  return { decision, reasons, checks, verdicts }
}

/** The side-by-side table's verdict for a rule check's status. */
function ruleVerdict(status: Status): string {
  return status === 'pass' ? 'meets rule' : status === 'fail' ? 'fails rule' : 'inconclusive'
}

/** The error check of a ruled metric that is undefined on the data. */
function undefinedMetricCheck(c: UndefinedMetricComparison, rule: MetricRule, policy: EvaluationPolicy): Check {
  return {
    id: `evaluate.${c.metric}`,
    status: 'error',
    observed: null,
    threshold: { rule: describeRule(rule, policy.ruleMode) },
    message: m.metricUndefined(c.metric, c.reason),
  }
}

/** The check of one ruled metric: its floor, then its change rules on the point or the interval. */
function ruleCheck(c: DefinedMetricComparison, rule: MetricRule, policy: EvaluationPolicy): Check {
  const ruleText = describeRule(rule, policy.ruleMode)
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
  const { status, message } = judgeRule(c, rule, policy, ruleText)
  return { id: `evaluate.${c.metric}`, status, observed: c.difference, threshold: { rule: ruleText }, message, details }
}

/** The status and message of one ruled metric (see judgeEvaluation for the rule). */
function judgeRule(
  c: DefinedMetricComparison,
  rule: MetricRule,
  policy: EvaluationPolicy,
  ruleText: string,
): { status: Status; message: string } {
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
  if (!floorOk)
    return { status: 'fail', message: m.floorResult(c.metric, c.candidate, floor, rule.greaterIsBetter, false) }
  // A floor alone says nothing about the champion: report the candidate's value, not the difference.
  if (rule.minAbsoluteChange === undefined && rule.minRelativeChange === undefined)
    return { status: 'pass', message: m.floorResult(c.metric, c.candidate, floor, rule.greaterIsBetter, true) }
  if (policy.evidence === 'point')
    return { status: pointOk ? 'pass' : 'fail', message: m.pointResult(c.metric, c.difference, ruleText, pointOk) }
  if (worstOk) return { status: 'pass', message: m.intervalClears(c.metric, interval, ruleText, c.confidence) }
  if (!bestOk) return { status: 'fail', message: m.intervalFails(c.metric, interval, ruleText, c.confidence) }
  return { status: 'warn', message: m.intervalInconclusive(c.metric, interval, ruleText) }
}

/** The check of one slice large enough to judge on a ruled metric, else undefined. */
function sliceCheck(s: SliceComparison, policy: EvaluationPolicy): Check | undefined {
  if (s.rows < policy.slices.minSize) return undefined
  const rule = policy.rules.find((r) => r.metric === s.metric)
  if (rule === undefined) return undefined
  const id = `evaluate.slice.${s.column}.${s.value}.${s.metric}`
  if (s.kind === 'undefined') {
    return {
      id,
      status: 'warn',
      observed: null,
      message: m.sliceUndefined(s.metric, s.column, s.value, s.rows, s.reason),
    }
  }
  const oriented = s.greaterIsBetter ? s.candidate - s.champion : s.champion - s.candidate
  const regressed = oriented < -policy.slices.tolerance
  return {
    id,
    status: regressed ? policy.slices.onRegression : 'pass',
    observed: s.candidate - s.champion,
    threshold: { rule: m.sliceTolerance(policy.slices.tolerance) },
    message: regressed
      ? m.sliceRegresses(s.metric, s.column, s.value, s.rows, s.champion, s.candidate, policy.slices.tolerance)
      : m.sliceWithin(s.metric, s.column, s.value),
    details: { rows: s.rows, champion: s.champion, candidate: s.candidate },
  }
}

/** The latency budget's check: skipped when it could not be measured; none without a budget. */
function latencyCheck(policy: EvaluationPolicy, latency?: LatencyComparison | LatencyUnmeasured): Check | undefined {
  if (policy.maxLatencyMs === undefined) return undefined
  if (latency === undefined || 'missing' in latency) {
    return {
      id: 'evaluate.latency.p95',
      status: 'skipped',
      observed: null,
      threshold: { max: policy.maxLatencyMs },
      message: m.latencyNotMeasured(policy.maxLatencyMs, latency?.missing ?? []),
    }
  }
  const over = latency.candidate.p95 > policy.maxLatencyMs
  return {
    id: 'evaluate.latency.p95',
    status: over ? 'fail' : 'pass',
    observed: latency.candidate.p95,
    threshold: { max: policy.maxLatencyMs },
    message: m.latencyResult(latency.candidate.p95, latency.champion.p95, policy.maxLatencyMs, over),
    details: { ...latency },
  }
}
