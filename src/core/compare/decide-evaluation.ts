import type { Check } from '../gate/check.js'
import type { Status } from '../gate/status.js'
import { worstOf } from '../gate/status.js'
import { formatNumber } from '../report/format-number.js'
import { checkMetricRule } from './check-metric-rule.js'
import { describeRule } from './describe-rule.js'
import { compareMessages } from './messages.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import type { MetricComparison } from './metric-comparison.js'
import type { SliceComparison } from './slice-comparison.js'

export type EvaluationDecision = 'promote' | 'hold' | 'reject'

export interface EvaluationOutcome {
  readonly decision: EvaluationDecision
  /** One line per check that is not `pass`, worst first; the decision's reasons. */
  readonly reasons: readonly string[]
  readonly checks: readonly Check[]
  /** Verdict per metric for the side-by-side table. */
  readonly verdicts: Readonly<Record<string, string>>
}

/** Latency of both models' predict commands over a sample (milliseconds per call). */
export interface LatencyComparison {
  readonly candidate: { readonly p50: number; readonly p95: number }
  readonly champion: { readonly p50: number; readonly p95: number }
  readonly samples: number
}

/** A latency budget that could not be measured: the inputs it still needs. */
export interface LatencyUnmeasured {
  readonly missing: readonly string[]
}

/**
 * The evaluate-vs-champion decision, a pure function of the comparisons and the policy.
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
 * @throws {RangeError} for rules that the rule mode rejects (see checkMetricRule)
 * @example
 * decideEvaluation([], resolveEvaluationPolicy({}, {})).decision // => 'hold'
 */
export function decideEvaluation(
  comparisons: readonly MetricComparison[],
  policy: EvaluationPolicy,
  slices: readonly SliceComparison[] = [],
  latency?: LatencyComparison | LatencyUnmeasured,
): EvaluationOutcome {
  const checks: Check[] = []
  const verdicts: Record<string, string> = {}
  let ruleStatuses: Status[] = []
  for (const c of comparisons) {
    const rule = policy.rules.find((r) => r.metric === c.metric)
    if (rule === undefined) {
      verdicts[c.metric] = c.error === undefined ? 'reported' : 'undefined'
      continue
    }
    const ruleText = describeRule(rule, policy.ruleMode)
    const id = `evaluate.${c.metric}`
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
    if (c.error !== undefined) {
      checks.push({
        id,
        status: 'error',
        observed: null,
        threshold: { rule: ruleText },
        message: `${c.metric} could not be computed: ${c.error}`,
      })
      verdicts[c.metric] = 'error'
      ruleStatuses.push('error')
      continue
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
    let status: Status
    let message: string
    if (!floorOk) {
      status = 'fail'
      message = `${c.metric} ${formatNumber(c.candidate)} misses its ${rule.greaterIsBetter ? 'floor' : 'ceiling'} ${formatNumber(rule.threshold ?? Number.NaN)}`
    } else if (rule.minAbsoluteChange === undefined && rule.minRelativeChange === undefined) {
      // A floor alone says nothing about the champion: report the candidate's value, not the difference.
      status = 'pass'
      message = `${c.metric} ${formatNumber(c.candidate)} meets its ${rule.greaterIsBetter ? 'floor' : 'ceiling'} ${formatNumber(rule.threshold ?? Number.NaN)}`
    } else if (policy.evidence === 'point') {
      status = pointOk ? 'pass' : 'fail'
      message = `${c.metric} difference ${formatNumber(c.difference)} ${pointOk ? 'meets' : 'fails'} ${ruleText} (point estimate)`
    } else if (worstOk) {
      status = 'pass'
      message = `${c.metric} difference ${interval} clears ${ruleText} across the ${formatNumber(c.confidence * 100)}% interval`
    } else if (!bestOk) {
      status = 'fail'
      message = `${c.metric} difference ${interval} fails ${ruleText} across the whole ${formatNumber(c.confidence * 100)}% interval`
    } else {
      status = 'warn'
      message = `${c.metric} difference ${interval} is inconclusive against ${ruleText}: the interval straddles the rule`
    }
    verdicts[c.metric] = status === 'pass' ? 'meets rule' : status === 'fail' ? 'fails rule' : 'inconclusive'
    ruleStatuses.push(status)
    checks.push({ id, status, observed: c.difference, threshold: { rule: ruleText }, message, details })
  }
  if (ruleStatuses.length === 0) {
    checks.push({
      id: 'evaluate.rules',
      status: 'error',
      observed: null,
      message: 'no metric has a rule, so nothing decides; add metrics.<name> rules to the evaluate-vs-champion policy',
    })
    ruleStatuses = ['error']
  }
  const sliceStatuses: Status[] = []
  for (const s of slices) {
    if (s.rows < policy.slices.minSize) continue
    const rule = policy.rules.find((r) => r.metric === s.metric)
    if (rule === undefined) continue
    const id = `evaluate.slice.${s.column}.${s.value}.${s.metric}`
    if (s.error !== undefined) {
      checks.push({
        id,
        status: 'warn',
        observed: null,
        message: `${s.metric} on ${s.column}=${s.value} (${s.rows} rows) is undefined: ${s.error}`,
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
      threshold: { rule: `worse by at most ${formatNumber(policy.slices.tolerance)}` },
      message: regressed
        ? `${s.metric} regresses on ${s.column}=${s.value} (${s.rows} rows): ${formatNumber(s.champion)} → ${formatNumber(s.candidate)}, beyond the tolerance ${formatNumber(policy.slices.tolerance)}`
        : `${s.metric} on ${s.column}=${s.value} within tolerance`,
      details: { rows: s.rows, champion: s.champion, candidate: s.candidate },
    })
  }
  if (policy.maxLatencyMs !== undefined && (latency === undefined || 'missing' in latency)) {
    checks.push({
      id: 'evaluate.latency.p95',
      status: 'skipped',
      observed: null,
      threshold: { max: policy.maxLatencyMs },
      message: compareMessages.latencyNotMeasured(policy.maxLatencyMs, latency?.missing ?? []),
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
      message: `candidate p95 latency ${formatNumber(latency.candidate.p95)} ms (champion ${formatNumber(latency.champion.p95)} ms) ${over ? '>' : '≤'} ${formatNumber(policy.maxLatencyMs)} ms`,
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
