import { describe, expect, it } from 'vitest'
import { compareModels } from '../../../../src/core/compare/compare-models.js'
import { compareSlices } from '../../../../src/core/compare/compare-slices.js'
import { pairedMetricValue } from '../../../../src/core/compare/paired-metric-value.js'
import { metricEvaluator } from '../../../../src/core/compare/metric-evaluator.js'
import { metricsMessages } from '../../../../src/core/metrics/messages.js'
import { regressionMetric } from '../../../../src/core/metrics/regression-metric.js'
import { UndefinedMetricError } from '../../../../src/core/metrics/undefined-metric-error.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'

const oneClass = {
  task: 'binary' as const,
  yTrue: Float64Array.of(1, 1, 1, 1),
  candidateScore: Float64Array.of(0.9, 0.8, 0.7, 0.4),
  championScore: Float64Array.of(0.6, 0.7, 0.2, 0.9),
}
const options = { resamples: 50, confidence: 0.9, random: seededRandom(3) }

describe('compareModels and compareSlices: an undefined metric is a value, anything else propagates', () => {
  it('compareModels(one class) gives roc-auc as an undefined comparison with the reason, accuracy as defined', () => {
    const [auc, accuracy] = compareModels(oneClass, { metrics: ['roc-auc', 'accuracy'], ...options })
    expect(auc).toEqual({
      kind: 'undefined',
      metric: 'roc-auc',
      greaterIsBetter: true,
      confidence: 0.9,
      reason: metricsMessages.singleClass('roc-auc'),
    })
    expect(accuracy).toMatchObject({ kind: 'defined', metric: 'accuracy', candidate: 0.75, champion: 0.75 })
  })
  it('compareSlices gives a slice with one class an undefined comparison and a mixed slice a defined one', () => {
    const data = { ...oneClass, yTrue: Float64Array.of(1, 1, 0, 1) }
    const slices = compareSlices(data, { g: ['a', 'a', 'b', 'b'] }, ['roc-auc'])
    expect(slices).toEqual([
      {
        kind: 'undefined',
        column: 'g',
        value: 'a',
        rows: 2,
        metric: 'roc-auc',
        greaterIsBetter: true,
        reason: metricsMessages.singleClass('roc-auc'),
      },
      {
        kind: 'defined',
        column: 'g',
        value: 'b',
        rows: 2,
        metric: 'roc-auc',
        greaterIsBetter: true,
        champion: 1,
        candidate: 0,
      },
    ])
  })
  it('compareModels(labels that are not 0/1) throws the plain RangeError of its precondition, never an undefined metric', () => {
    const bad = { ...oneClass, yTrue: Float64Array.of(0, 1, 2, 1) }
    const call = (): unknown => compareModels(bad, { metrics: ['accuracy'], ...options })
    expect(call).toThrow(metricsMessages.notBinaryLabel('prepareBinary', 2, 2))
    expect(call).not.toThrow(UndefinedMetricError)
  })
  it('pairedMetricValue(evaluate, metric) lets errors other than UndefinedMetricError through', () => {
    const evaluate = metricEvaluator({
      task: 'regression',
      yTrue: Float64Array.of(1, 2),
      candidatePred: Float64Array.of(1, 2),
      championPred: Float64Array.of(1, 2),
    })
    expect(() => pairedMetricValue(evaluate, 'roc-auc')).toThrow(
      metricsMessages.unknownMetric('roc-auc', 'regression', ['mae', 'rmse', 'r2', 'mape']),
    )
  })
  it('regressionMetric(constant truth, r2) throws UndefinedMetricError, a RangeError', () => {
    const call = (): unknown => regressionMetric([1, 1], [1, 2], 'r2')
    expect(call).toThrow(UndefinedMetricError)
    expect(call).toThrow(RangeError)
    expect(call).toThrow(metricsMessages.constantTruth('r2'))
  })
})
