import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregateDisparity } from '../../../../src/core/fairness/aggregate-disparity.js'
import { analyzeFairness } from '../../../../src/core/fairness/analyze-fairness.js'
import { comparisonCount, disparityIntervals } from '../../../../src/core/fairness/disparity-intervals.js'
import { decideFairness } from '../../../../src/core/fairness/decide-fairness.js'
import { encodeGroups } from '../../../../src/core/fairness/encode-groups.js'
import { fairnessFigures } from '../../../../src/core/fairness/fairness-figures.js'
import { fairnessTitle } from '../../../../src/core/fairness/fairness-title.js'
import { DEFAULT_FAIRNESS_POLICY } from '../../../../src/core/fairness/fairness-policy.js'
import { groupConfusion } from '../../../../src/core/fairness/group-confusion.js'
import { groupRates } from '../../../../src/core/fairness/group-rates.js'
import { fairnessMessages as msg } from '../../../../src/core/fairness/messages.js'
import { resolveFairnessPolicy } from '../../../../src/core/fairness/resolve-fairness-policy.js'
import { sampleBinomial } from '../../../../src/core/fairness/sample-binomial.js'
import { katzRatioInterval } from '../../../../src/core/stats/katz-ratio-interval.js'
import { newcombeDifferenceInterval } from '../../../../src/core/stats/newcombe-difference-interval.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'

describe('encodeGroups', () => {
  it('encodeGroups(columns, false) keeps a missing value as its own "(missing)" group and unicode as is', () => {
    const [g] = encodeGroups([{ name: 'país', values: ['日本', null, 'Zoë', '日本', null] }], false)
    expect(g!.keys).toEqual(['país=日本', 'país=(missing)', 'país=Zoë'])
    expect(Array.from(g!.codes)).toEqual([0, 1, 2, 0, 1])
  })
  it('encodeGroups(columns, true) adds the intersection keyed "gender=F, region=EU"', () => {
    const gs = encodeGroups(
      [
        { name: 'gender', values: ['F', 'M', 'F'] },
        { name: 'region', values: ['EU', 'EU', 'US'] },
      ],
      true,
    )
    expect(gs.map((g) => g.name)).toEqual(['gender', 'region', 'gender × region'])
    expect(gs[2]!.keys).toEqual(['gender=F, region=EU', 'gender=M, region=EU', 'gender=F, region=US'])
  })
  it('encodeGroups(columns) does not confuse the text "(missing)" or a separator inside a value with a missing value', () => {
    const [g] = encodeGroups([{ name: 'a', values: ['x', null, 'x\u0001'] }], false)
    expect(new Set(Array.from(g!.codes)).size).toBe(3)
  })
  it('encodeGroups(columns) gives equal codes exactly to rows with equal values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.constantFrom('a', 'b', 'ü', ''), { nil: null }),
            fc.option(fc.constantFrom('x', 'y'), { nil: null }),
          ),
          { minLength: 1, maxLength: 60 },
        ),
        (rows) => {
          const gs = encodeGroups(
            [
              { name: 'c1', values: rows.map((r) => r[0]) },
              { name: 'c2', values: rows.map((r) => r[1]) },
            ],
            true,
          )
          const inter = gs[2]!
          for (let i = 0; i < rows.length; i++) {
            for (let j = 0; j < rows.length; j++) {
              const same = rows[i]![0] === rows[j]![0] && rows[i]![1] === rows[j]![1]
              expect(inter.codes[i] === inter.codes[j]).toBe(same)
            }
          }
          expect(new Set(inter.keys).size).toBe(inter.keys.length)
        },
      ),
    )
  })
  it('encodeGroups([]) throws RangeError', () => {
    expect(() => encodeGroups([], false)).toThrow(RangeError)
  })
})

describe('groupConfusion and groupRates', () => {
  it('groupRates(counts) is null, not 0, where a denominator is 0', () => {
    const [a] = groupConfusion(Int32Array.from([0, 0]), Uint8Array.from([0, 0]), Uint8Array.from([0, 0]), 1)
    expect(groupRates(a!)).toEqual({ selectionRate: 0, tpr: null, fpr: 0, fnr: null, precision: null, accuracy: 1 })
  })
  it('groupConfusion(codes, …) throws RangeError for a code outside the groups', () => {
    expect(() => groupConfusion(Int32Array.from([2]), Uint8Array.from([0]), Uint8Array.from([0]), 2)).toThrow(
      RangeError,
    )
  })
})

