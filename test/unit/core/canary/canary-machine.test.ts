import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { advanceCanary, startCanary } from '../../../../src/core/canary/canary-machine.js'
import { assessMetric } from '../../../../src/core/canary/assess-metric.js'
import { assessInterval } from '../../../../src/core/canary/assess-interval.js'
import { metricMissing, noCanaryTraffic, providerFailed, verdictAborted } from '../../../../src/core/canary/messages.js'
import type { CanaryPlan, Observation, Transition } from '../../../../src/core/canary/types.js'

const plan: CanaryPlan = {
  steps: [10, 25, 50, 100],
  intervalsPerStep: 2,
  intervalMs: 1000,
  failureLimit: 0,
  inconclusiveLimit: 1,
  noTraffic: { policy: 'wait', maxIntervals: 2 },
  checks: [
    { metric: 'error-rate', condition: { kind: 'max', value: 0.05 } },
    { metric: 'latency-p95-ms', condition: { kind: 'max-relative', tolerance: 0.2 } },
  ],
}

const healthy: Observation = {
  kind: 'metrics',
  canary: { 'error-rate': 0.01, 'latency-p95-ms': 100 },
  stable: { 'error-rate': 0.01, 'latency-p95-ms': 100 },
  canaryRequests: 50,
}
const faulty: Observation = {
  kind: 'metrics',
  canary: { 'error-rate': 0.5, 'latency-p95-ms': 100 },
  stable: { 'error-rate': 0.01, 'latency-p95-ms': 100 },
  canaryRequests: 50,
}
const empty: Observation = { kind: 'metrics', canary: {}, stable: {}, canaryRequests: null }
const noTraffic: Observation = { kind: 'metrics', canary: {}, stable: {}, canaryRequests: 0 }

function run(p: CanaryPlan, observations: readonly Observation[]): { weights: number[]; last: Transition } {
  let t = startCanary(p)
  const weights = t.actions.map((a) => a.percent)
  for (const o of observations) {
    t = advanceCanary(p, t.state, o)
    weights.push(...t.actions.map((a) => a.percent))
    if (t.verdict) break
  }
  return { weights, last: t }
}

describe('assessMetric', () => {
  it('absolute max: breach fails, equal passes', () => {
    expect(assessMetric({ metric: 'e', condition: { kind: 'max', value: 0.05 } }, 0.06, null).outcome).toBe('failed')
    expect(assessMetric({ metric: 'e', condition: { kind: 'max', value: 0.05 } }, 0.05, null).outcome).toBe('success')
  })
  it('min condition', () => {
    expect(assessMetric({ metric: 'acc', condition: { kind: 'min', value: 0.9 } }, 0.8, null).status).toBe('fail')
  })
  it('relative to stable: canary ≤ stable × (1 + x) and ≤ stable + x', () => {
    const rel = { metric: 'p95', condition: { kind: 'max-relative', tolerance: 0.2 } } as const
    expect(assessMetric(rel, 120, 100).outcome).toBe('success')
    expect(assessMetric(rel, 121, 100)).toMatchObject({ outcome: 'failed', limit: 120 })
    const delta = { metric: 'p95', condition: { kind: 'max-delta', delta: 5 } } as const
    expect(assessMetric(delta, 106, 100).outcome).toBe('failed')
  })
  it('missing or NaN is inconclusive (error), never success', () => {
    const spec = { metric: 'e', condition: { kind: 'max', value: 1 } } as const
    expect(assessMetric(spec, null, 0, 'empty vector')).toMatchObject({
      outcome: 'inconclusive',
      status: 'error',
      message: metricMissing('e', 'canary', 'empty vector'),
    })
    expect(assessMetric(spec, Number.NaN, 0).status).toBe('error')
    const rel = { metric: 'p95', condition: { kind: 'max-relative', tolerance: 0.2 } } as const
    expect(assessMetric(rel, 1, null).outcome).toBe('inconclusive')
  })
})

describe('assessInterval', () => {
  it('failed outranks inconclusive', () => {
    const a = assessInterval(plan.checks, {
      kind: 'metrics',
      canary: { 'error-rate': 0.9 },
      stable: {},
      canaryRequests: 10,
    })
    expect(a.outcome).toBe('failed')
    expect(a.checks.map((c) => c.outcome)).toEqual(['failed', 'inconclusive'])
  })
  it('provider error and no traffic', () => {
    expect(assessInterval(plan.checks, { kind: 'provider-error', reason: 'ECONNREFUSED' })).toMatchObject({
      outcome: 'inconclusive',
      reason: providerFailed('ECONNREFUSED'),
    })
    expect(assessInterval(plan.checks, noTraffic)).toMatchObject({ outcome: 'no-traffic', reason: noCanaryTraffic() })
  })
  it('no checks is inconclusive', () => {
    expect(assessInterval([], healthy).outcome).toBe('inconclusive')
  })
})

