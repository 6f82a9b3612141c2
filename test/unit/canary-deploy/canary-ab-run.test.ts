// runCanary with an A/B plan over a fake router and provider: the business metric is read once, at the end of the
// split (fixed horizon, no interim look), and the rollout always ends at 0% or 100%. Also: a cancellation during
// the health check is reported as cancelled, not unhealthy.
import { describe, expect, it } from 'vitest'
import { runHealthCheck } from '../../../src/canary-deploy/health-check.js'
import { abortableSleep, runCanary } from '../../../src/canary-deploy/run-canary.js'
import { cancelledHealthRun } from '../../../src/core/canary/canary-machine.js'
import { decideCanary } from '../../../src/core/canary/decide-canary.js'
import { resolveCanaryPolicy } from '../../../src/core/canary/resolve-canary-policy.js'
import type { ArmCounts, Observation } from '../../../src/core/canary/types.js'
import type { MetricProvider } from '../../../src/metric-providers/metric-provider.js'
import type { TrafficRouter } from '../../../src/traffic/traffic-router.js'

const quiet = { info: () => undefined, warning: () => undefined }
const pass: Extract<Observation, { kind: 'metrics' }> = {
  kind: 'metrics',
  canary: { 'error-rate': 0.01 },
  stable: { 'error-rate': 0.01 },
  canaryRequests: 500,
}

function fakes(observations: readonly Extract<Observation, { kind: 'metrics' }>[], arms: Record<string, ArmCounts>) {
  const weights: number[] = []
  const looks: { durationMs: number; queries: { successes: string; trials: string } }[] = []
  let observed = 0
  const router: TrafficRouter = {
    kind: 'command',
    canMirror: false,
    config: { kind: 'command', argv: ['true'], timeoutMs: 1000 },
    setWeight: (percent) => {
      weights.push(percent)
      return Promise.resolve()
    },
    currentWeight: () => Promise.resolve(weights.at(-1)),
  }
  const provider: MetricProvider = {
    kind: 'prometheus',
    start: () => Promise.resolve(),
    observe: () => Promise.resolve(observations[observed++] ?? pass),
    observeArms: (queries, window) => {
      looks.push({ durationMs: window.durationMs, queries })
      return Promise.resolve({ candidate: arms.candidate!, stable: arms.stable! })
    },
  }
  return { router, provider, weights, looks, observedCount: () => observed }
}

const plan = resolveCanaryPolicy(
  {},
  {
    strategy: 'ab',
    abWeight: 30,
    abDuration: '4s',
    interval: '1s',
    minRequests: 10,
    abSuccessQuery: 'sum(increase(model_conversions_total{job="{{target}}"}[{{interval}}]))',
    abTrialsQuery: 'sum(increase(model_requests_total{job="{{target}}"}[{{interval}}]))',
  },
)

function run(f: ReturnType<typeof fakes>, signal = new AbortController().signal) {
  let clock = 0
  return runCanary({
    plan,
    router: f.router,
    provider: f.provider,
    now: () => new Date(clock),
    sleep: (ms) => {
      clock += ms
      return Promise.resolve()
    },
    signal,
    logger: quiet,
    onWeight: () => undefined,
  })
}

describe('runCanary with strategy ab', () => {
  it('holds 30% for 4 intervals, reads the business metric once over the whole split, promotes a better candidate', async () => {
    const f = fakes([], { candidate: { successes: 300, trials: 1000 }, stable: { successes: 200, trials: 1000 } })
    const result = await run(f)
    expect(f.weights).toEqual([30, 100])
    expect(f.observedCount()).toBe(4)
    expect(f.looks).toHaveLength(1)
    expect(f.looks[0]?.durationMs).toBe(4000)
    expect(f.looks[0]?.queries.successes).toContain('model_conversions_total')
    expect(result).toMatchObject({ verdict: { decision: 'promote', reason: 'ab-better' }, state: { weight: 100 } })
    expect(result.ab).toMatchObject({ outcome: 'better' })
    expect(result.timeline.at(-1)).toMatchObject({ weight: 30, outcome: 'success' })
  })
  it('rolls a worse candidate back to 0%, and an inconclusive one too (default ab-on-inconclusive)', async () => {
    const worse = fakes([], { candidate: { successes: 200, trials: 1000 }, stable: { successes: 300, trials: 1000 } })
    expect(await run(worse)).toMatchObject({ verdict: { reason: 'ab-worse' }, state: { weight: 0 } })
    expect(worse.weights).toEqual([30, 0])
    const unread = fakes([], {
      candidate: { successes: null, trials: null, reason: 'Prometheus unreachable' },
      stable: { successes: 200, trials: 1000 },
    })
    expect(await run(unread)).toMatchObject({ verdict: { reason: 'ab-inconclusive' }, state: { weight: 0 } })
    expect(unread.weights).toEqual([30, 0])
  })
  it('a guard failure during the split rolls back before the business metric is ever read (no early look)', async () => {
    const f = fakes([pass, { ...pass, canary: { 'error-rate': 0.4 } }], {
      candidate: { successes: 900, trials: 1000 },
      stable: { successes: 100, trials: 1000 },
    })
    const result = await run(f)
    expect(result).toMatchObject({ verdict: { reason: 'failure-limit' }, state: { weight: 0 } })
    expect(f.looks).toHaveLength(0)
    expect(f.weights).toEqual([30, 0])
  })
  it('a cancellation mid-split rolls back to 0% without reading the business metric', async () => {
    const f = fakes([], { candidate: { successes: 900, trials: 1000 }, stable: { successes: 100, trials: 1000 } })
    const controller = new AbortController()
    const provider = f.provider
    let seen = 0
    f.provider = {
      ...provider,
      observe: (window) => {
        seen += 1
        if (seen === 2) controller.abort()
        return provider.observe(window)
      },
    }
    const result = await run(f, controller.signal)
    expect(result).toMatchObject({ verdict: { reason: 'aborted' }, state: { weight: 0 } })
    expect(f.looks).toHaveLength(0)
    expect(f.weights).toEqual([30, 0])
  })
})

describe('cancellation during the health check', () => {
  it('runHealthCheck reports cancelled (not unhealthy) and decideCanary says so: aborted, health check error', async () => {
    const controller = new AbortController()
    let probes = 0
    const result = await runHealthCheck(
      { url: 'http://model/healthz', timeoutMs: 60_000, successes: 3, intervalMs: 10 },
      {
        now: () => new Date(),
        sleep: abortableSleep,
        signal: controller.signal,
        logger: quiet,
        get: () => {
          probes += 1
          if (probes === 2) controller.abort()
          return Promise.resolve({ status: 503 })
        },
      },
    )
    expect(result).toMatchObject({ healthy: false, cancelled: true })
    expect(probes).toBe(2)
    const outcome = decideCanary(plan, cancelledHealthRun())
    expect(outcome.outputs).toMatchObject({ decision: 'rollback', reason: 'aborted', 'final-weight': '0' })
    expect(outcome.checks[0]).toMatchObject({ id: 'canary.health', status: 'error', observed: 'cancelled' })
    expect(outcome.title).toContain('cancelled during the health check')
  })
})