describe('aggregateDisparity', () => {
  it('aggregateDisparity(values, included, "difference") is max − min with the pair (low, high), skipping excluded and null', () => {
    expect(aggregateDisparity([0.2, 0.9, 0.5, null], [true, false, true, true], 'difference')).toEqual({
      value: 0.3,
      low: 0,
      high: 2,
    })
  })
  it('aggregateDisparity(values, included, "ratio") is null when the max is 0', () => {
    expect(aggregateDisparity([0, 0], [true, true], 'ratio').value).toBeNull()
  })
  it('aggregateDisparity(values, included, kind, reference) measures every group against the reference', () => {
    expect(aggregateDisparity([0.3, 0.5, 0.6], [true, true, true], 'difference', 1)).toEqual({
      value: 0.2,
      low: 0,
      high: 1,
    })
    expect(aggregateDisparity([0.3, 0.5, 0.6], [true, true, true], 'ratio-to-reference', 1).value).toBeCloseTo(0.6, 15)
    expect(aggregateDisparity([0.3, 0.5, 0.6], [true, true, true], 'ratio', 1).value).toBeCloseTo(0.6, 15)
    expect(aggregateDisparity([0.5, 0.25], [true, true], 'ratio', 1).value).toBe(0.5)
  })
  it('aggregateDisparity(values, included, kind, reference) is null when the reference value is undefined', () => {
    expect(aggregateDisparity([0.3, null, 0.6], [true, true, true], 'difference', 1)).toEqual({
      value: null,
      low: null,
      high: null,
    })
  })
  it('aggregateDisparity(values, …) is null with fewer than two defined groups', () => {
    expect(aggregateDisparity([0.3, null], [true, true], 'difference')).toEqual({ value: null, low: null, high: null })
  })
})

describe('method to_overall', () => {
  it('analyzeFairness(data, { method: to_overall }) compares each group with all rows and names the pair "vs overall"', () => {
    const policy = resolveFairnessPolicy({ method: 'to_overall', min_group_size: 1, bootstrap_resamples: 50 })
    const data = {
      yTrue: Uint8Array.of(1, 1, 0, 0, 1, 0),
      yPred: Uint8Array.of(1, 1, 1, 0, 0, 0),
      sensitive: [{ name: 'g', values: ['a', 'a', 'a', 'b', 'b', 'b'] }],
    }
    const [r] = analyzeFairness(data, policy)
    // selection: a = 1, b = 0, overall = 0.5 → max |m − 0.5| = 0.5
    expect(r!.disparities.demographic_parity_difference).toEqual({ value: 0.5, low: 0, high: 2 })
    expect(
      decideFairness([r!], policy).checks.find((c) => c.id === 'fairness.g.demographic_parity_difference')!.message,
    ).toContain('(g=a vs overall)')
    // a vs the rest (b): Newcombe on 3/3 vs 0/3, scaled by (1 − w) = 1/2 onto a − overall.
    expect(r!.comparisons).toBe(12) // 2 groups vs overall × 6 rate comparisons of the 5 enabled metrics
    const i = r!.intervals!.demographic_parity_difference
    expect(i.low!).toBeLessThanOrEqual(0.5)
    expect(i.high!).toBeGreaterThanOrEqual(0.5)
  })
})