describe('canary state machine', () => {
  it('healthy canary walks every step and promotes', () => {
    const { weights, last } = run(plan, Array(6).fill(healthy))
    expect(weights).toEqual([10, 25, 50, 100])
    expect(last.verdict).toMatchObject({ decision: 'promote', status: 'pass' })
  })
  it('one failed interval rolls back at once with failureLimit 0', () => {
    const { weights, last } = run(plan, [healthy, healthy, faulty])
    expect(weights).toEqual([10, 25, 0])
    expect(last.verdict).toMatchObject({ decision: 'rollback', reason: 'failure-limit', status: 'fail' })
  })
  it('failureLimit 1 tolerates one failure, which does not count as a pass', () => {
    const p = { ...plan, failureLimit: 1 }
    const { weights, last } = run(p, [faulty, healthy, healthy, healthy, healthy, healthy, healthy])
    expect(weights).toEqual([10, 25, 50, 100])
    expect(last.state.intervals).toBe(7)
  })
  it('inconclusive beyond the limit rolls back, never promotes', () => {
    const { weights, last } = run(plan, [healthy, empty, healthy, { kind: 'provider-error', reason: 'down' }])
    expect(weights).toEqual([10, 25, 0])
    expect(last.verdict).toMatchObject({ decision: 'rollback', reason: 'inconclusive-limit', status: 'error' })
  })
  it('no traffic: wait up to the limit, then roll back; fail policy rolls back at once', () => {
    expect(run(plan, [noTraffic, noTraffic, noTraffic]).last.verdict?.reason).toBe('no-traffic')
    expect(run(plan, [noTraffic, noTraffic, healthy, healthy]).weights).toEqual([10, 25])
    expect(run({ ...plan, noTraffic: { policy: 'fail' } }, [noTraffic]).last.verdict).toMatchObject({
      reason: 'no-traffic',
      status: 'fail',
    })
  })
  it('abort rolls back with the reason; a finished state absorbs observations', () => {
    const { last } = run(plan, [healthy, { kind: 'abort', reason: 'job cancelled' }])
    expect(last.verdict).toMatchObject({ decision: 'rollback', message: verdictAborted('job cancelled') })
    expect(advanceCanary(plan, last.state, healthy)).toEqual({ state: last.state, actions: [] })
  })

  const observation: fc.Arbitrary<Observation> = fc.oneof(
    fc.constant(healthy),
    fc.constant(faulty),
    fc.constant(empty),
    fc.constant(noTraffic),
    fc.record({ kind: fc.constant('provider-error' as const), reason: fc.string() }),
    fc.record({ kind: fc.constant('abort' as const), reason: fc.string() }),
    fc.record({
      kind: fc.constant('metrics' as const),
      canary: fc.record({
        'error-rate': fc.oneof(fc.double(), fc.constant(null)),
        'latency-p95-ms': fc.oneof(fc.double(), fc.constant(null)),
      }),
      stable: fc.record({
        'error-rate': fc.oneof(fc.double(), fc.constant(null)),
        'latency-p95-ms': fc.oneof(fc.double(), fc.constant(null)),
      }),
      canaryRequests: fc.oneof(fc.nat(), fc.constant(null)),
    }),
  )
  const plans: fc.Arbitrary<CanaryPlan> = fc.record({
    steps: fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 5 })
      .map((s) => [...s.sort((a, b) => a - b), 100]),
    intervalsPerStep: fc.integer({ min: 1, max: 3 }),
    intervalMs: fc.constant(1000),
    failureLimit: fc.integer({ min: 0, max: 3 }),
    inconclusiveLimit: fc.integer({ min: 0, max: 3 }),
    noTraffic: fc.oneof(
      fc.constant({ policy: 'fail' } as const),
      fc.integer({ min: 0, max: 3 }).map((n) => ({ policy: 'wait', maxIntervals: n }) as const),
    ),
    checks: fc.constant(plan.checks),
  })

  it('property: any observation sequence ends at 0 or 100 within the bounded number of intervals, then cancellation is absorbed', () => {
    fc.assert(
      fc.property(plans, fc.array(observation, { maxLength: 60 }), (p, observations) => {
        let t = startCanary(p)
        let weight = t.actions.at(-1)?.percent ?? 0
        let verdict = t.verdict
        const bound = p.steps.length * p.intervalsPerStep + p.failureLimit + p.inconclusiveLimit + 4
        for (const o of observations) {
          t = advanceCanary(p, t.state, o)
          for (const a of t.actions) weight = a.percent
          verdict ??= t.verdict
        }
        // The job always ends: either the engine reached a verdict, or the runner cancels (abort).
        if (!verdict) {
          expect(observations.length).toBeLessThan(bound)
          t = advanceCanary(p, t.state, { kind: 'abort', reason: 'cancelled' })
          for (const a of t.actions) weight = a.percent
          verdict = t.verdict
        }
        expect(verdict).toBeDefined()
        expect([0, 100]).toContain(weight)
        expect(t.state.weight).toBe(weight)
        expect(weight === 100).toBe(verdict?.decision === 'promote')
        if (verdict?.decision === 'promote') expect(t.state.inconclusives).toBeLessThanOrEqual(p.inconclusiveLimit)
      }),
      { numRuns: 500 },
    )
  })
})
