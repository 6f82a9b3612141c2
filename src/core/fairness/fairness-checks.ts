import type { Check } from '../gate/check.js'
import { formatNumber } from '../report/format-number.js'
import type { GroupingResult } from './analyze-fairness.js'
import type { DisparityInterval } from './disparity-intervals.js'
import {
  DISPARITY_DIRECTION,
  DISPARITY_LABEL,
  DISPARITY_METRICS,
  type DisparityMetric,
} from './fairness-disparities.js'
import { pairText } from './pair-text.js'
import type { FairnessPolicy } from './fairness-policy.js'
import { fairnessMessages as msg } from './messages.js'

const slug = (text: string): string => text.replace(/ × /g, '.x.').replace(/[^\p{L}\p{N}_-]+/gu, '-')

const pct = (confidence: number): string => `${formatNumber(confidence * 100)}%`
const intervalText = (i: DisparityInterval | undefined, confidence: number): string =>
  i === undefined || i.low === null || i.high === null
    ? 'no interval'
    : `simultaneous ${pct(confidence)} interval [${formatNumber(i.low)}, ${formatNumber(i.high)}]`

/**
 * One disparity against its threshold, three-way. `fail` when the whole simultaneous interval is beyond the
 * threshold, and (`failWhen: 'significant'`, the default) also when the point estimate is beyond it and the
 * interval excludes parity — practical and statistical significance together, as adverse-impact practice pairs the
 * four-fifths rule with a significance test; `failWhen: 'confident'` fails only the former. `pass` when the point
 * estimate is within the threshold (with `useInterval`: when the whole interval is); `warn` otherwise
 * (inconclusive: the difference from the threshold may be noise). Undefined → `error`; so is `useInterval` without
 * an interval.
 */
function disparityCheck(
  r: GroupingResult,
  m: DisparityMetric,
  limit: number,
  policy: FairnessPolicy,
  id: string,
): Check {
  const d = r.disparities[m]
  const interval = r.intervals?.[m]
  const max = DISPARITY_DIRECTION[m] === 'max'
  const threshold = max ? { max: limit } : { min: limit }
  const bound = `${max ? '≤' : '≥'} ${formatNumber(limit)}`
  const pair = pairText(r, d.low, d.high)
  const low = interval?.low ?? null,
    high = interval?.high ?? null
  const details = {
    point: d.value,
    interval: interval === undefined ? null : [low, high],
    confidence: policy.confidence,
    comparisons: r.comparisons,
    judged: policy.useInterval ? 'interval' : 'point',
    pair,
  }
  const base = { id: `${id}.${m}`, threshold, details }
  const label = DISPARITY_LABEL[m]
  if (d.value === null || (policy.useInterval && (low === null || high === null)))
    return { ...base, status: 'error', observed: null, message: msg.disparityUndefined(r.name, label) }
  const status = disparityVerdict(d.value, low, high, max, limit, policy)
  const text =
    low === null && !policy.useInterval && status === 'pass'
      ? formatNumber(d.value)
      : `${formatNumber(d.value)} (${intervalText(interval, policy.confidence)})`
  const message =
    status === 'fail'
      ? msg.disparityFail(r.name, label, text, bound, pair)
      : status === 'pass'
        ? msg.disparityPass(r.name, label, text, bound, pair)
        : msg.disparityInconclusive(r.name, label, text, bound, pair)
  return { ...base, status, observed: d.value, message }
}

/**
 * The three-way verdict of one defined disparity (see disparityCheck). Confidently beyond: the whole interval is
 * beyond the limit. Significant: the interval excludes parity (0, or a ratio of 1).
 */
function disparityVerdict(
  value: number,
  low: number | null,
  high: number | null,
  max: boolean,
  limit: number,
  policy: FairnessPolicy,
): 'fail' | 'pass' | 'warn' {
  const within = (v: number): boolean => (max ? v <= limit : v >= limit)
  const bounded = low !== null && high !== null
  const confident = bounded && !within(max ? low : high)
  const significant = bounded && (max ? low > 0 : high < 1)
  if (confident || (policy.failWhen === 'significant' && significant && !within(value))) return 'fail'
  const passes = policy.useInterval ? within(max ? high! : low!) : within(value)
  return passes ? 'pass' : 'warn'
}

/**
 * The candidate's disparity against the champion's, three-way: `pass` when the point estimate worsened by at most
 * the tolerance; `fail` only when even the candidate's best bound is worse than the champion's worst bound by more
 * than the tolerance (both intervals simultaneous); `warn` otherwise, and where either is undefined.
 */
