import { describe, expect, it } from 'vitest'
import { assessInterval } from '../../../../src/core/canary/assess-interval.js'
import { advanceBake } from '../../../../src/core/canary/bake-period.js'
import { advanceCanary, startCanary, unhealthyRun } from '../../../../src/core/canary/canary-machine.js'
import { decideCanary } from '../../../../src/core/canary/decide-canary.js'
import { advanceHealthCheck, HEALTH_START } from '../../../../src/core/canary/health-check.js'
import {
  healthFailed,
  healthSuccessesInvalid,
  healthTimeoutInvalid,
  requestsUnknown,
  titleUnhealthy,
  tooFewRequests,
} from '../../../../src/core/canary/messages.js'
import { CANARY_DEFAULTS, resolveCanaryPolicy } from '../../../../src/core/canary/resolve-canary-policy.js'
import type { CanaryPlan, HealthCheckPlan, Observation } from '../../../../src/core/canary/types.js'

const plan: CanaryPlan = {
  steps: [10, 100],
  intervalsPerStep: 1,
  intervalMs: 1000,
  failureLimit: 0,
  inconclusiveLimit: 1,
  noTraffic: { policy: 'wait', maxIntervals: 2 },
  checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }],
  minRequests: 100,
}
const errorRateCheck = plan.checks
const observed = (errorRate: number, requests: number | null): Extract<Observation, { kind: 'metrics' }> => ({
  kind: 'metrics',
  canary: { 'error-rate': errorRate },
  stable: {},
  canaryRequests: requests,
})

describe('assessInterval(checks, observation, minRequests)', () => {
  it('assessInterval is inconclusive, not failed, for 1 error in 19 requests under min-requests 100', () => {
    const a = assessInterval(errorRateCheck, observed(1 / 19, 19), 100)
    expect(a).toMatchObject({ outcome: 'inconclusive', status: 'error', reason: tooFewRequests(19, 100) })
  })
  it('assessInterval is inconclusive, not passed, for a healthy-looking interval below the minimum', () => {
    expect(assessInterval(errorRateCheck, observed(0, 99), 100).outcome).toBe('inconclusive')
  })
  it('assessInterval judges an interval of exactly min-requests requests', () => {
    expect(assessInterval(errorRateCheck, observed(0.06, 100), 100).outcome).toBe('failed')
    expect(assessInterval(errorRateCheck, observed(0.01, 100), 100).outcome).toBe('success')
  })
  it('assessInterval is inconclusive when the provider did not count requests and a minimum is set', () => {
    expect(assessInterval(errorRateCheck, observed(0.01, null), 100)).toMatchObject({
      outcome: 'inconclusive',
      reason: requestsUnknown(100),
    })
    // Without a minimum, an uncounted interval is judged on its metrics as before.
    expect(assessInterval(errorRateCheck, observed(0.01, null), 0).outcome).toBe('success')
  })
  it('assessInterval keeps zero requests as no-traffic (its own policy), not as too few', () => {
    expect(assessInterval(errorRateCheck, observed(0, 0), 100).outcome).toBe('no-traffic')
  })
})

describe('the machine and the bake period honour min-requests', () => {
  it('advanceCanary counts a too-small interval toward inconclusive-limit, then rolls back when it is exceeded', () => {
    const start = startCanary(plan)
    const first = advanceCanary(plan, start.state, observed(1 / 19, 19))
    expect(first.verdict).toBeUndefined()
    expect(first.state).toMatchObject({ inconclusives: 1, failures: 0, weight: 10 })
    const second = advanceCanary(plan, first.state, observed(0, 19))
    expect(second.verdict).toMatchObject({ decision: 'rollback', reason: 'inconclusive-limit' })
    expect(second.actions).toEqual([{ kind: 'set-weight', percent: 0 }])
  })
  it('advanceCanary never promotes on intervals below the minimum, however healthy', () => {
    let t = startCanary({ ...plan, inconclusiveLimit: 5 })
    for (let i = 0; i < 5; i += 1) {
      t = advanceCanary({ ...plan, inconclusiveLimit: 5 }, t.state, observed(0, 50))
      expect(t.verdict).toBeUndefined()
    }
    expect(t.state.weight).toBe(10)
  })
  it('advanceBake treats too few requests at 100% as inconclusive', () => {
    const baking = { ...plan, bakeMs: 2000 }
    const step = advanceBake(baking, { intervals: 0, passed: 0, failures: 0, inconclusives: 0 }, observed(0.5, 10))
    expect(step.assessment?.outcome).toBe('inconclusive')
    expect(step.bake).toMatchObject({ failures: 0, inconclusives: 1, passed: 0 })
  })
})

