import { describe, expect, it } from 'vitest'
import { ConfigurationError, inSurface } from '../../../../src/core/errors.js'
import { compareModels } from '../../../../src/core/compare/compare-models.js'
import type { DefinedMetricComparison } from '../../../../src/core/compare/metric-comparison.js'
import { metricEvaluator } from '../../../../src/core/compare/metric-evaluator.js'
import { resolveEvaluationPolicy } from '../../../../src/core/compare/resolve-evaluation-policy.js'
import { metricsMessages } from '../../../../src/core/metrics/messages.js'
import {
  MULTICLASS_LABEL_METRICS,
  MULTICLASS_METRICS,
  MULTICLASS_PROBABILITY_METRICS,
} from '../../../../src/core/metrics/metric-name.js'
import { multiclassProbabilityMetrics } from '../../../../src/core/metrics/multiclass-probability-metrics.js'
import { prepareMulticlassProbabilities } from '../../../../src/core/metrics/prepare-multiclass-probabilities.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'

/** n rows of k classes; each model's probabilities are a softmax of signal·onehot(label) + N(0, 1) noise. */
function paired(n: number, k: number, championSignal: number, candidateSignal: number, seed: number) {
  const random = seededRandom(seed)
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const yTrue = new Float64Array(n)
  const probs = (signal: number, y: number): number[] => {
    const e = Array.from({ length: k }, (_, c) => Math.exp((c === y ? signal : 0) + gauss()))
    const s = e.reduce((a, b) => a + b, 0)
    return e.map((v) => v / s)
  }
  const cand: number[] = []
  const champ: number[] = []
  for (let i = 0; i < n; i++) {
    const y = Math.floor(random() * k)
    yTrue[i] = y
    cand.push(...probs(candidateSignal, y))
    champ.push(...probs(championSignal, y))
  }
  const candidateProbabilities = Float64Array.from(cand)
  const championProbabilities = Float64Array.from(champ)
  const argmax = (p: Float64Array): Float64Array =>
    Float64Array.from(prepareMulticlassProbabilities(yTrue, p, k).argmax)
  return {
    task: 'multiclass' as const,
    yTrue,
    classCount: k,
    candidateProbabilities,
    championProbabilities,
    candidatePred: argmax(candidateProbabilities),
    championPred: argmax(championProbabilities),
  }
}

describe('compareModels with multiclass probabilities', () => {
  it('compareModels(multiclass + probabilities) gives point values equal to the metrics and a paired bootstrap interval for every metric', () => {
    const data = paired(300, 4, 1.0, 2.0, 3)
    const out = compareModels(data, {
      metrics: MULTICLASS_METRICS,
      resamples: 200,
      confidence: 0.95,
      random: seededRandom(9),
    })
    expect(out.map((c) => c.metric)).toEqual([...MULTICLASS_METRICS])
    const defined = out.filter((c): c is DefinedMetricComparison => c.kind === 'defined')
    expect(defined).toHaveLength(out.length)
    for (const c of defined) {
      expect(c.resamples).toBe(200)
      expect(c.lower).toBeLessThanOrEqual(c.upper)
    }
    const direct = multiclassProbabilityMetrics(
      prepareMulticlassProbabilities(data.yTrue, data.candidateProbabilities, 4),
      ['roc-auc-ovo'],
    )[0]
    expect(defined.find((c) => c.metric === 'roc-auc-ovo')?.candidate).toBe(direct)
    // a much stronger candidate: ROC-AUC up and log loss down, with the whole interval on the better side
    const ovr = defined.find((c) => c.metric === 'roc-auc-ovr')
    expect(ovr?.lower).toBeGreaterThan(0)
    expect(ovr?.probabilityBetter).toBe(1)
    const loss = defined.find((c) => c.metric === 'log-loss')
    expect(loss?.greaterIsBetter).toBe(false)
    expect(loss?.upper).toBeLessThan(0)
    expect(defined.find((c) => c.metric === 'accuracy')?.test?.name).toBe('mcnemar')
  })
  it('the same seed gives the same intervals (reproducible)', () => {
    const data = paired(120, 3, 1.0, 1.2, 4)
    const run = () =>
      compareModels(data, {
        metrics: ['roc-auc-ovo-weighted', 'log-loss'],
        resamples: 100,
        confidence: 0.9,
        random: seededRandom(5),
      })
    expect(run()).toEqual(run())
  })
  it('metricEvaluator asks for probability columns when a probability metric has none', () => {
    const data = paired(30, 3, 1, 1, 5)
    const evaluate = metricEvaluator({
      task: 'multiclass',
      yTrue: data.yTrue,
      candidatePred: data.candidatePred,
      championPred: data.championPred,
    })
    expect(() => evaluate(['roc-auc-ovr'])).toThrow(
      inSurface(metricsMessages.needsProbabilities('roc-auc-ovr'), 'action'),
    )
    expect(() => evaluate(['roc-auc-ovr'])).toThrow(ConfigurationError)
    expect(() => evaluate(['roc-auc-ovr'])).toThrow('but input "probability-columns" is not set')
    expect(evaluate(['accuracy']).candidate[0]).toBeGreaterThan(0)
  })
})

describe('resolveEvaluationPolicy and the multiclass probability metrics', () => {
  it('resolveEvaluationPolicy(multiclass) reports the label metrics only, unless probability columns are given', () => {
    expect(resolveEvaluationPolicy({ task: 'multiclass' }, {}).policy.metrics).toEqual([...MULTICLASS_LABEL_METRICS])
    expect(resolveEvaluationPolicy({ task: 'multiclass' }, { probabilities: true }).policy.metrics).toEqual([
      ...MULTICLASS_LABEL_METRICS,
      ...MULTICLASS_PROBABILITY_METRICS,
    ])
  })
  it('a rule on roc-auc-ovo is a multiclass rule, greater is better; log-loss smaller is better', () => {
    const { policy } = resolveEvaluationPolicy(
      {
        task: 'multiclass',
        metrics: { 'roc-auc-ovo': { min_absolute_change: 0 }, 'log-loss': { non_inferiority_margin: 0.01 } },
      },
      { probabilities: true },
    )
    expect(policy.rules).toEqual([
      { metric: 'roc-auc-ovo', greaterIsBetter: true, minAbsoluteChange: 0 },
      { metric: 'log-loss', greaterIsBetter: false, nonInferiorityMargin: 0.01 },
    ])
  })
})