function championCheck(
  r: GroupingResult,
  champion: readonly GroupingResult[],
  m: DisparityMetric,
  policy: FairnessPolicy,
  id: string,
): Check {
  const cid = `${id}.${m}.vs-champion`
  const label = DISPARITY_LABEL[m]
  const other = champion.find((c) => c.name === r.name)
  const champ = other?.disparities[m]
  const d = r.disparities[m]
  const tol = formatNumber(policy.championTolerance)
  if (champ?.value == null || d.value === null)
    return { id: cid, status: 'warn', observed: null, message: msg.championUndefined(r.name, label) }
  const max = DISPARITY_DIRECTION[m] === 'max'
  const worsening = max ? d.value - champ.value : champ.value - d.value
  const ci = r.intervals?.[m],
    hi = other?.intervals?.[m]
  const separation =
    ci?.low == null || ci.high == null || hi?.low == null || hi.high == null
      ? null
      : max
        ? ci.low - hi.high
        : hi.low - ci.high
  const base = {
    id: cid,
    observed: worsening,
    threshold: { max: policy.championTolerance },
    details: { champion: champ.value, candidate: d.value, confidentWorsening: separation },
  }
  const args = [r.name, label, formatNumber(champ.value), formatNumber(d.value), tol] as const
  if (worsening <= policy.championTolerance + 1e-12)
    return { ...base, status: 'pass', message: msg.championWithin(...args) }
  if (separation !== null && separation > policy.championTolerance + 1e-12)
    return { ...base, status: 'fail', message: msg.championWorse(...args) }
  return { ...base, status: 'warn', message: msg.championInconclusive(...args) }
}

/**
 * The fairness gate's checks (R7), per grouping:
 * - `…groups`: fewer than two groups of ≥ min-group-size rows → `policy.tooFewGroups` (never a silent pass);
 * - `…small-groups` (warn): groups excluded for size, listed; `…undefined-rates` (warn): rates excluded;
 * - one check per disparity with a threshold (`disparityCheck`: fail only when beyond it with confidence, warn
 *   when inconclusive); an undefined disparity is `error`;
 * - with a champion, for the same enabled metrics only: `…<metric>.vs-champion` (`championCheck`).
 * @example fairnessChecks([], DEFAULT_FAIRNESS_POLICY) // => []
 */
export function fairnessChecks(
  results: readonly GroupingResult[],
  policy: FairnessPolicy,
  champion?: readonly GroupingResult[],
): Check[] {
  const checks: Check[] = []
  for (const r of results) {
    const id = `fairness.${slug(r.name)}`
    const judged = r.groups.filter((g) => g.included)
    const small = r.groups.filter((g) => !g.included).map((g) => ({ key: g.key, n: g.counts.n }))
    if (small.length > 0) {
      checks.push({
        id: `${id}.small-groups`,
        status: 'warn',
        observed: small.length,
        threshold: { min: policy.minGroupSize },
        message: msg.smallGroupsExcluded(r.name, policy.minGroupSize, small),
        details: { groups: small },
      })
    }
    if (judged.length < 2) {
      checks.push({
        id: `${id}.groups`,
        status: policy.tooFewGroups,
        observed: judged.length,
        threshold: { min: 2 },
        message: msg.tooFewGroups(
          r.name,
          judged.length,
          policy.minGroupSize,
          small.map((s) => s.key),
        ),
      })
      continue
    }
    checks.push({
      id: `${id}.groups`,
      status: 'pass',
      observed: judged.length,
      threshold: { min: 2 },
      message: msg.groupsJudged(r.name, judged.length),
    })
    if (r.referenceProblem !== undefined) {
      checks.push({
        id: `${id}.reference`,
        status: 'warn',
        observed: r.referenceProblem.n,
        threshold: { min: policy.minGroupSize },
        message:
          r.referenceProblem.n === 0
            ? msg.referenceGroupAbsent(r.name, r.referenceProblem.group)
            : msg.referenceGroupTooSmall(r.name, r.referenceProblem.group, r.referenceProblem.n, policy.minGroupSize),
      })
    }
    const undefinedRates = judged
      .map((g) => ({
        key: g.key,
        rates: (['tpr', 'fpr', 'precision'] as const).filter((k) => g.rates[k] === null).map((k) => k.toUpperCase()),
      }))
      .filter((u) => u.rates.length > 0)
    if (undefinedRates.length > 0) {
      checks.push({
        id: `${id}.undefined-rates`,
        status: 'warn',
        observed: undefinedRates.length,
        message: msg.undefinedRates(r.name, undefinedRates),
        details: { groups: undefinedRates },
      })
    }
    for (const m of DISPARITY_METRICS) {
      const limit = policy.thresholds[m]
      if (limit === null) continue // off: reported in the figures, neither judged nor compared with the champion
      checks.push(disparityCheck(r, m, limit, policy, id))
      if (champion !== undefined) checks.push(championCheck(r, champion, m, policy, id))
    }
  }
  return checks
}
