import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DEFAULT_FAIRNESS_POLICY } from '../../../../src/core/fairness/fairness-policy.js'
import {
  resolveFairnessPolicy,
  type FairnessPolicySection,
} from '../../../../src/core/fairness/resolve-fairness-policy.js'
import { schemaProblems } from '../../../../src/io/schema-validator.js'
import schema from '../../../../schemas/policy/fairness-gate.schema.json' with { type: 'json' }

const policyFile = (name: string): Record<string, unknown> =>
  parse(
    readFileSync(fileURLToPath(new URL(`../../../../fixtures/policies/${name}`, import.meta.url)), 'utf8'),
  ) as Record<string, unknown>

describe('schemas/policy/fairness-gate.schema.json', () => {
  it('accepts fixtures/policies/fairness-strict.yml and resolves it', () => {
    const doc = policyFile('fairness-strict.yml')
    expect(schemaProblems('policy/fairness-gate', doc['fairness-gate'])).toEqual([])
    const p = resolveFairnessPolicy(doc['fairness-gate'] as FairnessPolicySection)
    expect(p).toMatchObject({
      minGroupSize: 50,
      useInterval: true,
      confidence: 0.9,
      seed: 42,
      tooFewGroups: 'warn',
      intersectional: true,
      referenceGroups: { gender: 'M' },
    })
    expect(p.thresholds.equalized_odds_ratio).toBeNull()
  })
  it('the whole-file policy schema accepts fixtures/policies/fairness-strict.yml and fairness-fast.yml', () => {
    expect(schemaProblems('policy', policyFile('fairness-strict.yml'))).toEqual([])
    expect(schemaProblems('policy', policyFile('fairness-fast.yml'))).toEqual([])
  })
  it('rejects fixtures/policies/fairness-invalid.yml naming each bad key', () => {
    const problems = schemaProblems('policy/fairness-gate', policyFile('fairness-invalid.yml')['fairness-gate'])
    const paths = problems.map((p) => p.path.join('.'))
    expect(paths).toEqual(
      expect.arrayContaining([
        'thresholds.demographic_parity_diff',
        'thresholds.disparate_impact_ratio',
        'too_few_groups',
      ]),
    )
  })
  it('documents the same defaults as DEFAULT_FAIRNESS_POLICY', () => {
    const props = schema.properties as Record<
      string,
      { default?: unknown; properties?: Record<string, { default?: unknown }> }
    >
    for (const [metric, value] of Object.entries(DEFAULT_FAIRNESS_POLICY.thresholds))
      expect(props['thresholds']!.properties![metric]!.default).toBe(value)
    expect(props['min_group_size']!.default).toBe(DEFAULT_FAIRNESS_POLICY.minGroupSize)
    expect(props['confidence']!.default).toBe(DEFAULT_FAIRNESS_POLICY.confidence)
    expect(props['bootstrap_resamples']!.default).toBe(DEFAULT_FAIRNESS_POLICY.bootstrapResamples)
    expect(props['too_few_groups']!.default).toBe(DEFAULT_FAIRNESS_POLICY.tooFewGroups)
    expect(props['fail_when']!.default).toBe(DEFAULT_FAIRNESS_POLICY.failWhen)
    expect(props['use_interval']!.default).toBe(DEFAULT_FAIRNESS_POLICY.useInterval)
    expect(props['champion_tolerance']!.default).toBe(DEFAULT_FAIRNESS_POLICY.championTolerance)
  })
})
