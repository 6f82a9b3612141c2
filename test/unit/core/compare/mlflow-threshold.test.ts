import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/mlflow-threshold.mlflow.json' with { type: 'json' }
import { checkMetricRule } from '../../../../src/core/compare/check-metric-rule.js'
import type { MetricRule } from '../../../../src/core/compare/metric-rule.js'
import {
  mlflowThresholdProblem,
  validateMlflowThreshold,
  type MlflowThreshold,
} from '../../../../src/core/compare/mlflow-threshold.js'

// The cases come from reading mlflow/models/evaluation/validation.py at mlflow/mlflow commit
// 0c2339493bb2864ef8b0d2b130d31ebdd7aee7fc (Debian packages no mlflow, so they were not produced by running it).
// The lines they follow, in _validate, for a metric with greater_is_better (lower is better mirrors each):
//   threshold:  failed = not (candidate >= threshold)
//   absolute:   failed = not (Decimal(candidate) >= Decimal(baseline + min_absolute_change))
//   relative:   if baseline == 0: failed = not (Decimal(candidate) >= Decimal(baseline + 1e-10))
//               else: relative_change = (candidate - baseline) / baseline; failed = relative_change < min_relative_change
//   and, before the change checks: (min_relative_change or min_absolute_change) with no baseline value → missing_baseline.
// In MetricThreshold.__init__: min_absolute_change <= 0 is rejected; min_relative_change < 0 or > 1 is rejected.
// Each case in the fixture spells out the float64 arithmetic in its `why`.

interface WrittenRule {
  readonly greater_is_better: boolean
  readonly threshold?: number
  readonly min_absolute_change?: number
  readonly min_relative_change?: number
}

const toThreshold = (r: WrittenRule): MlflowThreshold => ({
  metric: 'accuracy',
  greaterIsBetter: r.greater_is_better,
  ...(r.threshold === undefined ? {} : { threshold: r.threshold }),
  ...(r.min_absolute_change === undefined ? {} : { minAbsoluteChange: r.min_absolute_change }),
  ...(r.min_relative_change === undefined ? {} : { minRelativeChange: r.min_relative_change }),
})

interface GoldenCase {
  readonly name: string
  readonly rule: WrittenRule
  readonly baseline?: number | null
  readonly candidate?: number
  readonly passed?: boolean
  readonly threshold?: boolean
  readonly absoluteChange?: boolean
  readonly relativeChange?: boolean
  readonly missingBaseline?: boolean
  readonly rejected?: string
}

const cases = golden.cases as readonly GoldenCase[]

describe('validateMlflowThreshold: MLflow MetricThreshold at 0c23394, case by case', () => {
  for (const c of cases.filter((x) => x.rejected === undefined)) {
    it(`${c.name}: ${JSON.stringify(c.rule)}, baseline ${String(c.baseline)}, candidate ${String(c.candidate)} → ${c.passed ? 'pass' : 'fail'}`, () => {
      const t = toThreshold(c.rule)
      const baseline = c.baseline ?? undefined
      const r = validateMlflowThreshold(t, c.candidate as number, baseline)
      expect(r.passed).toBe(c.passed)
      for (const part of ['threshold', 'absoluteChange', 'relativeChange', 'missingBaseline'] as const) {
        if (c[part] !== undefined) expect(r[part]).toBe(c[part])
      }
      // checkMetricRule's mlflow mode is this function.
      expect(checkMetricRule(t as MetricRule, c.candidate as number, baseline, 'mlflow').passed).toBe(c.passed)
    })
  }
  for (const c of cases.filter((x) => x.rejected !== undefined)) {
    it(`${c.name}: ${JSON.stringify(c.rule)} is rejected at ${String(c.rejected)}`, () => {
      const t = toThreshold(c.rule)
      const problem = mlflowThresholdProblem(t)
      expect(problem?.key).toBe(c.rejected)
      expect(() => validateMlflowThreshold(t, 0.5, 0.5)).toThrow(problem?.message ?? 'a problem')
    })
  }
  it('the fixture holds the issue-16 cases: 0.83 → 0.83415 at r = 0.005, r = 0, baseline 0, negative baselines', () => {
    const names = cases.map((c) => c.name).join('\n')
    expect(names).toContain('0.83 -> 0.83415')
    expect(names).toContain('r = 0 is accepted')
    expect(names).toContain('baseline 0')
    expect(names).toContain('negative baseline')
  })
  it('NaN never passes a part (MLflow would pass a NaN relative change; a silent pass is worse than a fail)', () => {
    const rel: MlflowThreshold = { metric: 'r2', greaterIsBetter: true, minRelativeChange: 0.1 }
    expect(validateMlflowThreshold(rel, Number.NaN, 0.5).relativeChange).toBe(false)
    expect(validateMlflowThreshold(rel, 0.5, Number.NaN).passed).toBe(false)
    const abs: MlflowThreshold = { metric: 'r2', greaterIsBetter: false, minAbsoluteChange: 0.1, threshold: 1 }
    const r = validateMlflowThreshold(abs, Number.NaN, 0.5)
    expect([r.threshold, r.absoluteChange, r.passed]).toEqual([false, false, false])
  })
  it('a relative rule of 0 without a baseline fails as missing (MLflow raises on None there)', () => {
    const t: MlflowThreshold = { metric: 'r2', greaterIsBetter: true, minRelativeChange: 0 }
    expect(validateMlflowThreshold(t, 0.9, undefined)).toMatchObject({ missingBaseline: true, passed: false })
  })
})
