// Issue #16 (evaluate-vs-champion rows), #14 item 10 and #15 item 8: decideEvaluation with literal evidence.
import { describe, expect, it } from 'vitest'
import { checkPairedLabels } from '../../../../src/core/compare/check-paired-labels.js'
import { compareModels } from '../../../../src/core/compare/compare-models.js'
import { compareSlices } from '../../../../src/core/compare/compare-slices.js'
import { decideEvaluation, type EvaluationEvidence } from '../../../../src/core/compare/decide-evaluation.js'
import type { EvaluationPolicy } from '../../../../src/core/compare/evaluation-policy.js'
import { compareMessages as m } from '../../../../src/core/compare/messages.js'
import type { DefinedMetricComparison, MetricComparison } from '../../../../src/core/compare/metric-comparison.js'
import { rejectionConfidence } from '../../../../src/core/compare/rejection-confidence.js'
import { resolveEvaluationPolicy } from '../../../../src/core/compare/resolve-evaluation-policy.js'
import type { SliceComparison } from '../../../../src/core/compare/slice-comparison.js'
import { ConfigurationError, DataError } from '../../../../src/core/errors.js'
import { toGateReport } from '../../../../src/core/gate/gate-outcome.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'
import { definedComparison } from './comparison-fixture.js'

const base = resolveEvaluationPolicy({}, {}).policy
const cmp = (over: Partial<DefinedMetricComparison>): DefinedMetricComparison =>
  definedComparison({ candidateLower: 0.8, candidateUpper: 0.84, undefinedResamples: 0, ...over })
const evidence = (comparisons: readonly MetricComparison[], extra: Partial<EvaluationEvidence> = {}) => ({
  rows: 400,
  positives: 200,
  negatives: 200,
  champion: { path: 'champion.csv', how: 'file' as const },
  comparisons,
  metricsPath: '/work/m.json',
  ...extra,
})
const decide = (comparisons: readonly MetricComparison[], policy: EvaluationPolicy = base, extra = {}) =>
  decideEvaluation(evidence(comparisons, extra), policy)
const thrown = (f: () => unknown): ConfigurationError => {
  try {
    f()
  } catch (error) {
    return error as ConfigurationError
  }
  throw new Error('expected a throw')
}
const identical = cmp({ candidate: 0.8, difference: 0, lower: 0, upper: 0, probabilityBetter: 0 })

describe('"better" means strictly better; non-inferiority is its own rule', () => {
  it('decideEvaluation(identical candidate, ≥ champion + 0) holds, never promotes: 0 [0, 0] does not clear "> champion + 0"', () => {
    const out = decide([identical])
    expect(out.decision).toBe('hold')
    expect(out.outcome.title).toBe(
      m.decisionWithReason('hold', m.intervalInconclusive('roc-auc', '0 [0, 0]', '> champion + 0')),
    )
    const point = decide([identical], { ...base, evidence: 'point' })
    expect(point.decision).toBe('hold')
    expect(point.outcome.checks[0]?.message).toBe(m.pointOnBound('roc-auc', 0, '> champion + 0'))
  })
  it('decideEvaluation(a rank-equivalent candidate from compareModels) holds: every resampled difference is 0', () => {
    const random = seededRandom(5)
    const n = 300
    const yTrue = Float64Array.from({ length: n }, () => (random() < 0.4 ? 1 : 0))
    const champion = Float64Array.from(yTrue, (y) => Math.min(1, Math.max(0, 0.3 * y + 0.6 * random())))
    const candidate = Float64Array.from(champion, (s) => s * s) // monotone: the same ranking
    const comparisons = compareModels(
      { task: 'binary', yTrue, candidateScore: candidate, championScore: champion },
      { metrics: ['roc-auc'], resamples: 200, confidence: 0.95, random: seededRandom(1) },
    )
    expect(comparisons[0]).toMatchObject({ kind: 'defined', difference: 0, lower: 0, upper: 0 })
    expect(decide(comparisons, base, { rows: n, positives: 120, negatives: 180 }).decision).toBe('hold')
  })
  it('non_inferiority_margin: passes when the interval stays above −margin, holds when it straddles, rejects when below', () => {
    const { policy, warnings } = resolveEvaluationPolicy(
      { metrics: { 'roc-auc': { non_inferiority_margin: 0.02 } } },
      {},
    )
    expect(warnings).toEqual([])
    expect(policy.rules).toEqual([{ metric: 'roc-auc', greaterIsBetter: true, nonInferiorityMargin: 0.02 }])
    expect(decide([identical], policy).decision).toBe('promote') // 0 [0, 0] is non-inferior: −0.02 < 0
    expect(decide([cmp({ difference: 0, lower: -0.015, upper: 0.015 })], policy).decision).toBe('promote')
    expect(decide([cmp({ difference: -0.01, lower: -0.03, upper: 0.01 })], policy).decision).toBe('hold')
    expect(decide([cmp({ difference: -0.05, lower: -0.07, upper: -0.03 })], policy).decision).toBe('reject')
    expect(
      decide([cmp({ difference: -0.05, lower: -0.07, upper: -0.03 })], policy).outcome.checks[0]?.threshold,
    ).toEqual({ rule: '> champion − 0.02 (non-inferiority)' })
  })
  it('resolveEvaluationPolicy maps a negative min_absolute_change to non_inferiority_margin, with a warning naming the key', () => {
    const { policy, warnings } = resolveEvaluationPolicy(
      { metrics: { 'log-loss': { min_absolute_change: -0.01 } } },
      {},
    )
    expect(policy.rules).toEqual([{ metric: 'log-loss', greaterIsBetter: false, nonInferiorityMargin: 0.01 }])
    expect(warnings).toEqual([m.negativeChangeIsMargin('log-loss', -0.01)])
  })
  it('resolveEvaluationPolicy({ metrics: { roc-auc: {} } }) is a ConfigurationError naming the policy path and how to fix it', () => {
    for (const rule of [{}, { greater_is_better: true }]) {
      const error = thrown(() => resolveEvaluationPolicy({ metrics: { 'roc-auc': rule } }, {}))
      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error.message).toBe(m.emptyRule('roc-auc'))
      expect(error.location).toEqual({ path: 'evaluate-vs-champion.metrics.roc-auc' })
      expect(error.hint).toBe(m.fixEmptyRule('roc-auc'))
    }
  })
  it('resolveEvaluationPolicy rejects a margin in mlflow mode and a margin combined with a change rule', () => {
    const mlflow = thrown(() =>
      resolveEvaluationPolicy({ rule_mode: 'mlflow', metrics: { 'roc-auc': { non_inferiority_margin: 0.01 } } }, {}),
    )
    expect(mlflow.location).toEqual({ path: 'evaluate-vs-champion.metrics.roc-auc.non_inferiority_margin' })
    const both = thrown(() =>
      resolveEvaluationPolicy({ metrics: { 'roc-auc': { non_inferiority_margin: 0.01, min_absolute_change: 0 } } }, {}),
    )
    expect(both.message).toBe(m.marginWithChange('roc-auc'))
  })
})

