import type { Check } from '../gate/check.js'
import { formatNumber } from '../report/format-number.js'
import type { GroupingResult } from './analyze-fairness.js'
import { DISPARITY_DIRECTION, DISPARITY_LABEL, DISPARITY_METRICS } from './fairness-disparities.js'
import { pairText } from './pair-text.js'
import type { FairnessPolicy } from './fairness-policy.js'
import { fairnessMessages as msg } from './messages.js'

const slug = (text: string): string => text.replace(/ × /g, '.x.').replace(/[^\p{L}\p{N}_-]+/gu, '-')

/**
 * The fairness gate's decision as checks (R7), per grouping:
 * - `…groups`: fewer than two groups of ≥ min-group-size rows → `policy.tooFewGroups` (never a silent pass);
 * - `…small-groups` (warn): groups excluded for size, listed; `…undefined-rates` (warn): rates excluded;
 * - one check per disparity with a threshold: the point estimate, or the interval's worse bound when
 *   `useInterval` (upper for differences, lower for ratios); an undefined disparity is `error`;
 * - with a champion: `…<metric>.vs-champion` fails when the disparity worsens by more than the tolerance.
 * @example decideFairness([], DEFAULT_FAIRNESS_POLICY) // => []
 */
export function decideFairness(
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
      const d = r.disparities[m]
      const interval = r.intervals?.[m]
      const direction = DISPARITY_DIRECTION[m]
      if (limit !== null) {
        const threshold = direction === 'max' ? { max: limit } : { min: limit }
        const bound = direction === 'max' ? `≤ ${formatNumber(limit)}` : `≥ ${formatNumber(limit)}`
        const worseBound = direction === 'max' ? interval?.high : interval?.low
        const observed = policy.useInterval ? (worseBound ?? null) : d.value
        const details = {
          point: d.value,
          interval: interval === undefined ? null : [interval.low, interval.high],
          confidence: policy.confidence,
          judged: policy.useInterval ? 'interval' : 'point',
          pair: pairText(r, d.low, d.high),
        }
        if (observed === null) {
          checks.push({
            id: `${id}.${m}`,
            status: 'error',
            observed: null,
            threshold,
            message: msg.disparityUndefined(r.name, DISPARITY_LABEL[m]),
            details,
          })
        } else {
          const bad = direction === 'max' ? observed > limit : observed < limit
          const text = policy.useInterval
            ? `${formatNumber(observed)} (${direction === 'max' ? 'upper' : 'lower'} ${formatNumber(policy.confidence * 100)}% bound; point ${d.value === null ? 'undefined' : formatNumber(d.value)})`
            : formatNumber(observed)
          checks.push({
            id: `${id}.${m}`,
            status: bad ? 'fail' : 'pass',
            observed,
            threshold,
            message: (bad ? msg.disparityFail : msg.disparityPass)(
              r.name,
              DISPARITY_LABEL[m],
              text,
              bound,
              pairText(r, d.low, d.high),
            ),
            details,
          })
        }
      }
      const champ = champion?.find((c) => c.name === r.name)?.disparities[m]
      if (champion !== undefined) {
        const cid = `${id}.${m}.vs-champion`
        const tol = formatNumber(policy.championTolerance)
        if (champ?.value == null || d.value === null) {
          checks.push({
            id: cid,
            status: 'warn',
            observed: null,
            message: msg.championUndefined(r.name, DISPARITY_LABEL[m]),
          })
          continue
        }
        const worsening = direction === 'max' ? d.value - champ.value : champ.value - d.value
        const bad = worsening > policy.championTolerance + 1e-12
        checks.push({
          id: cid,
          status: bad ? 'fail' : 'pass',
          observed: worsening,
          threshold: { max: policy.championTolerance },
          message: (bad ? msg.championWorse : msg.championWithin)(
            r.name,
            DISPARITY_LABEL[m],
            formatNumber(champ.value),
            formatNumber(d.value),
            tol,
          ),
          details: { champion: champ.value, candidate: d.value },
        })
      }
    }
  }
  return checks
}
