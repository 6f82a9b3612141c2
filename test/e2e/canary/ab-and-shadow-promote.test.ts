// Strategy ab (a fixed split judged once on a business metric) and shadow with shadow-promote, through
// canary-deploy's main() in process against real nginx and Prometheus. The business metric is the fake model
// servers' own model_conversions_total / model_requests_total counters as Prometheus scraped them (nothing faked
// between them and the test). The final weight is read from nginx (its status marker and who answers).
import { describe, expect, it } from 'vitest'
import { main } from '../../../src/canary-deploy/main.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { AT_CANARY, AT_STABLE, live, routedInputs } from './live-nginx.js'
import {
  canaryToolsAvailable,
  freePort,
  get,
  startLoad,
  startModelServer,
  startNginx,
  startPrometheus,
  stoppedAfterEach,
} from '../../helpers/canary-harness.js'

const available = canaryToolsAvailable()
const running = stoppedAfterEach()

const SUCCESS_QUERY = 'sum(increase(model_conversions_total{job="{{target}}"}[{{interval}}]))'
const TRIALS_QUERY = 'sum(increase(model_requests_total{job="{{target}}"}[{{interval}}]))'

/** Model servers with their conversion rates, nginx (mirroring available), Prometheus, bounded load; main()'s inputs. */
async function setup(options: { stable: string[]; canary: string[]; strategy: 'ab' | 'shadow' }) {
  const stable = await startModelServer('stable', options.stable)
  running.push(stable)
  const canary = await startModelServer('canary', options.canary)
  running.push(canary)
  const nginx = await startNginx(stable.address, canary.address, { mirror: true })
  running.push(nginx)
  const prometheus = await startPrometheus(stable.address, canary.address)
  running.push(prometheus)
  const load = startLoad(nginx.url, { maxRequests: 30_000, maxMs: 50_000, concurrency: 4 })
  const inputs: Record<string, string> = {
    strategy: options.strategy,
    ...routedInputs(nginx, stable, canary, prometheus),
    'prometheus-window': '4s',
    interval: '2s',
    'inconclusive-limit': '2',
    'min-requests': '20',
    'max-error-rate': '0.1',
    'health-url': `http://${canary.address}/metrics`,
    'health-timeout': '5s',
    'health-interval': '200ms',
    ...(options.strategy === 'ab'
      ? {
          'ab-weight': '50',
          'ab-duration': '6s',
          'ab-success-query': SUCCESS_QUERY,
          'ab-trials-query': TRIALS_QUERY,
        }
      : { 'shadow-promote': 'true', bake: '2s', 'intervals-per-step': '1' }),
  }
  return { nginx, inputs, load }
}

function run(inputs: Record<string, string>, signal?: AbortSignal) {
  const fake = fakeContext({ inputs, ...(signal === undefined ? {} : { signal }) })
  return runInProcess('canary-deploy', main, fake.context)
}

