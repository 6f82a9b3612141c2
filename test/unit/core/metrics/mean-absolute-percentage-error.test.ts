import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  MAPE_EPSILON,
  meanAbsolutePercentageError,
} from '../../../../src/core/metrics/mean-absolute-percentage-error.js'
import { regressionMetric } from '../../../../src/core/metrics/regression-metric.js'
import { GREATER_IS_BETTER, METRICS_BY_TASK } from '../../../../src/core/metrics/metric-name.js'

const golden = JSON.parse(
  readFileSync(new URL('../../../../fixtures/golden/mape.sklearn.json', import.meta.url), 'utf8'),
) as {
  epsilon: number
  cases: { name: string; y_true: number[]; y_pred: number[]; sample_weight?: number[]; mape: number }[]
}

describe('meanAbsolutePercentageError', () => {
  it('meanAbsolutePercentageError(y, ŷ[, w]) matches sklearn mean_absolute_percentage_error, zero truth included', () => {
    expect(MAPE_EPSILON).toBe(golden.epsilon)
    expect(golden.cases).toHaveLength(4)
    for (const c of golden.cases) {
      const value = regressionMetric(c.y_true, c.y_pred, 'mape', c.sample_weight)
      // A relative tolerance: the zero-truth case is ~4.5e14.
      expect(Math.abs(value - c.mape) / Math.abs(c.mape)).toBeLessThan(1e-12)
      expect(meanAbsolutePercentageError(c.y_true, c.y_pred, c.sample_weight)).toBe(value)
    }
  })
  it('mape is a regression metric where smaller is better', () => {
    expect(METRICS_BY_TASK.regression).toContain('mape')
    expect(GREATER_IS_BETTER.mape).toBe(false)
  })
})
