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
    const p = resolveEvaluationPolicy({}, {})
    expect(p.metrics).toHaveLength(8)
    expect(p.rules).toEqual([{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0 }])
    expect([p.confidence, p.resamples, p.evidence, p.ruleMode]).toEqual([
      EVALUATION_DEFAULTS.confidence,
      1000,
      'interval',
      'default',
    ])
  })
  it('resolveEvaluationPolicy reads MLflow keys and lets inputs override task, metrics, segments and seed', () => {
    const p = resolveEvaluationPolicy(fixture('evaluate-vs-champion.valid.yml') as EvaluationPolicySection, {
      metrics: ['accuracy'],
      seed: 3,
      segmentColumns: ['plan'],
    })
    expect(p.rules.find((r) => r.metric === 'log-loss')).toEqual({
      metric: 'log-loss',
      greaterIsBetter: false,
      minAbsoluteChange: -0.01,
    })
    expect(p.metrics).toEqual(['accuracy', 'roc-auc', 'log-loss', 'recall'])
    expect([p.seed, p.slices.columns, p.slices.onRegression]).toEqual([3, ['plan'], 'warn'])
  })
  it('resolveEvaluationPolicy throws when a rule names a metric of another task', () => {
    expect(() => resolveEvaluationPolicy({ task: 'regression', metrics: { 'roc-auc': {} } }, {})).toThrow(
      'not a regression metric',
    )
  })
})