describe.runIf(available)('canary-deploy strategy ab with real nginx and Prometheus', () => {
  it('ab: a candidate converting 60% against 30% is promoted to 100% after the split', async () => {
    const s = await setup({
      strategy: 'ab',
      stable: ['--conversion-rate', '0.3'],
      canary: ['--conversion-rate', '0.6'],
    })
    const { outputs, report } = await run(s.inputs)
    const load = await s.load.stop()
    expect(outputs).toMatchObject({ decision: 'promote', reason: 'ab-better', 'final-weight': '100' })
    const ab = report.checks.find((c) => c.id === 'canary.ab-test')
    expect(ab).toMatchObject({ status: 'pass' })
    // Counted by Prometheus from the servers' own counters: the difference is near 0.3, its interval above 0.
    expect(Number(ab?.observed)).toBeGreaterThan(0.2)
    expect(Number(ab?.observed)).toBeLessThan(0.4)
    const interval = (ab?.details as { interval: [number, number] }).interval
    expect(interval[0]).toBeGreaterThan(0)
    // Live traffic was split while the test ran: both models answered real requests.
    expect(load.byModel.canary ?? 0).toBeGreaterThan(50)
    expect(load.byModel.stable ?? 0).toBeGreaterThan(50)
    expect(await live(s.nginx.url)).toEqual(AT_CANARY)
  }, 90_000)

  it('ab: a candidate converting 10% against 50% is rolled back to 0% (significantly worse)', async () => {
    const s = await setup({
      strategy: 'ab',
      stable: ['--conversion-rate', '0.5'],
      canary: ['--conversion-rate', '0.1'],
    })
    const { outputs, report } = await run(s.inputs)
    await s.load.stop()
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'ab-worse', 'final-weight': '0' })
    expect(report.checks.find((c) => c.id === 'canary.ab-test')).toMatchObject({ status: 'fail' })
    expect(await live(s.nginx.url)).toEqual(AT_STABLE)
  }, 90_000)

  it('ab: equal conversion rates are inconclusive and roll back to 0% (ab-on-inconclusive default), never left at 50%', async () => {
    const s = await setup({
      strategy: 'ab',
      stable: ['--conversion-rate', '0.3'],
      canary: ['--conversion-rate', '0.3'],
    })
    const { outputs } = await run(s.inputs)
    await s.load.stop()
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'ab-inconclusive', 'final-weight': '0' })
    expect(await live(s.nginx.url)).toEqual(AT_STABLE)
  }, 90_000)

  it('ab: a 50%-error candidate is rolled back during the split by the error-rate guard', async () => {
    const s = await setup({
      strategy: 'ab',
      stable: ['--conversion-rate', '0.3'],
      canary: ['--conversion-rate', '0.9', '--error-rate', '0.5'],
    })
    const { outputs, report } = await run(s.inputs)
    await s.load.stop()
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'failure-limit', 'final-weight': '0' })
    expect(report.checks.find((c) => c.id === 'canary.ab-test')).toBeUndefined()
    expect(await live(s.nginx.url)).toEqual(AT_STABLE)
  }, 90_000)

  it('ab: cancelled mid-split ends at 0%', async () => {
    const s = await setup({
      strategy: 'ab',
      stable: ['--conversion-rate', '0.3'],
      canary: ['--conversion-rate', '0.6'],
    })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 3000)
    const { outputs } = await run(s.inputs, controller.signal)
    await s.load.stop()
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'aborted', 'final-weight': '0' })
    expect(await live(s.nginx.url)).toEqual(AT_STABLE)
  }, 90_000)

  it('ab: a dead endpoint fails the health check; nginx was never touched (initial marker, 0%)', async () => {
    const s = await setup({ strategy: 'ab', stable: [], canary: [] })
    const dead = `http://127.0.0.1:${await freePort()}/healthz`
    const { outputs, report } = await run({ ...s.inputs, 'health-url': dead, 'health-timeout': '1s' })
    await s.load.stop()
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'unhealthy', 'final-weight': '0' })
    expect(report.checks[0]).toMatchObject({ id: 'canary.health', status: 'fail' })
    expect((await get(`${s.nginx.url}/modelgate-status`)).body.trim()).toBe('0:initial')
    expect(await live(s.nginx.url)).toEqual(AT_STABLE)
  }, 90_000)

  it('cancelled during the health check: reported cancelled (aborted), not unhealthy; nginx never touched', async () => {
    const s = await setup({ strategy: 'ab', stable: [], canary: [] })
    const dead = `http://127.0.0.1:${await freePort()}/healthz`
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 700)
    const started = Date.now()
    const { outputs, report } = await run(
      { ...s.inputs, 'health-url': dead, 'health-timeout': '30s' },
      controller.signal,
    )
    await s.load.stop()
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'aborted', 'final-weight': '0' })
    expect(report.checks[0]).toMatchObject({ id: 'canary.health', status: 'error', observed: 'cancelled' })
    expect((await get(`${s.nginx.url}/modelgate-status`)).body.trim()).toBe('0:initial')
  }, 90_000)
})

describe.runIf(available)('canary-deploy shadow with shadow-promote, real nginx (mirror) and Prometheus', () => {
  it('shadow-promote: a passing shadow analysis switches 0 → 100 in one step, bakes, and ends at 100%', async () => {
    const s = await setup({ strategy: 'shadow', stable: [], canary: [] })
    const { outputs } = await run(s.inputs)
    await s.load.stop()
    expect(outputs).toMatchObject({ decision: 'promote', reason: 'analysis-passed', 'final-weight': '100' })
    expect(await live(s.nginx.url)).toEqual(AT_CANARY)
  }, 90_000)

  it('shadow-promote: a 50%-error candidate fails the shadow analysis and stays at 0%, mirroring off', async () => {
    const s = await setup({ strategy: 'shadow', stable: [], canary: ['--error-rate', '0.5'] })
    const { outputs } = await run(s.inputs)
    await s.load.stop()
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'failure-limit', 'final-weight': '0' })
    expect(await live(s.nginx.url)).toEqual(AT_STABLE)
  }, 90_000)
})