describe('floors judged with the interval; sample minimums; undefined resamples', () => {
  const floor = resolveEvaluationPolicy({ metrics: { recall: { threshold: 0.99 } } }, {}).policy
  const recall = (over: Partial<DefinedMetricComparison>) =>
    cmp({ metric: 'recall', candidate: 0.993, champion: 0.99, difference: 0.003, ...over })
  it('recall 0.993 with interval [0.978, 1] against floor 0.99 is inconclusive (hold), not a pass', () => {
    const out = decide([recall({ candidateLower: 0.978, candidateUpper: 1 })], floor)
    expect(out.decision).toBe('hold')
    expect(out.outcome.checks[0]).toMatchObject({
      status: 'warn',
      message: m.floorIntervalInconclusive('recall', '0.993 [0.978, 1]', 0.99, true),
    })
    expect(decide([recall({ candidateLower: 0.991, candidateUpper: 0.996 })], floor).decision).toBe('promote')
  })
  it('a floor rejects only when the family-wise interval misses it too (adjusted), else holds', () => {
    const adjusted = { confidence: 0.99, lower: -0.01, upper: 0.02, candidateLower: 0.97, candidateUpper: 0.992 }
    const c = recall({ candidate: 0.98, candidateLower: 0.975, candidateUpper: 0.988, adjusted })
    expect(decide([c], floor).decision).toBe('hold')
    const out = decide([recall({ ...c, adjusted: { ...adjusted, candidateUpper: 0.989 } })], floor)
    expect(out.decision).toBe('reject')
    expect(out.outcome.checks[0]?.message).toBe(m.floorIntervalMisses('recall', '0.98 [0.97, 0.989]', 0.99, true, '99'))
  })
  it('rejection is Bonferroni-corrected over the rule components; promotion still needs every rule', () => {
    const policy = resolveEvaluationPolicy(
      { metrics: { 'roc-auc': { min_absolute_change: 0, threshold: 0.7 }, 'pr-auc': { min_absolute_change: 0 } } },
      {},
    ).policy
    expect(rejectionConfidence(policy)).toBeCloseTo(1 - 0.05 / 3, 15)
    const slightlyWorse = cmp({
      metric: 'pr-auc',
      difference: -0.01,
      lower: -0.02,
      upper: -0.001,
      adjusted: { confidence: 0.983, lower: -0.025, upper: 0.004, candidateLower: 0.78, candidateUpper: 0.86 },
    })
    const out = decide([cmp({}), slightlyWorse], policy)
    expect(out.decision).toBe('hold') // the plain 95% interval is below 0, the family-wise one is not
    expect(
      decide([cmp({}), cmp({ metric: 'pr-auc', difference: 0.005, lower: -0.002, upper: 0.01 })], policy).decision,
    ).toBe('hold')
  })
  it('2 rows, or 10 positives: an error check evaluate.sample and hold, never "Promote: 1 [1, 1]"', () => {
    const perfect = cmp({
      candidate: 1,
      champion: 0.5,
      difference: 0.5,
      lower: 0.5,
      upper: 0.5,
      candidateLower: 1,
      candidateUpper: 1,
    })
    const two = decide([perfect], base, { rows: 2, positives: 1, negatives: 1 })
    expect(two.decision).toBe('hold')
    expect(two.outcome.checks).toHaveLength(1)
    expect(two.outcome.checks[0]).toMatchObject({ id: 'evaluate.sample', status: 'error', observed: 2 })
    expect(two.outcome.title).toBe(
      'Hold: too few rows to judge: 2 paired rows (1 positives, 1 negatives); the policy asks for at least 30 rows, 20 positives and 20 negatives (evaluate-vs-champion.sample), so the decision is hold',
    )
    const ten = decide([perfect], base, { rows: 500, positives: 10, negatives: 490 })
    expect(ten.decision).toBe('hold')
    expect(ten.outcome.checks[0]?.message).toBe(m.sampleTooSmall(500, { positives: 10, negatives: 490 }, base.sample))
  })
  it('a metric undefined on more than 5% of the resamples is inconclusive, and the share is in the check and the table', () => {
    const out = decide([cmp({ resamples: 900, undefinedResamples: 100 })])
    expect(out.decision).toBe('hold')
    expect(out.outcome.checks[0]).toMatchObject({
      status: 'warn',
      message: m.undefinedShareTooHigh('roc-auc', 0.1, 0.05),
    })
    expect(out.outcome.checks[0]?.details).toMatchObject({ undefinedResamples: 100, undefinedShare: 0.1 })
    const table = out.outcome.figures[0]
    expect(table?.kind === 'table' ? table.rows[0]?.slice(-2) : undefined).toEqual(['[0.8, 0.84] (95%)', '10%'])
    expect(decide([cmp({ resamples: 960, undefinedResamples: 40 })]).decision).toBe('promote')
  })
})

