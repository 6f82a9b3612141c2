import { describe, expect, it } from 'vitest'
import type { GroupingResult, GroupResult } from '../../../../src/core/fairness/analyze-fairness.js'
import type { PairDisparity } from '../../../../src/core/fairness/aggregate-disparity.js'
import type { DisparityInterval } from '../../../../src/core/fairness/disparity-intervals.js'
import { decideFairness } from '../../../../src/core/fairness/decide-fairness.js'
import { DISPARITY_METRICS, type DisparityMetric } from '../../../../src/core/fairness/fairness-disparities.js'
import { DEFAULT_FAIRNESS_POLICY, type FairnessPolicy } from '../../../../src/core/fairness/fairness-policy.js'
import { fairnessMessages as msg } from '../../../../src/core/fairness/messages.js'

// Literal evidence: groupings as analyzeFairness returns them, with the disparities written out.
const rates = { selectionRate: 0.5, tpr: 0.5, fpr: 0.5, fnr: 0.5, precision: 0.5, accuracy: 0.5 }
const group = (
  key: string,
  n: number,
  included = true,
  overrides: Partial<GroupResult['rates']> = {},
): GroupResult => ({
  key,
  counts: { n, tp: 0, fp: 0, tn: 0, fn: 0 },
  rates: { ...rates, ...overrides },
  included,
})
const none: PairDisparity = { value: null, low: null, high: null }
const between = (value: number | null): PairDisparity => (value === null ? none : { value, low: 0, high: 1 })

function grouping(
  name: string,
  groups: readonly GroupResult[],
  disparities: Partial<Record<DisparityMetric, PairDisparity>>,
  extra: Partial<GroupingResult> = {},
): GroupingResult {
  return {
    name,
    columns: [name],
    groups,
    reference: undefined,
    disparities: Object.fromEntries(DISPARITY_METRICS.map((m) => [m, disparities[m] ?? none])) as Record<
      DisparityMetric,
      PairDisparity
    >,
    intervals: undefined,
    comparisons: 2,
    ...extra,
  }
}

/** Two thresholds on (demographic parity difference ≤ 0.1, disparate impact ratio ≥ 0.8), the rest off. */
const policy: FairnessPolicy = {
  ...DEFAULT_FAIRNESS_POLICY,
  thresholds: {
    demographic_parity_difference: 0.1,
    demographic_parity_ratio: null,
    equalized_odds_difference: null,
    equalized_odds_ratio: null,
    equal_opportunity_difference: null,
    disparate_impact_ratio: 0.8,
    predictive_parity_difference: null,
    accuracy_parity_difference: null,
    average_odds_difference: null,
    disparate_impact_two_sided: null,
  },
}
const gender = [group('gender=F', 100), group('gender=M', 120)]
const PAIR = 'min gender=F vs max gender=M'
const DPD = 'demographic parity difference'
const DIR = 'disparate impact ratio'
const interval = (low: number | null, high: number | null): DisparityInterval => ({ low, high })
/** Intervals for the two enabled metrics (the others unbounded). */
const intervals = (dpd: [number, number], dir: [number, number]): Record<DisparityMetric, DisparityInterval> => ({
  ...(Object.fromEntries(DISPARITY_METRICS.map((m) => [m, interval(null, null)])) as Record<
    DisparityMetric,
    DisparityInterval
  >),
  demographic_parity_difference: interval(...dpd),
  disparate_impact_ratio: interval(...dir),
})
const within = (i: [number, number]): string => `simultaneous 95% interval [${i[0]}, ${i[1]}]`