describe('sampleBinomial', () => {
  it('sampleBinomial(random, n, p) has mean np and variance np(1 − p) (n = 10000, p = 0.3, 4000 draws)', () => {
    const random = seededRandom(11)
    const draws = Array.from({ length: 4000 }, () => sampleBinomial(random, 10000, 0.3))
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1)
    // standard error of the mean: √(2100 / 4000) ≈ 0.72; of the variance ≈ 2100·√(2/3999) ≈ 47
    expect(Math.abs(mean - 3000)).toBeLessThan(4 * 0.73)
    expect(Math.abs(variance - 2100)).toBeLessThan(4 * 47)
  })
  it('sampleBinomial(random, n, p) stays in [0, n] and is exact at p = 0 and p = 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (n, p, seed) => {
          const k = sampleBinomial(seededRandom(seed), n, p)
          expect(Number.isInteger(k) && k >= 0 && k <= n).toBe(true)
          if (p === 0) expect(k).toBe(0)
          if (p === 1) expect(k).toBe(n)
        },
      ),
    )
  })
  it('sampleBinomial(random, -1, 0.5) throws RangeError', () => {
    expect(() => sampleBinomial(Math.random, -1, 0.5)).toThrow(RangeError)
  })
})

describe('disparityIntervals', () => {
  const counts = [
    { n: 400, tp: 120, fp: 40, tn: 200, fn: 40 },
    { n: 300, tp: 60, fp: 30, tn: 170, fn: 40 },
  ]
  it('disparityIntervals(counts, …) of two groups is the Newcombe interval of |difference| and the Katz interval of the ratio', () => {
    const i = disparityIntervals(counts, [true, true], { z: 1.96 })
    const [l, u] = newcombeDifferenceInterval(160, 400, 90, 300, 1.96)
    expect(l).toBeGreaterThan(0)
    expect(i.demographic_parity_difference).toEqual({ low: l, high: u })
    const [a, b] = katzRatioInterval(90, 300, 160, 400, 1.96)
    // min(ρ, 1/ρ) of the interval of 0.4 / 0.3: the reciprocal interval, up to rounding
    expect(i.disparate_impact_ratio.low).toBeCloseTo(a, 14)
    expect(i.disparate_impact_ratio.high).toBeCloseTo(b, 14)
    const point = 160 / 400 - 90 / 300
    expect(i.demographic_parity_difference.low!).toBeLessThan(point)
    expect(i.demographic_parity_difference.high!).toBeGreaterThan(point)
  })
  it('disparityIntervals(counts, …) reaches parity (0, or a ratio of 1) when the groups may be equal', () => {
    const same = [
      { n: 100, tp: 20, fp: 10, tn: 50, fn: 20 },
      { n: 100, tp: 22, fp: 10, tn: 48, fn: 20 },
    ]
    const i = disparityIntervals(same, [true, true], { z: 2.5 })
    expect(i.demographic_parity_difference.low).toBe(0)
    expect(i.disparate_impact_ratio.high).toBe(1)
    expect(i.equalized_odds_difference.low).toBe(0)
  })
  it('disparityIntervals(counts, …) skips excluded groups and is null without two groups to compare', () => {
    const i = disparityIntervals(counts, [true, false], { z: 1.96 })
    expect(i.demographic_parity_difference).toEqual({ low: null, high: null })
  })
  it('comparisonCount(k, mode, metrics) counts pairs × rates of the enabled metrics', () => {
    const enabled = ['demographic_parity_difference', 'equalized_odds_difference'] as const
    expect(comparisonCount(3, 'between', enabled)).toBe(9)
    expect(comparisonCount(3, 'reference', enabled)).toBe(6)
    expect(comparisonCount(3, 'overall', enabled)).toBe(9)
    expect(comparisonCount(1, 'between', enabled)).toBe(0)
  })
})

describe('resolveFairnessPolicy', () => {
  it('resolveFairnessPolicy(section, overrides) lets inputs win over the file and the file over the defaults', () => {
    const p = resolveFairnessPolicy(
      {
        min_group_size: 50,
        seed: 1,
        thresholds: { disparate_impact_ratio: 0.9 },
        reference_groups: { gender: 'M', region: 'EU' },
        fail_when: 'confident',
      },
      { minGroupSize: 10, referenceGroups: { region: 'US' } },
    )
    expect(p.failWhen).toBe('confident')
    expect(p.minGroupSize).toBe(10)
    expect(p.seed).toBe(1)
    expect(p.thresholds.disparate_impact_ratio).toBe(0.9)
    expect(p.thresholds.demographic_parity_difference).toBe(0.1)
    expect(p.referenceGroups).toEqual({ gender: 'M', region: 'US' })
  })
  it('resolveFairnessPolicy(undefined) is the documented defaults', () => {
    expect(resolveFairnessPolicy(undefined)).toEqual(DEFAULT_FAIRNESS_POLICY)
  })
})

