import type { Check } from '../gate/check.js'
import type { Status } from '../gate/status.js'
import { worstOf } from '../gate/status.js'
import { formatNumber } from '../report/format-number.js'
import { checkMetricRule } from './check-metric-rule.js'
import { describeRule } from './describe-rule.js'
import type { EvaluationDecision } from './evaluation-decision.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import type { LatencyComparison, LatencyUnmeasured } from './latency-comparison.js'
import { latencyChecks } from '../governance/latency-checks.js'
import { resourceChecks, type ModelSize } from '../governance/resource-checks.js'
import { explainabilityChecks, type ExplainabilityEvidence } from '../governance/explain-checks.js'
import { compareMessages as m } from './messages.js'
import type { DefinedMetricComparison, MetricComparison, UndefinedMetricComparison } from './metric-comparison.js'
import { RULE_TOLERANCE, type MetricRule } from './metric-rule.js'
import { sliceCheck } from './slice-check.js'
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

/** The size of the evidence, and whether there is a champion at all. */
export interface EvaluationSample {
  /** Paired rows. */
  readonly rows: number
  /** Binary: rows with label 1 and label 0. */
  readonly positives?: number
  readonly negatives?: number
  /** No champion exists yet (a first model): only the floors are judged. */
  readonly noChampion?: boolean
}

/** What the governance checks judge (the evidence's latency, model size and explainability). */
interface Governance {
  readonly latency?: LatencyComparison | LatencyUnmeasured
  readonly modelSize?: ModelSize
  readonly explainability?: ExplainabilityEvidence
}

/**
 * The checks of evaluate-vs-champion and the decision, a pure function of the comparisons and the policy.
 * Sample: fewer rows (or, binary, positives or negatives) than `policy.sample` asks for → one `error` check
 * `evaluate.sample` and nothing else is judged (hold).
 * Per rule (metric with a rule), each component is pass, fail or warn (inconclusive) and the rule takes the worst:
 * - floor/ceiling (`threshold`): with `evidence: interval` the candidate's own interval decides — pass when its
 *   worse end meets the floor, fail when even its better end misses it (at the family-wise level), else warn;
 * - superiority (`min_absolute_change`, `min_relative_change`; default mode): the oriented difference must be
 *   strictly above the required change — pass when the interval's worse end is above it, fail when the
 *   family-wise interval's better end is below it, else warn. An identical (or rank-equivalent) candidate,
 *   difference 0 [0, 0], is therefore a hold, never a promote;
 * - non-inferiority (`non_inferiority_margin` M): the same with −M as the bound;
 * - `evidence: point`: the point values decide (a difference exactly on the bound is inconclusive);
 * - the metric undefined on more than `sample.maxUndefinedShare` of the resamples (interval evidence) → warn;
 * - a metric undefined on the data → error.
 * Rejection uses the `adjusted` (Bonferroni over every rule component, see rejectionConfidence) intervals, so k
 * exchangeable rules reject at most 1 − confidence of the time together; promotion needs every component to pass
 * at the plain level. `rule_mode: mlflow` judges change rules with checkMetricRule's MLflow arithmetic.
 * No champion (`sample.noChampion`): a pass check `evaluate.champion` ("no champion: floors only"), the floors
 * judged as above, change rules and slices not judged; no floor at all → an error check.
 * Slices: see sliceCheck. Latency, model size, peak memory: see latencyChecks and resourceChecks (a limit exceeded →
 * fail; a limit that could not be measured → an `error` check naming the missing inputs).
 * Explainability: see explainabilityChecks.
 * Decision: any rule, slice or governance fail → reject; else any error or warn from a rule, or a governance error
 * or warn → hold;
 * else promote (slice warnings are reported but do not hold). No rule at all → hold (nothing decided).
 * @throws {RangeError} for a rule its rule mode rejects, which only an unresolved policy can hold (see checkMetricRule)
 * @example
 * judgeEvaluation([], resolveEvaluationPolicy({}, {}).policy).decision // => 'hold'
 */
