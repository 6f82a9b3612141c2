import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../../src/core/errors.js'
import type { LatencyComparison } from '../../../../src/core/compare/latency-comparison.js'
import { latencyChecks } from '../../../../src/core/governance/latency-checks.js'
import { resolveLatencyPolicy, type LatencyPolicy } from '../../../../src/core/governance/latency-policy.js'
import { latencySummary } from '../../../../src/core/governance/latency-summary.js'
import { governanceMessages as m } from '../../../../src/core/governance/messages.js'
import { expectThrow } from '../../../helpers/expect-rejection.js'

const golden = JSON.parse(
  readFileSync(new URL('../../../../fixtures/golden/latency-quantiles.numpy.json', import.meta.url), 'utf8'),
) as { cases: { name: string; values: number[]; p50: number; p95: number; p99: number }[] }

describe('latencySummary', () => {
  it('latencySummary(ms) matches numpy.quantile (method linear, its default) at 0.5, 0.95 and 0.99', () => {
    expect(golden.cases.length).toBeGreaterThanOrEqual(4)
    for (const c of golden.cases) {
      const s = latencySummary(c.values)
      expect(s.requests).toBe(c.values.length)
      expect(s.p50).toBeCloseTo(c.p50, 12)
      expect(s.p95).toBeCloseTo(c.p95, 12)
      expect(s.p99).toBeCloseTo(c.p99, 12)
    }
  })
  it('latencySummary([]) throws: no requests, no quantile', () => {
    expect(() => latencySummary([])).toThrow(RangeError)
  })
})

describe('resolveLatencyPolicy', () => {
  it('resolveLatencyPolicy() is undefined without a budget, and fills the measurement defaults with one', () => {
    expect(resolveLatencyPolicy(undefined, undefined, undefined)).toBeUndefined()
    expect(resolveLatencyPolicy({ requests: 150 }, undefined, undefined)).toBeUndefined()
    expect(resolveLatencyPolicy(undefined, 50, undefined)).toEqual({
      maxP95Ms: 50,
      warmupRequests: 10,
      requests: 200,
      requestTimeoutMs: 10_000,
      startupTimeoutMs: 120_000,
    })
  })
  it('resolveLatencyPolicy() lets the max-latency-ms input win over the file, and reads every latency key', () => {
    const p = resolveLatencyPolicy(
      {
        max_p95_ms: 40,
        max_p99_ms: 90,
        max_relative_slowdown: 0.1,
        warmup_requests: 3,
        requests: 120,
        request_timeout_ms: 500,
        startup_timeout_ms: 9000,
      },
      undefined,
      25,
    )
    expect(p).toEqual({
      maxP95Ms: 25,
      maxP99Ms: 90,
      maxRelativeSlowdown: 0.1,
      warmupRequests: 3,
      requests: 120,
      requestTimeoutMs: 500,
      startupTimeoutMs: 9000,
    })
  })
  it('resolveLatencyPolicy() refuses fewer than 100 timed requests and a p95 budget written twice, with the policy path', () => {
    const few = expectThrow(
      () => resolveLatencyPolicy({ max_p95_ms: 10, requests: 20 }, undefined, undefined),
      ConfigurationError,
    )
    expect(few.message).toBe(m.tooFewLatencyRequests(20, 100))
    expect(few.location).toEqual({ path: 'evaluate-vs-champion.latency.requests' })
    const twice = expectThrow(() => resolveLatencyPolicy({ max_p95_ms: 10 }, 20, undefined), ConfigurationError)
    expect(twice.message).toBe(m.latencyBudgetTwice)
    expect(twice.hint).toBe(m.fixLatencyBudgetTwice)
  })
})

describe('latencyChecks', () => {
  const policy: LatencyPolicy = {
    maxP95Ms: 50,
    maxP99Ms: 80,
    maxRelativeSlowdown: 0.25,
    warmupRequests: 10,
    requests: 100,
    requestTimeoutMs: 1000,
    startupTimeoutMs: 1000,
  }
  const summary = (p50: number, p95: number, p99: number) => ({ p50, p95, p99, requests: 100 })
  const measured: LatencyComparison = {
    method: 'http',
    warmup: 10,
    candidate: summary(20, 50, 81),
    champion: summary(20, 40, 60),
  }
  it('latencyChecks(policy, measured) judges each budget: ≤ passes (the bound is inclusive), > fails', () => {
    const checks = latencyChecks(policy, measured)
    expect(checks.map((c) => [c.id, c.status, c.observed])).toEqual([
      ['evaluate.latency.p95', 'pass', 50],
      ['evaluate.latency.p99', 'fail', 81],
      ['evaluate.latency.slowdown', 'pass', 0.25],
    ])
    expect(checks[0]?.message).toBe('candidate p95 latency 50 ms (champion 40 ms) ≤ 50 ms')
    expect(checks[2]?.message).toBe(
      "candidate p95 50 ms is 25% slower than the champion's 40 ms; within the allowed 25% slowdown",
    )
  })
  it('latencyChecks(policy, { missing }) is one error check per configured budget, naming what to set', () => {
    const checks = latencyChecks(policy, { missing: ['input latency-command (or latency-url-candidate)'] })
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['evaluate.latency.p95', 'error'],
      ['evaluate.latency.p99', 'error'],
      ['evaluate.latency.slowdown', 'error'],
    ])
    expect(checks[1]?.message).toBe(
      'latency budget p99 ≤ 80 ms could not be measured: set input latency-command (or latency-url-candidate)',
    )
    expect(latencyChecks(policy, undefined).every((c) => c.status === 'error')).toBe(true)
  })
  it('latencyChecks() without a champion judges the absolute budgets only; a champion p95 of 0 is an error', () => {
    const alone = latencyChecks(policy, { ...measured, champion: undefined } as unknown as LatencyComparison)
    expect(alone.map((c) => c.id)).toEqual(['evaluate.latency.p95', 'evaluate.latency.p99'])
    expect(alone[0]?.message).toBe('candidate p95 latency 50 ms ≤ 50 ms')
    const zero = latencyChecks(policy, { ...measured, champion: summary(0, 0, 0) })
    expect(zero[2]).toMatchObject({ id: 'evaluate.latency.slowdown', status: 'error', message: m.latencyChampionZero })
  })
})
