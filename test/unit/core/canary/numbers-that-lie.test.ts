// Issue #15 item 7: NaN, ±Infinity, timer overflows and out-of-domain provider values never pass.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assessMetric } from '../../../../src/core/canary/assess-metric.js'
import { MAX_INTERVAL_MS, resolveCanaryPolicy } from '../../../../src/core/canary/resolve-canary-policy.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { InputReader } from '../../../../src/github/input-reader.js'
import { readPolicyFile } from '../../../../src/io/read-policy-file.js'
import { expectThrow } from '../../../helpers/expect-rejection.js'
import { makeTempDir } from '../../../helpers/tmp-dir.js'

const policyFile = (text: string): string => {
  const path = join(makeTempDir(), 'modelgate.yml')
  writeFileSync(path, text)
  return path
}

describe('NaN and infinities in the policy file are refused by the schema', () => {
  it.each([
    ['.nan', 'NaN'],
    ['.inf', 'Infinity'],
    ['-.inf', '-Infinity'],
  ])('a canary check with max: %s', (yaml, shown) => {
    const path = policyFile(`version: 1\ncanary-deploy:\n  checks:\n    - metric: error-rate\n      max: ${yaml}\n`)
    expect(expectThrow(() => readPolicyFile(path), ConfigurationError).message).toBe(
      `policy file: canary-deploy.checks[0].max must be number (value: ${shown})`,
    )
  })

  it('a fairness threshold of .nan', () => {
    const path = policyFile('version: 1\nfairness-gate:\n  min_group_size: .nan\n')
    expect(expectThrow(() => readPolicyFile(path), ConfigurationError).message).toMatch(
      /^policy file: fairness-gate\.min_group_size must be (integer|number) \(value: NaN\)/,
    )
  })

  it('the resolver refuses a non-finite threshold too (policy built without the schema)', () => {
    const error = expectThrow(
      () => resolveCanaryPolicy({ checks: [{ metric: 'error-rate', max: Number.NaN }] }, {}),
      ConfigurationError,
    )
    expect(error.describe()).toBe(
      'check "error-rate" has max: NaN; a threshold must be a finite number (at canary-deploy.checks[0].max). write a number such as 0.05 (not .nan or .inf)',
    )
  })
})

describe('durations', () => {
  it('interval: 100000h is refused instead of overflowing setTimeout', () => {
    const error = expectThrow(() => resolveCanaryPolicy({ interval: '100000h' }, {}), ConfigurationError)
    expect(error.describe()).toBe(
      'interval "100000h" is longer than 2147483647 ms (about 24 days), the longest wait a timer can hold (at canary-deploy.interval). use a shorter interval, e.g. 5m or 1h',
    )
    expect(expectThrow(() => resolveCanaryPolicy({}, { interval: '597h' }), ConfigurationError).location).toEqual({
      input: 'interval',
    })
  })

  it('the longest accepted interval is below 2^31 ms', () => {
    expect(resolveCanaryPolicy({}, { interval: '596h' }).intervalMs).toBe(596 * 3_600_000)
    expect(MAX_INTERVAL_MS).toBe(2_147_483_647)
  })
})

describe('provider values outside a metric’s domain are inconclusive, never passing', () => {
  const check = { metric: 'error-rate', condition: { kind: 'max', value: 0.05 } } as const
  it('an error rate of −1 against ≤ 0.05', () => {
    const result = assessMetric(check, -1, 0.01)
    expect(result).toMatchObject({ outcome: 'inconclusive', status: 'error' })
    expect(result.message).toBe(
      'error-rate: canary value -1 is outside its domain [0, 1] (a provider or query fault); inconclusive, never a success',
    )
  })
  it('an error rate above 1, a negative latency, and a negative stable value in a relative check', () => {
    expect(assessMetric(check, 1.5, 0.01).outcome).toBe('inconclusive')
    expect(assessMetric({ metric: 'latency-p95-ms', condition: { kind: 'max', value: 300 } }, -5, null).outcome).toBe(
      'inconclusive',
    )
    expect(
      assessMetric({ metric: 'error-rate', condition: { kind: 'max-relative', tolerance: 0.1 } }, 0.01, -0.2).message,
    ).toBe(
      'error-rate: stable value -0.2 is outside its domain [0, 1] (a provider or query fault); inconclusive, never a success',
    )
  })
  it('a user-defined metric has no domain: its values are judged as given', () => {
    expect(assessMetric({ metric: 'score-drift', condition: { kind: 'max', value: 0 } }, -3, null).outcome).toBe(
      'success',
    )
  })
})

describe('integers are exact', () => {
  it('--version 9007199254740993 is refused (it would be stored as …992)', () => {
    const reader = new InputReader((name) => (name === 'version' ? '9007199254740993' : undefined))
    expect(
      expectThrow(() => reader.optionalNumber('version', { min: 1, integer: true }), ConfigurationError).describe(),
    ).toBe(
      'input "version" is 9007199254740993, larger than the largest exact integer 9007199254740991 (input "version"). use a value in 1 … ∞',
    )
    const largest = new InputReader(() => '9007199254740991')
    expect(largest.optionalNumber('version', { min: 1, integer: true })).toBe(Number.MAX_SAFE_INTEGER)
  })
})