export function judgeEvaluation(
  comparisons: readonly MetricComparison[],
  policy: EvaluationPolicy,
  slices: readonly SliceComparison[] = [],
  governance: Governance = {},
  sample?: EvaluationSample,
): EvaluationJudgement {
  const verdicts: Record<string, string> = {}
  const thin = sample === undefined ? undefined : sampleCheck(sample, policy)
  const noChampion = sample?.noChampion === true
  const { checks, statuses } =
    thin === undefined
      ? ruleChecks(comparisons, policy, verdicts, noChampion)
      : { checks: [thin], statuses: ['error' as Status] }
  if (thin !== undefined) for (const c of comparisons) verdicts[c.metric] = 'not judged'
  const sliceStatuses: Status[] = []
  if (thin === undefined && !noChampion) {
    for (const s of slices) {
      const check = sliceCheck(s, policy)
      if (check === undefined) continue
      sliceStatuses.push(check.status)
      checks.push(check)
    }
  }
  const governanceStatuses: Status[] = []
  const governed = governanceChecks(policy, governance, noChampion)
  for (const c of governed) {
    governanceStatuses.push(c.status)
    checks.push(c)
  }
  const ruleWorst = worstOf(statuses)
  const anyFail = ruleWorst === 'fail' || sliceStatuses.includes('fail') || governanceStatuses.includes('fail')
  // A governance warn (a changed explanation with on_change: hold) holds, like a governance error.
  const undecided = ruleWorst !== 'pass' || governanceStatuses.includes('error') || governanceStatuses.includes('warn')
  const decision: EvaluationDecision = anyFail ? 'reject' : undecided ? 'hold' : 'promote'
  const order: Status[] = ['fail', 'error', 'warn']
  const reasons = order.flatMap((st) => checks.filter((c) => c.status === st).map((c) => c.message))
  return { decision, reasons, checks, verdicts }
}

/** The governance checks the policy configures: latency, model size and peak memory, explainability. */
function governanceChecks(policy: EvaluationPolicy, governance: Governance, noChampion: boolean): Check[] {
  return [
    ...(policy.latency === undefined ? [] : latencyChecks(policy.latency, governance.latency)),
    ...(policy.resources === undefined
      ? []
      : resourceChecks(policy.resources, governance.modelSize, governance.latency)),
    ...(policy.explainability === undefined
      ? []
      : explainabilityChecks(policy.explainability, governance.explainability, noChampion)),
  ]
}

/** The checks of the ruled metrics (floors only without a champion), and their statuses. */
function ruleChecks(
  comparisons: readonly MetricComparison[],
  policy: EvaluationPolicy,
  verdicts: Record<string, string>,
  noChampion: boolean,
): { checks: Check[]; statuses: Status[] } {
  const checks: Check[] = []
  const statuses: Status[] = []
  if (noChampion) checks.push({ id: 'evaluate.champion', status: 'pass', observed: null, message: m.noChampion })
  for (const c of comparisons) {
    const written = policy.rules.find((r) => r.metric === c.metric)
    if (written === undefined) {
      verdicts[c.metric] = c.kind === 'defined' ? 'reported' : 'undefined'
      continue
    }
    const rule = noChampion ? floorOf(written) : written
    if (rule === undefined) {
      verdicts[c.metric] = 'no champion'
      continue
    }
    const check = c.kind === 'undefined' ? undefinedMetricCheck(c, rule, policy) : ruleCheck(c, rule, policy)
    verdicts[c.metric] = c.kind === 'undefined' ? 'error' : ruleVerdict(check.status)
    statuses.push(check.status)
    checks.push(check)
  }
  if (statuses.length === 0) {
    const message = noChampion ? m.noChampionNoFloors : m.noRule
    checks.push({ id: 'evaluate.rules', status: 'error', observed: null, message })
    statuses.push('error')
  }
  return { checks, statuses }
}

/** The floor part of a rule alone (a first model has nothing to change against), or undefined without one. */
function floorOf(rule: MetricRule): MetricRule | undefined {
  if (rule.threshold === undefined) return undefined
  return { metric: rule.metric, greaterIsBetter: rule.greaterIsBetter, threshold: rule.threshold }
}

/** The error check when the sample is below the policy's minimums, else undefined. */
function sampleCheck(sample: EvaluationSample, policy: EvaluationPolicy): Check | undefined {
  const { minRows, minPositives, minNegatives } = policy.sample
  const { rows, positives, negatives } = sample
  const binary = positives !== undefined && negatives !== undefined
  const short = rows < minRows || (binary && (positives < minPositives || negatives < minNegatives))
  if (!short) return undefined
  return {
    id: 'evaluate.sample',
    status: 'error',
    observed: rows,
    threshold: { min: minRows, rule: m.sampleMinimum(minRows, binary ? { minPositives, minNegatives } : undefined) },
    message: m.sampleTooSmall(rows, binary ? { positives, negatives } : undefined, policy.sample),
    details: { rows, ...(binary ? { positives, negatives } : {}) },
  }
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
    ...(c.candidateLower === undefined ? {} : { candidateLower: c.candidateLower }),
    ...(c.candidateUpper === undefined ? {} : { candidateUpper: c.candidateUpper }),
    ...(c.adjusted === undefined ? {} : { adjusted: c.adjusted }),
    ...(c.undefinedResamples === undefined
      ? {}
      : { undefinedResamples: c.undefinedResamples, undefinedShare: undefinedShare(c) }),
    ...(c.test === undefined ? {} : { test: c.test }),
  }
  const { status, message, margin } = judgeRule(c, rule, policy, ruleText)
  const floorOnly = rule.threshold !== undefined && !hasChange(rule)
  return {
    id: `evaluate.${c.metric}`,
    status,
    observed: floorOnly ? c.candidate : c.difference,
    measure: floorOnly ? `candidate ${c.metric}` : 'difference vs champion',
    ...(margin === undefined || !Number.isFinite(margin) ? {} : { margin: Number(margin.toPrecision(12)) }),
    threshold: { rule: ruleText },
    message,
    details,
  }
}