describe('decideFairness', () => {
  it('decideFairness(results, policy) passes disparities within their thresholds: checks, title, summary, figures, no outputs', () => {
    const results = [
      grouping('gender', gender, {
        demographic_parity_difference: between(0.05),
        disparate_impact_ratio: between(0.9),
      }),
    ]
    const outcome = decideFairness(results, policy)
    expect(outcome.checks.map((c) => [c.id, c.status, c.observed])).toEqual([
      ['fairness.gender.groups', 'pass', 2],
      ['fairness.gender.demographic_parity_difference', 'pass', 0.05],
      ['fairness.gender.disparate_impact_ratio', 'pass', 0.9],
    ])
    expect(outcome.checks[0]!.message).toBe(msg.groupsJudged('gender', 2))
    expect(outcome.checks[1]!.message).toBe(msg.disparityPass('gender', DPD, '0.05', '≤ 0.1', PAIR))
    expect(outcome.checks[2]!.threshold).toEqual({ min: 0.8 })
    expect(outcome.title).toBe(msg.titlePass(1, 2))
    expect(outcome.title).toBe(
      'Fairness gate passed: 2 disparity checks over 1 grouping(s) are within their thresholds.',
    )
    expect(outcome.summary).toBe(msg.summary(30, 0.95, 2, false))
    expect(outcome.summary).toBe(
      'Disparities over groups with at least 30 rows; simultaneous 95% score intervals (Newcombe for differences, ' +
        'Katz log for ratios; Bonferroni over 2 comparison(s)); a check fails only when its whole interval is beyond ' +
        'the threshold, passes when its point estimate is within it, and warns otherwise.',
    )
    expect(outcome.outputs).toEqual({})
    expect(outcome.status).toBeUndefined()
    expect(outcome.figures.map((f) => [f.kind, f.title])).toEqual([
      ['table', 'Groups by gender'],
      ['bar', 'Selection rate and TPR by gender'],
      ['table', 'Disparities by gender'],
    ])
  })

  it('decideFairness(results, policy) fails a disparity beyond its threshold whose interval excludes parity, and names the first failure in the title', () => {
    const results = [
      grouping(
        'gender',
        gender,
        { demographic_parity_difference: between(0.3), disparate_impact_ratio: between(0.5) },
        { intervals: intervals([0.05, 0.4], [0.4, 0.6]) },
      ),
    ]
    const { checks, title } = decideFairness(results, policy)
    const first = msg.disparityFail('gender', DPD, `0.3 (${within([0.05, 0.4])})`, '≤ 0.1', PAIR)
    expect(checks.map((c) => c.status)).toEqual(['pass', 'fail', 'fail'])
    expect(checks[1]!.message).toBe(first)
    expect(checks[2]!.message).toBe(msg.disparityFail('gender', DIR, `0.5 (${within([0.4, 0.6])})`, '≥ 0.8', PAIR))
    expect(checks[1]!.details).toMatchObject({ point: 0.3, interval: [0.05, 0.4], comparisons: 2, judged: 'point' })
    expect(title).toBe(msg.titleFail(first, 1))
    expect(title).toBe(`Fairness gate failed: ${first} (and 1 more).`)
    // fail_when: confident fails only the disparity whose whole interval is beyond the threshold.
    const strict = decideFairness(results, { ...policy, failWhen: 'confident' }).checks
    expect(strict.map((c) => c.status)).toEqual(['pass', 'warn', 'fail'])
    expect(strict[1]!.message).toBe(
      msg.disparityInconclusive('gender', DPD, `0.3 (${within([0.05, 0.4])})`, '≤ 0.1', PAIR),
    )
  })

  it('decideFairness(results, policy) warns, never fails, when a disparity beyond its threshold may be noise (the interval reaches parity)', () => {
    const results = [
      grouping(
        'gender',
        gender,
        { demographic_parity_difference: between(0.15), disparate_impact_ratio: between(0.7) },
        { intervals: intervals([0, 0.3], [0.45, 1]) },
      ),
    ]
    const { checks, title } = decideFairness(results, policy)
    const first = msg.disparityInconclusive('gender', DPD, `0.15 (${within([0, 0.3])})`, '≤ 0.1', PAIR)
    expect(checks.map((c) => [c.status, c.observed])).toEqual([
      ['pass', 2],
      ['warn', 0.15],
      ['warn', 0.7],
    ])
    expect(checks[1]!.message).toBe(first)
    expect(first).toBe(
      'gender: demographic parity difference 0.15 (simultaneous 95% interval [0, 0.3]) is inconclusive against ≤ 0.1 ' +
        '(min gender=F vs max gender=M): the data do not establish it either way',
    )
    expect(title).toBe(msg.titleWarn(first, 1))
    // Without intervals a point beyond the threshold cannot be established either.
    const bare = decideFairness([{ ...results[0]!, intervals: undefined }], policy).checks
    expect(bare.map((c) => c.status)).toEqual(['pass', 'warn', 'warn'])
  })

  it('decideFairness(results, policy) is an error, never a pass, for an undefined disparity with a threshold', () => {
    const results = [grouping('gender', gender, { demographic_parity_difference: between(0.05) })]
    const { checks, title } = decideFairness(results, policy)
    const dir = checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!
    expect(dir).toMatchObject({ status: 'error', observed: null, message: msg.disparityUndefined('gender', DIR) })
    expect(title).toBe(msg.titleError(msg.disparityUndefined('gender', DIR)))
  })

  it('decideFairness([], policy) could not decide: no checks ran', () => {
    const outcome = decideFairness([], policy)
    expect(outcome.checks).toEqual([])
    expect(outcome.title).toBe(msg.titleError('no checks ran'))
    expect(outcome.figures).toEqual([])
  })

  it('decideFairness(results, policy) warns about small groups excluded from the verdict, and the title says so', () => {
    const results = [
      grouping('region', [group('region=EU', 100), group('region=US', 90), group('region=Antarctica', 12, false)], {
        demographic_parity_difference: between(0.05),
        disparate_impact_ratio: between(0.9),
      }),
    ]
    const { checks, title, figures } = decideFairness(results, policy)
    const excluded = msg.smallGroupsExcluded('region', 30, [{ key: 'region=Antarctica', n: 12 }])
    expect(checks[0]).toMatchObject({
      id: 'fairness.region.small-groups',
      status: 'warn',
      observed: 1,
      threshold: { min: 30 },
      message: excluded,
    })
    expect(title).toBe(msg.titleWarn(excluded, 0))
    expect(figures.at(-1)?.title).toBe('Groups of region excluded from the verdict (fewer than 30 rows)')
  })

  it('decideFairness(results, policy) maps fewer than two judged groups to policy.tooFewGroups (fail or warn)', () => {
    const results = [grouping('gender', [group('gender=F', 100), group('gender=M', 10, false)], {})]
    const failed = decideFairness(results, policy)
    expect(failed.checks.map((c) => [c.id, c.status])).toEqual([
      ['fairness.gender.small-groups', 'warn'],
      ['fairness.gender.groups', 'fail'],
    ])
    expect(failed.checks[1]!.message).toBe(msg.tooFewGroups('gender', 1, 30, ['gender=M']))
    expect(failed.title).toBe(msg.titleFail(msg.tooFewGroups('gender', 1, 30, ['gender=M']), 0))
    const warned = decideFairness(results, { ...policy, tooFewGroups: 'warn' })
    expect(warned.checks.map((c) => c.status)).toEqual(['warn', 'warn'])
  })

  it('decideFairness(results, policy) warns when the reference group is absent or too small', () => {
    const absent = grouping('gender', gender, {}, { referenceProblem: { group: 'gender=Q', n: 0 } })
    const small = grouping('gender', gender, {}, { referenceProblem: { group: 'gender=X', n: 4 } })
    const off = {
      ...policy,
      thresholds: { ...policy.thresholds, demographic_parity_difference: null, disparate_impact_ratio: null },
    }
    expect(decideFairness([absent], off).checks[1]).toMatchObject({
      id: 'fairness.gender.reference',
      status: 'warn',
      observed: 0,
      message: msg.referenceGroupAbsent('gender', 'gender=Q'),
    })
    expect(decideFairness([small], off).checks[1]).toMatchObject({
      status: 'warn',
      observed: 4,
      message: msg.referenceGroupTooSmall('gender', 'gender=X', 4, 30),
    })
  })

  it('decideFairness(results, policy) warns about undefined rates, naming the groups and rates', () => {
    const results = [
      grouping('gender', [group('gender=F', 100, true, { tpr: null }), group('gender=M', 120)], {
        demographic_parity_difference: between(0.05),
        disparate_impact_ratio: between(0.9),
      }),
    ]
    const check = decideFairness(results, policy).checks.find((c) => c.id === 'fairness.gender.undefined-rates')!
    expect(check).toMatchObject({
      status: 'warn',
      observed: 1,
      message: msg.undefinedRates('gender', [{ key: 'gender=F', rates: ['TPR'] }]),
    })
  })

  it('decideFairness(results, { useInterval }) passes only when the whole interval is within the threshold', () => {
    const results = [
      grouping(
        'gender',
        gender,
        { demographic_parity_difference: between(0.05), disparate_impact_ratio: between(0.9) },
        { intervals: intervals([0.01, 0.12], [0.82, 0.97]) },
      ),
    ]
    const outcome = decideFairness(results, { ...policy, useInterval: true })
    const [, dpd, dir] = outcome.checks
    expect(dpd).toMatchObject({ status: 'warn', observed: 0.05 })
    expect(dpd!.message).toBe(msg.disparityInconclusive('gender', DPD, `0.05 (${within([0.01, 0.12])})`, '≤ 0.1', PAIR))
    expect(dpd!.details).toEqual({
      point: 0.05,
      interval: [0.01, 0.12],
      confidence: 0.95,
      comparisons: 2,
      judged: 'interval',
      pair: PAIR,
    })
    expect(dir).toMatchObject({ status: 'pass', observed: 0.9 })
    expect(dir!.message).toBe(msg.disparityPass('gender', DIR, `0.9 (${within([0.82, 0.97])})`, '≥ 0.8', PAIR))
    expect(outcome.summary).toBe(msg.summary(30, 0.95, 2, true))
    expect(outcome.summary).toContain('passes when its whole interval is within it')
    // Without intervals there is no bound to judge: error, not the point estimate.
    const bare = decideFairness([{ ...results[0]!, intervals: undefined }], { ...policy, useInterval: true })
    expect(bare.checks[1]).toMatchObject({ status: 'error', message: msg.disparityUndefined('gender', DPD) })
  })

  it('decideFairness(results, policy, champion) compares enabled metrics only: fails a confident worsening beyond the tolerance, warns an uncertain one or an undefined one', () => {
    const candidate = [
      grouping(
        'gender',
        gender,
        { demographic_parity_difference: between(0.08), disparate_impact_ratio: between(0.85) },
        { intervals: intervals([0.06, 0.1], [0.8, 0.9]) },
      ),
    ]
    const champion = [
      grouping(
        'gender',
        gender,
        { demographic_parity_difference: between(0.02), disparate_impact_ratio: between(0.86) },
        { intervals: intervals([0, 0.03], [0.8, 0.92]) },
      ),
    ]
    const { checks, title } = decideFairness(candidate, policy, champion)
    const vs = checks.filter((c) => c.id.endsWith('.vs-champion'))
    // Metrics whose thresholds are off (null) are neither judged nor compared with the champion.
    expect(vs.map((c) => c.id)).toEqual([
      'fairness.gender.demographic_parity_difference.vs-champion',
      'fairness.gender.disparate_impact_ratio.vs-champion',
    ])
    const worse = msg.championWorse('gender', DPD, '0.02', '0.08', '0.02')
    expect(vs[0]).toMatchObject({ status: 'fail', threshold: { max: 0.02 }, message: worse })
    expect(vs[0]!.observed).toBeCloseTo(0.06, 12)
    expect(vs[0]!.details!['confidentWorsening']).toBeCloseTo(0.03, 12)
    expect(vs[1]).toMatchObject({ status: 'pass', message: msg.championWithin('gender', DIR, '0.86', '0.85', '0.02') })
    expect(vs[1]!.observed).toBeCloseTo(0.01, 12)
    expect(title).toBe(msg.titleFail(worse, 0))
    // Overlapping intervals: the worsening may be noise, so it warns.
    const wide = [{ ...candidate[0]!, intervals: intervals([0.01, 0.2], [0.8, 0.9]) }]
    const uncertain = decideFairness(wide, policy, champion).checks.find((c) => c.id.endsWith('difference.vs-champion'))
    expect(uncertain).toMatchObject({
      status: 'warn',
      message: msg.championInconclusive('gender', DPD, '0.02', '0.08', '0.02'),
    })
    const undefinedChampion = [
      grouping('gender', gender, { demographic_parity_difference: between(0.02) }, { intervals: undefined }),
    ]
    const undef = decideFairness(candidate, policy, undefinedChampion).checks.find((c) =>
      c.id.endsWith('impact_ratio.vs-champion'),
    )
    expect(undef).toMatchObject({ status: 'warn', observed: null, message: msg.championUndefined('gender', DIR) })
  })
})