describe('decideFairness', () => {
  const rows = (
    spec: [string, number, number, number][],
  ): { yTrue: Uint8Array; yPred: Uint8Array; sensitive: { name: string; values: string[] }[] } => {
    const y: number[] = [],
      p: number[] = [],
      g: string[] = []
    // spec: [group, n, positives, selected-among-positives = selected-among-negatives share ×100]
    for (const [group, n, pos, sel] of spec) {
      for (let i = 0; i < n; i++) {
        y.push(i < pos ? 1 : 0)
        p.push((i < pos ? i : i - pos) % 100 < sel ? 1 : 0)
        g.push(group)
      }
    }
    return { yTrue: Uint8Array.from(y), yPred: Uint8Array.from(p), sensitive: [{ name: 'g', values: g }] }
  }
  const policy = resolveFairnessPolicy({ bootstrap_resamples: 200 })

  it('decideFairness(results, policy) reports an undefined TPR as a warning, excludes it, and errors when no pair is left', () => {
    const results = analyzeFairness(
      rows([
        ['A', 100, 50, 50],
        ['B', 100, 0, 50],
      ]),
      policy,
    )
    const { checks } = decideFairness(results, policy)
    const undef = checks.find((c) => c.id === 'fairness.g.undefined-rates')!
    expect(undef.status).toBe('warn')
    expect(undef.message).toBe(msg.undefinedRates('g', [{ key: 'g=B', rates: ['TPR'] }]))
    const eop = checks.find((c) => c.id === 'fairness.g.equal_opportunity_difference')!
    expect(eop.status).toBe('error')
    expect(eop.message).toBe(msg.disparityUndefined('g', 'equal opportunity difference'))
    expect(
      fairnessTitle(
        checks.filter((c) => c.status !== 'fail'),
        1,
      ),
    ).toBe(msg.titleError(checks.find((c) => c.status === 'error')!.message))
  })

  it('decideFairness(results, policy) with use_interval warns where the point is within but the interval is not', () => {
    const data = rows([
      ['A', 200, 100, 50],
      ['B', 200, 100, 42],
    ])
    const point = decideFairness(analyzeFairness(data, policy), policy).checks.find(
      (c) => c.id === 'fairness.g.demographic_parity_difference',
    )!
    expect(point.status).toBe('pass')
    const strict = { ...policy, useInterval: true }
    const interval = decideFairness(analyzeFairness(data, strict), strict).checks.find(
      (c) => c.id === 'fairness.g.demographic_parity_difference',
    )!
    expect(interval.status).toBe('warn')
    expect(interval.observed).toBe(point.observed)
    expect((interval.details!['interval'] as number[])[1]).toBeGreaterThan(0.1)
  })

  it('decideFairness(results, policy) never passes a grouping with fewer than two judged groups', () => {
    const results = analyzeFairness(
      rows([
        ['A', 100, 50, 50],
        ['B', 10, 5, 50],
      ]),
      policy,
    )
    const { checks } = decideFairness(results, policy)
    expect(checks.map((c) => c.status)).toEqual(['warn', 'fail'])
    expect(checks[1]!.message).toBe(msg.tooFewGroups('g', 1, 30, ['g=B']))
  })

  it('fairnessFigures(results, policy, checks) writes undefined rates as "undefined" and lists excluded groups', () => {
    const results = analyzeFairness(
      rows([
        ['A', 100, 50, 50],
        ['B', 100, 0, 50],
        ['C', 5, 2, 50],
      ]),
      policy,
    )
    const figures = fairnessFigures(results, policy, decideFairness(results, policy).checks)
    const groups = figures[0]!
    expect(groups.kind === 'table' && groups.rows[1]![3]).toBe('undefined')
    expect(figures.map((f) => f.title)).toContain('Groups of g excluded from the verdict (fewer than 30 rows)')
  })
})
