import { describe, expect, it } from 'vitest'
import type { CanaryPlan } from '../../../src/core/canary/types.js'
import {
  createPrometheusProvider,
  DEFAULT_PROMETHEUS_QUERIES,
  DEFAULT_REQUESTS_QUERY,
} from '../../../src/metric-providers/prometheus.js'
import { createNginxRouter } from '../../../src/traffic/nginx.js'
import { createTrafficRouter } from '../../../src/traffic/create-traffic-router.js'
import type { NginxRouterConfig } from '../../../src/traffic/traffic-router.js'
import { abortableSleep, runCanary } from '../../../src/canary-deploy/run-canary.js'
import {
  sample,
  startLoad,
  startModelServer,
  startNginx,
  startPrometheus,
  toolPath,
  canaryToolsAvailable,
  stoppedAfterEach,
} from '../../helpers/canary-harness.js'

const available = canaryToolsAvailable()
const running = stoppedAfterEach()

const plan: CanaryPlan = {
  steps: [20, 50, 100],
  intervalsPerStep: 1,
  intervalMs: 2000,
  failureLimit: 0,
  inconclusiveLimit: 1,
  noTraffic: { policy: 'wait', maxIntervals: 2 },
  checks: [
    { metric: 'error-rate', condition: { kind: 'max', value: 0.1 } },
    { metric: 'latency-p95-ms', condition: { kind: 'max', value: 500 } },
  ],
}

const quiet = { info: () => undefined, warning: () => undefined }

async function setup(canaryFlags: string[] = []) {
  const stable = await startModelServer('stable')
  running.push(stable)
  const canary = await startModelServer('canary', canaryFlags)
  running.push(canary)
  const nginx = await startNginx(stable.address, canary.address)
  running.push(nginx)
  const prometheus = await startPrometheus(stable.address, canary.address)
  running.push(prometheus)
  const routerConfig: NginxRouterConfig = {
    kind: 'nginx',
    configPath: nginx.configPath,
    upstreamPath: nginx.upstreamPath,
    prefix: nginx.prefix,
    stable: stable.address,
    canary: canary.address,
    nginxBinary: toolPath('nginx'),
    pidPath: `${nginx.prefix}/nginx.pid`,
    verifyUrl: `${nginx.url}/modelgate-status`,
    verifyTimeoutMs: 5000,
  }
  const provider = createPrometheusProvider({
    kind: 'prometheus',
    url: prometheus.url,
    canary: 'canary',
    stable: 'stable',
    queries: DEFAULT_PROMETHEUS_QUERIES,
    requestsQuery: DEFAULT_REQUESTS_QUERY,
    window: '4s',
    timeoutMs: 2000,
  })
  const load = startLoad(nginx.url, { maxRequests: 20_000, maxMs: 45_000, concurrency: 4 })
  return { nginx, prometheus, routerConfig, router: createNginxRouter(routerConfig), provider, load }
}

describe.runIf(available)('canary rollout with real nginx and Prometheus', () => {
  it('healthy canary is promoted to 100%', async () => {
    const s = await setup()
    const weights: number[] = []
    const result = await runCanary({
      plan,
      router: s.router,
      provider: s.provider,
      now: () => new Date(),
      sleep: abortableSleep,
      signal: new AbortController().signal,
      logger: quiet,
      onWeight: (w) => void weights.push(w),
    })
    await s.load.stop()
    expect(result.verdict).toMatchObject({ decision: 'promote', status: 'pass' })
    expect(weights).toEqual([20, 50, 100])
    expect(await sample(s.nginx.url, 20)).toEqual({ canary: 20 })
  }, 60_000)

  it('faulty canary (50% errors) is rolled back to 0% within one interval of the breach', async () => {
    const s = await setup(['--error-rate', '0.5'])
    const weights: number[] = []
    const started = Date.now()
    const result = await runCanary({
      plan,
      router: s.router,
      provider: s.provider,
      now: () => new Date(),
      sleep: abortableSleep,
      signal: new AbortController().signal,
      logger: quiet,
      onWeight: (w) => void weights.push(w),
    })
    await s.load.stop()
    expect(result.verdict).toMatchObject({ decision: 'rollback', reason: 'failure-limit', status: 'fail' })
    expect(weights.at(-1)).toBe(0)
    expect(weights).not.toContain(100)
    // The first failed interval is the last one: the rollback is applied in the same step, not an interval later.
    const failedAt = result.timeline.findIndex((t) => t.outcome === 'failed')
    expect(failedAt).toBe(result.timeline.length - 1)
    expect(
      result.timeline.slice(1, failedAt).every((t) => t.outcome === 'inconclusive' || t.outcome === 'no-traffic'),
    ).toBe(true)
    expect(Date.now() - started).toBeLessThan((result.timeline.length + 1) * (plan.intervalMs + 1500))
    expect(await sample(s.nginx.url, 20)).toEqual({ stable: 20 })
  }, 60_000)

  it('Prometheus stopped mid-rollout: inconclusive, rolled back, never promoted', async () => {
    const s = await setup()
    const weights: number[] = []
    const result = await runCanary({
      plan,
      router: s.router,
      provider: s.provider,
      now: () => new Date(),
      sleep: abortableSleep,
      signal: new AbortController().signal,
      logger: quiet,
      onWeight: async (w) => {
        weights.push(w)
        if (w === 50) await s.prometheus.stop()
      },
    })
    await s.load.stop()
    expect(result.verdict).toMatchObject({ decision: 'rollback', reason: 'inconclusive-limit', status: 'error' })
    expect(result.lastAssessment?.reason).toContain('unreachable')
    expect(weights).toEqual([20, 50, 0])
    expect(await sample(s.nginx.url, 10)).toEqual({ stable: 10 })
  }, 60_000)

  it('cancelled mid-rollout: the abort rolls back; a crash leaves the saved config for the post step to restore 0%', async () => {
    const s = await setup()
    const controller = new AbortController()
    const result = await runCanary({
      plan: { ...plan, intervalMs: 1500 },
      router: s.router,
      provider: s.provider,
      now: () => new Date(),
      sleep: abortableSleep,
      signal: controller.signal,
      logger: quiet,
      onWeight: (w) => {
        if (w === 50) setTimeout(() => controller.abort(), 300)
      },
    })
    expect(result.verdict).toMatchObject({ decision: 'rollback', reason: 'aborted' })
    expect(await sample(s.nginx.url, 10)).toEqual({ stable: 10 })
    // Crash: weight left at 50% with no rollback; the post step rebuilds the router from the saved JSON config.
    await s.router.setWeight(50)
    const saved = JSON.stringify(s.routerConfig)
    const post = createTrafficRouter(JSON.parse(saved) as NginxRouterConfig)
    expect(await post.currentWeight()).toBe(50)
    await post.setWeight(0)
    await s.load.stop()
    expect(await post.currentWeight()).toBe(0)
    expect(await sample(s.nginx.url, 10)).toEqual({ stable: 10 })
  }, 60_000)
})