interface Verdict {
  readonly status: Status
  readonly message: string
  /** Room between the deciding value (the interval's worse end, or the point) and the bound, oriented: > 0 inside. */
  readonly margin?: number
}

const SEVERITY: readonly Status[] = ['pass', 'warn', 'error', 'fail']

/** The worst component decides; when all pass, the last one (the change rule after the floor) words it. */
function combine(parts: readonly Verdict[]): Verdict {
  let chosen = parts[parts.length - 1] as Verdict
  for (const p of parts) if (SEVERITY.indexOf(p.status) > SEVERITY.indexOf(chosen.status)) chosen = p
  return chosen
}

/** Whether a rule compares with the champion (a change or non-inferiority part), not only a floor. */
export const hasChange = (rule: MetricRule): boolean =>
  rule.minAbsoluteChange !== undefined ||
  rule.minRelativeChange !== undefined ||
  rule.nonInferiorityMargin !== undefined

/** Share of the resamples on which the metric was undefined. */
function undefinedShare(c: DefinedMetricComparison): number {
  const missing = c.undefinedResamples ?? 0
  return missing === 0 ? 0 : missing / (missing + c.resamples)
}

/** The status and message of one ruled metric (see judgeEvaluation for the rule). */
function judgeRule(c: DefinedMetricComparison, rule: MetricRule, policy: EvaluationPolicy, ruleText: string): Verdict {
  const parts: Verdict[] = []
  if (rule.threshold !== undefined) parts.push(judgeFloor(c, rule, rule.threshold, policy))
  if (hasChange(rule))
    parts.push(
      policy.ruleMode === 'mlflow'
        ? judgeMlflowChange(c, rule, policy, ruleText)
        : judgeChange(c, rule, policy, ruleText),
    )
  const share = undefinedShare(c)
  if (policy.evidence === 'interval' && share > policy.sample.maxUndefinedShare)
    parts.push({ status: 'warn', message: m.undefinedShareTooHigh(c.metric, share, policy.sample.maxUndefinedShare) })
  return combine(parts)
}

const percent = (confidence: number): string => formatNumber(confidence * 100)

/** A floor (greater is better) or ceiling on the candidate's own value: its interval, or the point value. */
function judgeFloor(c: DefinedMetricComparison, rule: MetricRule, floor: number, policy: EvaluationPolicy): Verdict {
  const up = rule.greaterIsBetter
  const tol = policy.ruleMode === 'mlflow' ? 0 : RULE_TOLERANCE * Math.max(1, Math.abs(c.candidate), Math.abs(floor))
  const meets = (v: number): boolean => (up ? v >= floor - tol : v <= floor + tol)
  const room = (v: number): number => (up ? v - floor : floor - v)
  if (policy.evidence === 'point') {
    const met = meets(c.candidate)
    const message = m.floorResult(c.metric, c.candidate, floor, up, met)
    return { status: met ? 'pass' : 'fail', message, margin: room(c.candidate) }
  }
  const lower = c.candidateLower ?? c.candidate
  const upper = c.candidateUpper ?? c.candidate
  const margin = room(up ? lower : upper)
  const adjLower = c.adjusted?.candidateLower ?? lower
  const adjUpper = c.adjusted?.candidateUpper ?? upper
  const interval = `${formatNumber(c.candidate)} [${formatNumber(lower)}, ${formatNumber(upper)}]`
  if (meets(up ? lower : upper))
    return {
      status: 'pass',
      message: m.floorIntervalMeets(c.metric, interval, floor, up, percent(c.confidence)),
      margin,
    }
  if (!meets(up ? adjUpper : adjLower)) {
    const level = c.adjusted?.confidence ?? c.confidence
    const adjInterval = `${formatNumber(c.candidate)} [${formatNumber(adjLower)}, ${formatNumber(adjUpper)}]`
    return { status: 'fail', message: m.floorIntervalMisses(c.metric, adjInterval, floor, up, percent(level)), margin }
  }
  return { status: 'warn', message: m.floorIntervalInconclusive(c.metric, interval, floor, up), margin }
}

