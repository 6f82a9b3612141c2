import { describe, expect, it } from 'vitest'
import { checkMetricRule } from '../../../../src/core/compare/check-metric-rule.js'
import { compareMessages } from '../../../../src/core/compare/messages.js'
import type { MetricRule } from '../../../../src/core/compare/metric-rule.js'

const acc = (rule: Partial<MetricRule>): MetricRule => ({ metric: 'accuracy', greaterIsBetter: true, ...rule })

describe('checkMetricRule: the edges of MLflow MetricThreshold in both modes', () => {
  it('0.80 + 0.05 vs 0.85: mlflow mode fails (float64 sum is 0.8500000000000001), default mode passes', () => {
    expect(0.8 + 0.05).toBeGreaterThan(0.85)
    expect(checkMetricRule(acc({ minAbsoluteChange: 0.05 }), 0.85, 0.8, 'mlflow').absoluteChange).toBe(false)
    expect(checkMetricRule(acc({ minAbsoluteChange: 0.05 }), 0.85, 0.8, 'default').absoluteChange).toBe(true)
  })
  it('min_absolute_change ≤ 0: mlflow mode rejects it like MLflow; default mode reads a negative value as a non-inferiority margin', () => {
    expect(() => checkMetricRule(acc({ minAbsoluteChange: 0 }), 0.8, 0.8, 'mlflow')).toThrow(
      compareMessages.mlflowAbsoluteChangeNotPositive('accuracy', 0),
    )
    expect(() => checkMetricRule(acc({ minAbsoluteChange: -0.01 }), 0.8, 0.8, 'mlflow')).toThrow(RangeError)
    expect(checkMetricRule(acc({ minAbsoluteChange: -0.01 }), 0.795, 0.8, 'default').passed).toBe(true)
    expect(checkMetricRule(acc({ minAbsoluteChange: -0.01 }), 0.785, 0.8, 'default').passed).toBe(false)
  })
  it('negative baseline: the mlflow relative rule flips ((c − b)/b: R² −0.2 → −0.23 passes "10% better", −0.18 fails); default mode uses |baseline|', () => {
    const r2: MetricRule = { metric: 'r2', greaterIsBetter: true, minRelativeChange: 0.1 }
    expect(checkMetricRule(r2, -0.23, -0.2, 'mlflow').relativeChange).toBe(true)
    expect(checkMetricRule(r2, -0.21, -0.2, 'mlflow').relativeChange).toBe(false)
    expect(checkMetricRule(r2, -0.18, -0.2, 'mlflow').relativeChange).toBe(false)
    expect(checkMetricRule(r2, -0.21, -0.2, 'default').relativeChange).toBe(false)
    expect(checkMetricRule(r2, -0.18, -0.2, 'default').relativeChange).toBe(true)
  })
  it('smaller-is-better metrics mirror every rule (log loss must drop by 0.01)', () => {
    const ll: MetricRule = { metric: 'log-loss', greaterIsBetter: false, minAbsoluteChange: 0.01, threshold: 0.5 }
    expect(checkMetricRule(ll, 0.39, 0.4, 'default').passed).toBe(true)
    expect(checkMetricRule(ll, 0.395, 0.4, 'default').passed).toBe(false)
    expect(checkMetricRule(ll, 0.39, 0.4, 'mlflow').passed).toBe(true)
    expect(checkMetricRule(ll, 0.6, 0.7, 'default').threshold).toBe(false)
  })
  it('threshold is inclusive in both modes; default mode tolerates 1e-9 of float noise', () => {
    expect(checkMetricRule(acc({ threshold: 0.85 }), 0.85, undefined, 'mlflow').passed).toBe(true)
    expect(checkMetricRule(acc({ threshold: 0.85 }), 0.85 - 1e-12, undefined, 'mlflow').passed).toBe(false)
    expect(checkMetricRule(acc({ threshold: 0.85 }), 0.85 - 1e-12, undefined, 'default').passed).toBe(true)
  })
  it('min_relative_change outside [0, 1] is rejected in mlflow mode (0 is accepted, like MLflow); negative is rejected in default mode', () => {
    expect(() => checkMetricRule(acc({ minRelativeChange: 1.5 }), 0.8, 0.7, 'mlflow')).toThrow(
      compareMessages.mlflowRelativeChangeOutOfRange('accuracy', 1.5),
    )
    expect(checkMetricRule(acc({ minRelativeChange: 0 }), 0.8, 0.8, 'mlflow').passed).toBe(true)
    expect(checkMetricRule(acc({ minRelativeChange: 0 }), 0.79, 0.8, 'mlflow').passed).toBe(false)
    expect(() => checkMetricRule(acc({ minRelativeChange: -0.1 }), 0.8, 0.7, 'default')).toThrow(
      compareMessages.relativeChangeNegative('accuracy', -0.1),
    )
  })
})
