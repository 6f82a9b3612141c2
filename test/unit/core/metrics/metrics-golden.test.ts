import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/metrics.sklearn.json' with { type: 'json' }
import { accuracy } from '../../../../src/core/metrics/accuracy.js'
import { averagePrecision } from '../../../../src/core/metrics/average-precision.js'
import { brierScore } from '../../../../src/core/metrics/brier-score.js'
import { confusionCounts } from '../../../../src/core/metrics/confusion-counts.js'
import { f1Score } from '../../../../src/core/metrics/f1-score.js'
import { logLoss } from '../../../../src/core/metrics/log-loss.js'
import { metricsMessages } from '../../../../src/core/metrics/messages.js'
import { multiclassMetric } from '../../../../src/core/metrics/multiclass-metric.js'
import type { MulticlassLabelMetricName } from '../../../../src/core/metrics/metric-name.js'
import { precision } from '../../../../src/core/metrics/precision.js'
import { recall } from '../../../../src/core/metrics/recall.js'
import { regressionMetric } from '../../../../src/core/metrics/regression-metric.js'
import { rocAuc } from '../../../../src/core/metrics/roc-auc.js'

// Tolerance: absolute 1e-9 against scikit-learn (fixtures/golden/generate/metrics.py).
const TOL = 1e-9
type Golden = number | { error: string }
function expectGolden(compute: () => number, expected: Golden): void {
  if (typeof expected === 'number') expect(Math.abs(compute() - expected)).toBeLessThanOrEqual(TOL)
  else expect(compute).toThrow(RangeError)
}

describe('binary metrics match sklearn', () => {
  for (const c of golden.binary) {
    it(`binary metrics on "${c.name}" equal sklearn ${golden.versions.sklearn}`, () => {
      const pred = c.yScore.map((s) => (s >= c.threshold ? 1 : 0))
      expect(confusionCounts(c.yTrue, pred)).toEqual(c.confusion)
      expectGolden(() => accuracy(c.yTrue, c.yScore, c.threshold), c.accuracy)
      expectGolden(() => precision(c.yTrue, c.yScore, c.threshold), c.precision)
      expectGolden(() => recall(c.yTrue, c.yScore, c.threshold), c.recall)
      expectGolden(() => f1Score(c.yTrue, c.yScore, c.threshold), c.f1)
      expectGolden(() => rocAuc(c.yTrue, c.yScore), c.rocAuc)
      expectGolden(() => averagePrecision(c.yTrue, c.yScore), c.averagePrecision)
      expectGolden(() => logLoss(c.yTrue, c.yScore), c.logLoss)
      expectGolden(() => brierScore(c.yTrue, c.yScore), c.brier)
    })
  }
  it('rocAuc(y, s) with a single class present throws the single-class message, never 0', () => {
    expect(() => rocAuc([0, 0, 0], [0.1, 0.2, 0.3])).toThrow(metricsMessages.singleClass('roc-auc'))
    expect(() => rocAuc([1, 1], [0.1, 0.2])).toThrow(metricsMessages.singleClass('roc-auc'))
  })
  it("precision(y, s) with no predicted positives throws instead of sklearn's silent 0", () => {
    expect(() => precision([0, 1], [0.1, 0.2])).toThrow(metricsMessages.noPredictedPositives('precision'))
  })
  it('prepareBinary rejects labels other than 0/1 and scores outside [0, 1]', () => {
    expect(() => rocAuc([0, 2], [0.1, 0.2])).toThrow(metricsMessages.notBinaryLabel('prepareBinary', 1, 2))
    expect(() => rocAuc([0, 1], [0.1, 1.2])).toThrow(metricsMessages.scoreOutOfRange('prepareBinary', 1, 1.2))
    expect(() => rocAuc([0, 1], [0.1])).toThrow(metricsMessages.lengthMismatch('prepareBinary', 2, 1))
  })
})

describe('multiclass metrics match sklearn', () => {
  for (const c of golden.multiclass) {
    it(`multiclassMetric on "${c.name}" equals sklearn for macro, micro and weighted averaging`, () => {
      expectGolden(() => multiclassMetric(c.yTrue, c.yPred, 'accuracy'), c.accuracy)
      for (const avg of ['macro', 'micro', 'weighted'] as const) {
        for (const kind of ['precision', 'recall', 'f1'] as const) {
          expectGolden(
            () => multiclassMetric(c.yTrue, c.yPred, `${kind}-${avg}` as MulticlassLabelMetricName),
            c[avg][kind],
          )
        }
      }
    })
  }
})

describe('regression metrics match sklearn', () => {
  for (const c of golden.regression) {
    it(`regressionMetric on "${c.name}" equals sklearn mae, rmse and r2`, () => {
      expectGolden(() => regressionMetric(c.yTrue, c.yPred, 'mae'), c.mae)
      expectGolden(() => regressionMetric(c.yTrue, c.yPred, 'rmse'), c.rmse)
      expectGolden(() => regressionMetric(c.yTrue, c.yPred, 'r2'), c.r2)
    })
  }
  it('regressionMetric(y, ŷ, "r2") throws for constant truth', () => {
    expect(() => regressionMetric([1, 1], [1, 2], 'r2')).toThrow(metricsMessages.constantTruth('r2'))
  })
  it('weights that are integer multiplicities equal repeating rows', () => {
    const y = [3, -0.5, 2, 7]
    const p = [2.5, 0, 2, 8]
    expect(regressionMetric(y, p, 'r2', [2, 0, 1, 1])).toBeCloseTo(
      regressionMetric([3, 3, 2, 7], [2.5, 2.5, 2, 8], 'r2'),
      12,
    )
  })
})