const health: HealthCheckPlan = { url: 'http://127.0.0.1:9/healthz', timeoutMs: 3000, successes: 3, intervalMs: 500 }

describe('advanceHealthCheck(plan, state, probe, elapsedMs)', () => {
  it('advanceHealthCheck is healthy only after `successes` consecutive 2xx answers', () => {
    let state = HEALTH_START
    const ok = { ok: true, detail: 'HTTP 200' }
    for (const elapsed of [0, 500]) {
      const step = advanceHealthCheck(health, state, ok, elapsed)
      expect(step.verdict).toBeUndefined()
      state = step.state
    }
    expect(advanceHealthCheck(health, state, ok, 1000).verdict?.healthy).toBe(true)
  })
  it('advanceHealthCheck restarts the run on a failed probe', () => {
    const two = { probes: 2, consecutive: 2 }
    const failed = advanceHealthCheck(health, two, { ok: false, detail: 'HTTP 503' }, 1000)
    expect(failed.state.consecutive).toBe(0)
    expect(failed.verdict).toBeUndefined()
  })
  it('advanceHealthCheck is unhealthy once the timeout passed without enough successes', () => {
    const step = advanceHealthCheck(health, { probes: 6, consecutive: 2 }, { ok: false, detail: 'ECONNREFUSED' }, 3000)
    expect(step.verdict).toEqual({ healthy: false, message: healthFailed(health, 7, 'ECONNREFUSED') })
  })
})

describe('a rollout whose health check failed', () => {
  it('unhealthyRun ends at 0% with reason unhealthy; decideCanary reports canary.health fail first', () => {
    const run = unhealthyRun({ healthy: false, message: healthFailed(health, 7, 'ECONNREFUSED') })
    expect(run.state).toMatchObject({ weight: 0, phase: 'rolled-back', intervals: 0 })
    const outcome = decideCanary(plan, run)
    expect(outcome.title).toBe(titleUnhealthy())
    expect(outcome.checks[0]).toMatchObject({ id: 'canary.health', status: 'fail', observed: 'unhealthy' })
    expect(outcome.checks.find((c) => c.id === 'canary.decision')?.status).toBe('fail')
    expect(outcome.outputs).toMatchObject({ decision: 'rollback', 'final-weight': '0', reason: 'unhealthy' })
  })
})

describe('resolveCanaryPolicy: min-requests and the health check', () => {
  it('resolveCanaryPolicy defaults min-requests to 100 and has no health check without a URL', () => {
    const resolved = resolveCanaryPolicy({}, {})
    expect(resolved.minRequests).toBe(CANARY_DEFAULTS.minRequests)
    expect(resolved.minRequests).toBe(100)
    expect(resolved.health).toBeUndefined()
  })
  it('resolveCanaryPolicy takes the input over the policy', () => {
    expect(resolveCanaryPolicy({ min_requests: 30 }, {}).minRequests).toBe(30)
    expect(resolveCanaryPolicy({ min_requests: 30 }, { minRequests: 0 }).minRequests).toBe(0)
    expect(
      resolveCanaryPolicy({ health_url: 'http://a/h', health_successes: 2 }, { healthTimeout: '5s' }).health,
    ).toEqual({ url: 'http://a/h', timeoutMs: 5000, successes: 2, intervalMs: 1000 })
    expect(resolveCanaryPolicy({}, { healthUrl: 'http://b/h' }).health).toEqual({
      url: 'http://b/h',
      timeoutMs: 60_000,
      successes: 3,
      intervalMs: 1000,
    })
  })
  it('resolveCanaryPolicy refuses a bad health timeout or successes, naming the input or policy path', () => {
    expect(() => resolveCanaryPolicy({ health_url: 'http://a/h' }, { healthTimeout: 'soon' })).toThrow(
      healthTimeoutInvalid('soon'),
    )
    try {
      resolveCanaryPolicy({ health_url: 'http://a/h', health_timeout: '0s' }, {})
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({ location: { path: 'canary-deploy.health_timeout' } })
    }
    expect(() => resolveCanaryPolicy({ health_url: 'http://a/h', health_successes: 0 }, {})).toThrow(
      healthSuccessesInvalid(0),
    )
  })
})