/**
 * A change rule in default mode, on the oriented difference (candidate better > 0): superiority needs it strictly
 * above the required change (the larger of min_absolute_change and min_relative_change·|champion|),
 * non-inferiority strictly above −margin.
 */
function judgeChange(
  c: DefinedMetricComparison,
  rule: MetricRule,
  policy: EvaluationPolicy,
  ruleText: string,
): Verdict {
  const up = rule.greaterIsBetter
  const orient = (d: number): number => (up ? d : -d)
  const tol = RULE_TOLERANCE * Math.max(1, Math.abs(c.candidate), Math.abs(c.champion))
  const bound =
    rule.nonInferiorityMargin !== undefined
      ? -rule.nonInferiorityMargin
      : Math.max(
          rule.minAbsoluteChange ?? Number.NEGATIVE_INFINITY,
          rule.minRelativeChange === undefined
            ? Number.NEGATIVE_INFINITY
            : rule.minRelativeChange * Math.abs(c.champion),
        )
  if (policy.evidence === 'point') {
    const d = orient(c.difference)
    const margin = d - bound
    if (d > bound + tol)
      return { status: 'pass', message: m.pointResult(c.metric, c.difference, ruleText, true), margin }
    if (d < bound - tol)
      return { status: 'fail', message: m.pointResult(c.metric, c.difference, ruleText, false), margin }
    return { status: 'warn', message: m.pointOnBound(c.metric, c.difference, ruleText), margin }
  }
  const interval = `${formatNumber(c.difference)} [${formatNumber(c.lower)}, ${formatNumber(c.upper)}]`
  const worse = Math.min(orient(c.lower), orient(c.upper))
  const margin = worse - bound
  if (worse > bound + tol)
    return { status: 'pass', message: m.intervalClears(c.metric, interval, ruleText, c.confidence), margin }
  const adj = c.adjusted ?? c
  const better = Math.max(orient(adj.lower), orient(adj.upper))
  if (better < bound - tol) {
    const adjInterval = `${formatNumber(c.difference)} [${formatNumber(adj.lower)}, ${formatNumber(adj.upper)}]`
    return { status: 'fail', message: m.intervalFails(c.metric, adjInterval, ruleText, adj.confidence), margin }
  }
  return { status: 'warn', message: m.intervalInconclusive(c.metric, interval, ruleText), margin }
}

/** A change rule in mlflow mode: MLflow's arithmetic (checkMetricRule) at the ends of the interval, or the point. */
function judgeMlflowChange(
  c: DefinedMetricComparison,
  rule: MetricRule,
  policy: EvaluationPolicy,
  ruleText: string,
): Verdict {
  const changeRule = {
    metric: rule.metric,
    greaterIsBetter: rule.greaterIsBetter,
    ...(rule.minAbsoluteChange === undefined ? {} : { minAbsoluteChange: rule.minAbsoluteChange }),
    ...(rule.minRelativeChange === undefined ? {} : { minRelativeChange: rule.minRelativeChange }),
  }
  if (policy.evidence === 'point') {
    const met = checkMetricRule(changeRule, c.candidate, c.champion, 'mlflow').passed
    return { status: met ? 'pass' : 'fail', message: m.pointResult(c.metric, c.difference, ruleText, met) }
  }
  const adj = c.adjusted ?? c
  const worseEnd = rule.greaterIsBetter ? c.lower : c.upper
  const betterEnd = rule.greaterIsBetter ? adj.upper : adj.lower
  const interval = `${formatNumber(c.difference)} [${formatNumber(c.lower)}, ${formatNumber(c.upper)}]`
  if (checkMetricRule(changeRule, c.champion + worseEnd, c.champion, 'mlflow').passed)
    return { status: 'pass', message: m.intervalClears(c.metric, interval, ruleText, c.confidence) }
  if (!checkMetricRule(changeRule, c.champion + betterEnd, c.champion, 'mlflow').passed) {
    const adjInterval = `${formatNumber(c.difference)} [${formatNumber(adj.lower)}, ${formatNumber(adj.upper)}]`
    return { status: 'fail', message: m.intervalFails(c.metric, adjInterval, ruleText, adj.confidence) }
  }
  return { status: 'warn', message: m.intervalInconclusive(c.metric, interval, ruleText) }
}