describe('slices: paired intervals, per-metric tolerance, minimum classes', () => {
  const s = (over: Partial<SliceComparison>): SliceComparison =>
    ({
      kind: 'defined',
      column: 'region',
      value: 'eu',
      rows: 500,
      metric: 'roc-auc',
      greaterIsBetter: true,
      champion: 0.8,
      candidate: 0.76,
      lower: -0.09,
      upper: 0.01,
      confidence: 0.995,
      ...over,
    }) as SliceComparison
  it('a slice whose paired interval reaches back within the tolerance passes (no regression shown), even at −0.04', () => {
    const out = decide([cmp({})], base, { slices: [s({})] })
    expect(out.decision).toBe('promote')
    expect(out.outcome.checks.find((c) => c.id.startsWith('evaluate.slice'))?.status).toBe('pass')
  })
  it('rmse slices are judged with a relative tolerance (5% of the champion), not 0.02 in target units', () => {
    const policy = resolveEvaluationPolicy({ task: 'regression' }, {}).policy
    const rmse = cmp({
      metric: 'rmse',
      greaterIsBetter: false,
      champion: 52.87,
      candidate: 50,
      difference: -2.87,
      lower: -4,
      upper: -1,
    })
    const slice = s({
      metric: 'rmse',
      greaterIsBetter: false,
      champion: 52.87,
      candidate: 53.3,
      lower: 0.2,
      upper: 0.7,
    })
    const out = decide([rmse], policy, { slices: [slice], positives: undefined, negatives: undefined })
    expect(out.decision).toBe('promote')
    const worse = s({ metric: 'rmse', greaterIsBetter: false, champion: 52.87, candidate: 58, lower: 3.5, upper: 6.5 })
    expect(decide([rmse], policy, { slices: [worse], positives: undefined, negatives: undefined }).decision).toBe(
      'reject',
    )
  })
  it('a slice with too few positives is skipped and named in the summary; it is not judged', () => {
    const skipped: SliceComparison = {
      ...s({}),
      kind: 'skipped',
      reason: m.sliceTooFewClass(8, 'positives', 20),
    }
    const out = decide([cmp({})], base, { slices: [skipped] })
    expect(out.decision).toBe('promote')
    // The slice's column and value come from the data: escaped in the summary (`<` as an entity).
    expect(out.outcome.summary).toContain(m.slicesSkipped(['region=eu (8 positives &lt; min_positives 20)']))
    expect(out.outcome.checks.some((c) => c.id.startsWith('evaluate.slice'))).toBe(false)
  })
  it('compareSlices skips small slices and gives judged ones a Bonferroni interval from the same resamples', () => {
    const random = seededRandom(9)
    const n = 600
    const yTrue = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0))
    const champion = Float64Array.from(yTrue, (y) => Math.min(1, 0.4 * y + 0.6 * random()))
    const candidate = Float64Array.from(yTrue, (y) => Math.min(1, 0.4 * y + 0.6 * random()))
    const region = Array.from({ length: n }, (_, i) => (i < 20 ? 'tiny' : i % 2 === 0 ? 'a' : 'b'))
    const slices = compareSlices(
      { task: 'binary', yTrue, candidateScore: candidate, championScore: champion },
      { region },
      ['roc-auc', 'accuracy'],
      { minSize: 30, minPositives: 20, minNegatives: 20, resamples: 200, random: seededRandom(2), confidence: 0.95 },
    )
    expect(slices.map((x) => `${x.value}:${x.metric}:${x.kind}`)).toEqual([
      'a:roc-auc:defined',
      'a:accuracy:defined',
      'b:roc-auc:defined',
      'b:accuracy:defined',
      'tiny:roc-auc:skipped',
      'tiny:accuracy:skipped',
    ])
    const a = slices[0]
    expect(a?.kind === 'defined' ? [a.confidence, a.resamples, a.undefinedResamples] : undefined).toEqual([
      1 - 0.05 / 4,
      200,
      0,
    ])
    expect(a?.kind === 'defined' && a.lower! <= a.candidate - a.champion && a.candidate - a.champion <= a.upper!).toBe(
      true,
    )
    expect(slices[4]).toMatchObject({ reason: m.sliceTooFewRows(20, 30) })
  })
})

