import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import schema from '../../../../schemas/policy/evaluate-vs-champion.schema.json' with { type: 'json' }
import {
  EVALUATION_DEFAULTS,
  resolveEvaluationPolicy,
  type EvaluationPolicySection,
} from '../../../../src/core/compare/resolve-evaluation-policy.js'
import { compareMessages } from '../../../../src/core/compare/messages.js'
import { normalizeDeprecatedKeys } from '../../../../src/core/compare/normalize-deprecated-keys.js'
import { ConfigurationError, inSurface } from '../../../../src/core/errors.js'

const fixture = (name: string): unknown =>
  (
    parse(readFileSync(new URL(`../../../../fixtures/policies/${name}`, import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >
  )['evaluate-vs-champion']

describe('evaluate-vs-champion policy', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema)
  it('the schema accepts fixtures/policies/evaluate-vs-champion.valid.yml and rejects the invalid one on each bad key', () => {
    expect(validate(fixture('evaluate-vs-champion.valid.yml'))).toBe(true)
    expect(validate(fixture('evaluate-vs-champion.invalid.yml'))).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/metrics', '/evidence']))
  })
  it('resolveEvaluationPolicy({}, {}) gives the documented defaults: all binary metrics, roc-auc must not be worse with the interval above 0', () => {
    const p = resolveEvaluationPolicy({}, {}).policy
    expect(p.metrics).toHaveLength(9)
    expect(p.rules).toEqual([{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0 }])
    expect([p.confidence, p.resamples, p.evidence, p.ruleMode]).toEqual([
      EVALUATION_DEFAULTS.confidence,
      1000,
      'interval',
      'default',
    ])
  })
  it('resolveEvaluationPolicy reads MLflow keys and lets inputs override task, metrics, segments and seed', () => {
    const { policy: p, warnings } = resolveEvaluationPolicy(
      fixture('evaluate-vs-champion.valid.yml') as EvaluationPolicySection,
      { metrics: ['accuracy'], seed: 3, segmentColumns: ['plan'] },
    )
    expect(warnings).toEqual([])
    expect(p.rules.find((r) => r.metric === 'log-loss')).toEqual({
      metric: 'log-loss',
      greaterIsBetter: false,
      nonInferiorityMargin: 0.01,
    })
    expect(p.metrics).toEqual(['accuracy', 'roc-auc', 'log-loss', 'recall'])
    expect([p.seed, p.slices.columns, p.slices.minSize, p.slices.onRegression]).toEqual([3, ['plan'], 50, 'warn'])
  })
  it('resolveEvaluationPolicy throws a ConfigurationError at the policy path when a rule names a metric of another task', () => {
    const error = thrown(() => resolveEvaluationPolicy({ task: 'regression', metrics: { 'roc-auc': {} } }, {}))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(compareMessages.notTaskMetric('roc-auc', 'regression', ['mae', 'rmse', 'r2', 'mape']))
    expect(error.message).toContain('not a regression metric')
    expect(error.location).toEqual({ path: 'evaluate-vs-champion.metrics.roc-auc' })
  })
  it("resolveEvaluationPolicy rejects min_absolute_change: 0 in mlflow mode with MLflow's own complaint, at the key's path", () => {
    const error = thrown(() =>
      resolveEvaluationPolicy({ rule_mode: 'mlflow', metrics: { 'roc-auc': { min_absolute_change: 0 } } }, {}),
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(compareMessages.mlflowAbsoluteChangeNotPositive('roc-auc', 0))
    expect(error.location).toEqual({ path: 'evaluate-vs-champion.metrics.roc-auc.min_absolute_change' })
  })
  it('resolveEvaluationPolicy rejects min_relative_change outside [0, 1] in mlflow mode (0 accepted, as MLflow does) and below 0 in default mode', () => {
    const mlflow = thrown(() =>
      resolveEvaluationPolicy({ rule_mode: 'mlflow', metrics: { accuracy: { min_relative_change: 1.5 } } }, {}),
    )
    expect(mlflow.message).toBe(compareMessages.mlflowRelativeChangeOutOfRange('accuracy', 1.5))
    expect(mlflow.location).toEqual({ path: 'evaluate-vs-champion.metrics.accuracy.min_relative_change' })
    const negative = thrown(() => resolveEvaluationPolicy({ metrics: { accuracy: { min_relative_change: -0.1 } } }, {}))
    expect(negative).toBeInstanceOf(ConfigurationError)
    expect(negative.message).toBe(compareMessages.relativeChangeNegative('accuracy', -0.1))
    expect(() =>
      resolveEvaluationPolicy({ rule_mode: 'mlflow', metrics: { accuracy: { min_absolute_change: 0.01 } } }, {}),
    ).not.toThrow()
    for (const r of [0, 1])
      expect(
        resolveEvaluationPolicy({ rule_mode: 'mlflow', metrics: { accuracy: { min_relative_change: r } } }, {}).policy
          .rules,
      ).toEqual([{ metric: 'accuracy', greaterIsBetter: true, minRelativeChange: r }])
  })
  it('resolveEvaluationPolicy rejects an input metric of another task as a ConfigurationError naming the input', () => {
    const error = thrown(() => resolveEvaluationPolicy({}, { metrics: ['accuracy', 'rmse'] }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(inSurface(compareMessages.inputNotTaskMetric(['rmse'], 'binary'), 'action'))
    expect(error.message).toBe('input "metrics" names rmse, which is not a binary metric')
    expect(error.location).toEqual({ input: 'metrics' })
  })
})

describe('evaluate-vs-champion policy: the kebab-case keys of the previous release', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema)
  it('the schema still accepts fixtures/policies/evaluate-vs-champion.deprecated.yml', () => {
    expect(validate(fixture('evaluate-vs-champion.deprecated.yml'))).toBe(true)
  })
  it('resolveEvaluationPolicy maps every old key to its new one, with one warning each that names the new key', () => {
    const old = resolveEvaluationPolicy(fixture('evaluate-vs-champion.deprecated.yml') as EvaluationPolicySection, {})
    const current = resolveEvaluationPolicy(
      {
        rule_mode: 'default',
        decision_threshold: 0.5,
        max_latency_ms: 60000,
        slices: { columns: ['region'], min_size: 50, on_regression: 'warn' },
      },
      {},
    )
    expect(old.policy).toEqual(current.policy)
    expect(old.policy.slices).toMatchObject({ minSize: 50, onRegression: 'warn' })
    expect(old.warnings).toEqual([
      'evaluate-vs-champion.rule-mode is deprecated: write rule_mode',
      'evaluate-vs-champion.decision-threshold is deprecated: write decision_threshold',
      'evaluate-vs-champion.max-latency-ms is deprecated: write max_latency_ms',
      'evaluate-vs-champion.slices.min-size is deprecated: write slices.min_size',
      'evaluate-vs-champion.slices.on-regression is deprecated: write slices.on_regression',
    ])
    expect(current.warnings).toEqual([])
  })
  it('normalizeDeprecatedKeys(section) leaves a current section as it is', () => {
    const section = { rule_mode: 'mlflow' as const, slices: { min_size: 10 } }
    expect(normalizeDeprecatedKeys(section)).toEqual({ section, warnings: [] })
  })
  it('normalizeDeprecatedKeys(section) throws a ConfigurationError naming both spellings when both are written', () => {
    const top = thrown(() => normalizeDeprecatedKeys({ 'rule-mode': 'mlflow', rule_mode: 'default' }))
    expect(top).toBeInstanceOf(ConfigurationError)
    expect(top.message).toBe('evaluate-vs-champion.rule-mode and evaluate-vs-champion.rule_mode are both set')
    expect(top.location).toEqual({ path: 'evaluate-vs-champion.rule_mode' })
    expect(top.hint).toBe(compareMessages.keepNewSpelling('rule-mode', 'rule_mode'))
    const nested = thrown(() => normalizeDeprecatedKeys({ slices: { 'min-size': 5, min_size: 6 } }))
    expect(nested.message).toBe(compareMessages.bothSpellings('slices.min-size', 'slices.min_size'))
    expect(nested.location).toEqual({ path: 'evaluate-vs-champion.slices.min_size' })
  })
})

function thrown(f: () => unknown): ConfigurationError {
  try {
    f()
  } catch (error) {
    return error as ConfigurationError
  }
  throw new Error('expected a throw')
}
