import { describe, expect, it } from 'vitest'
import {
  advanceBake,
  BAKE_START,
  bakeChecks,
  bakeIntervals,
  type BakeState,
} from '../../../../src/core/canary/bake-period.js'
import {
  bakeNotDuration,
  bakeWithoutAbsoluteCheck,
  verdictBakeFailed,
  verdictBaked,
} from '../../../../src/core/canary/messages.js'
import { resolveCanaryPolicy } from '../../../../src/core/canary/resolve-canary-policy.js'
import type { CanaryPlan, Observation } from '../../../../src/core/canary/types.js'

const plan: CanaryPlan = {
  steps: [10, 50, 100],
  intervalsPerStep: 1,
  intervalMs: 1000,
  failureLimit: 0,
  inconclusiveLimit: 1,
  noTraffic: { policy: 'fail' },
  checks: [
    { metric: 'error-rate', condition: { kind: 'max', value: 0.05 } },
    { metric: 'latency', condition: { kind: 'max-relative', tolerance: 0.1 } },
  ],
  bakeMs: 3000,
}
const healthy: Observation = { kind: 'metrics', canary: { 'error-rate': 0.01 }, stable: {}, canaryRequests: 50 }
const failing: Observation = { kind: 'metrics', canary: { 'error-rate': 0.2 }, stable: {}, canaryRequests: 50 }
const missing: Observation = { kind: 'metrics', canary: { 'error-rate': null }, stable: {}, canaryRequests: 50 }

function bakeAll(observations: readonly Observation[]) {
  let bake: BakeState = BAKE_START
  for (const [index, observation] of observations.entries()) {
    const step = advanceBake(plan, bake, observation)
    bake = step.bake
    if (step.verdict !== undefined) return { verdict: step.verdict, at: index + 1, bake }
  }
  return { verdict: undefined, at: observations.length, bake }
}

describe('bake period', () => {
  it('lasts the bake duration in whole intervals, rounded up; 0 and absent mean none', () => {
    expect(bakeIntervals(plan)).toBe(3)
    expect(bakeIntervals({ ...plan, bakeMs: 2500 })).toBe(3)
    expect(bakeIntervals({ ...plan, bakeMs: 0 })).toBe(0)
    const { bakeMs: _, ...noBake } = plan
    expect(bakeIntervals(noBake)).toBe(0)
  })
  it('judges only absolute checks: at 100% the stable model has no traffic to compare with', () => {
    expect(bakeChecks(plan.checks).map((c) => c.metric)).toEqual(['error-rate'])
  })
  it('promotes after every bake interval passed, and not one interval earlier', () => {
    const ended = bakeAll([healthy, healthy, healthy])
    expect(ended).toMatchObject({ at: 3, verdict: { decision: 'promote', status: 'pass' } })
    expect(ended.verdict?.message).toBe(verdictBaked(plan.steps, 3))
    expect(bakeAll([healthy, healthy]).verdict).toBeUndefined()
  })
  it('rolls back on a failed interval beyond failure_limit, naming the failed check', () => {
    const ended = bakeAll([healthy, failing, healthy])
    expect(ended).toMatchObject({ at: 2, verdict: { decision: 'rollback', reason: 'bake-failed', status: 'fail' } })
    expect(ended.verdict?.message).toMatch(/^the canary failed during the bake period at 100% \(.*error-rate/)
    expect(verdictBakeFailed('x')).toContain('rolled back to 0%')
    expect(bakeAll([failing, healthy, healthy, healthy]).verdict).toMatchObject({ reason: 'bake-failed' })
    const tolerant = { ...plan, failureLimit: 1 }
    let bake = BAKE_START
    for (const observation of [failing, healthy, healthy]) {
      const step = advanceBake(tolerant, bake, observation)
      expect(step.verdict).toBeUndefined()
      bake = step.bake
    }
    expect(advanceBake(tolerant, bake, healthy).verdict?.decision).toBe('promote')
  })
  it('counts inconclusive intervals against inconclusive_limit and rolls back on an abort at once', () => {
    expect(bakeAll([missing, healthy, healthy, healthy]).verdict?.decision).toBe('promote')
    expect(bakeAll([missing, missing]).verdict).toMatchObject({ reason: 'inconclusive-limit', status: 'error' })
    expect(bakeAll([healthy, { kind: 'abort', reason: 'job cancelled' }]).verdict).toMatchObject({
      decision: 'rollback',
      reason: 'aborted',
    })
  })
  it('resolves canary-deploy.bake (input over policy, default 0s) and refuses a bad or unjudgeable one', () => {
    expect(resolveCanaryPolicy({}, {}).bakeMs).toBe(0)
    expect(resolveCanaryPolicy({ bake: '10m' }, {}).bakeMs).toBe(600_000)
    expect(resolveCanaryPolicy({ bake: '10m' }, { bake: '30s' }).bakeMs).toBe(30_000)
    expect(() => resolveCanaryPolicy({ bake: 'soon' }, {})).toThrow(bakeNotDuration('soon'))
    expect(() => resolveCanaryPolicy({ bake: '1m', checks: [{ metric: 'latency', max_relative: 0.1 }] }, {})).toThrow(
      bakeWithoutAbsoluteCheck(),
    )
    expect(resolveCanaryPolicy({ bake: '0s', checks: [{ metric: 'latency', max_relative: 0.1 }] }, {}).bakeMs).toBe(0)
  })
})