describe('the first model: no champion, floors only', () => {
  const floors = resolveEvaluationPolicy(
    { metrics: { 'roc-auc': { min_absolute_change: 0, threshold: 0.75 } } },
    {},
  ).policy
  const noChampion = { champion: undefined }
  it('decideEvaluation(no champion) judges the floors with the interval, says "no champion: floors only", and the report passes', () => {
    const { champion: _champion, ...first } = evidence([cmp({})])
    const out = decideEvaluation(first, floors)
    expect(out.decision).toBe('promote')
    expect(out.outcome.summary?.split('\n')[0]).toBe(
      'no champion: floors only (the change rules are judged once a champion exists)',
    )
    expect(out.outcome.checks.map((c) => [c.id, c.status])).toEqual([
      ['evaluate.champion', 'pass'],
      ['evaluate.roc-auc', 'pass'],
    ])
    expect(out.outcome.checks[1]?.message).toBe(m.floorIntervalMeets('roc-auc', '0.82 [0.8, 0.84]', 0.75, true, '95'))
    const report = toGateReport('evaluate-vs-champion', out.outcome, {
      startedAt: new Date(0),
      finishedAt: new Date(1),
    })
    expect(report.status).toBe('pass')
    expect(out.outcome.figures.map((f) => f.title)).toEqual(['Candidate vs champion'])
  })
  it('decideEvaluation(no champion, floor inside the interval) holds', () => {
    const out = decide([cmp({ candidateLower: 0.7, candidateUpper: 0.9 })], floors, noChampion)
    expect(out.decision).toBe('hold')
  })
  it('decideEvaluation(no champion, no floor) is an error check that says what to configure', () => {
    const out = decide([cmp({})], base, noChampion)
    expect(out.decision).toBe('hold')
    expect(out.outcome.checks.find((c) => c.id === 'evaluate.rules')).toMatchObject({
      status: 'error',
      message: m.noChampionNoFloors,
    })
  })
})

describe('checkPairedLabels: the champion file labels every id as the candidate does', () => {
  const pairing = { candidate: Uint32Array.of(0, 1, 2), champion: Uint32Array.of(2, 0, 1) }
  it('checkPairedLabels passes when the labels agree by id, whatever the row order', () => {
    expect(() =>
      checkPairedLabels(Float64Array.of(1, 0, 1), Float64Array.of(0, 1, 1), pairing, ['a', 'b', 'c'], {
        candidate: 'cand.csv',
        champion: 'champ.csv',
      }),
    ).not.toThrow()
  })
  it('checkPairedLabels throws a DataError naming the first differing id and both files', () => {
    const call = (): void =>
      checkPairedLabels(Float64Array.of(1, 1, 0), Float64Array.of(0, 1, 1), pairing, ['a', 'b', 'c'], {
        candidate: 'cand.csv',
        champion: 'champ.csv',
      })
    expect(call).toThrow(DataError)
    expect(call).toThrow('champ.csv labels id "b" as 0, but cand.csv labels it 1 (2 of 3 paired ids differ)')
  })
})
