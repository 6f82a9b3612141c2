// Every strategy (canary, blue-green with mirrored traffic, shadow) through canary-deploy's main() in process,
// against real nginx (weights and the `mirror` directive) and Prometheus, on success, failure, cancellation and a
// dead endpoint. The final weight is read from nginx (its status location and the model that answers), not from
// our own state. Bundle runs of the same main are covered by test/integration/canary-deploy*.test.ts.
import { describe, expect, it } from 'vitest'
import { main } from '../../../src/canary-deploy/main.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { AT_CANARY, AT_STABLE, live, routedInputs, type Live } from './live-nginx.js'
import {
  freePort,
  get,
  startLoad,
  startModelServer,
  startNginx,
  startPrometheus,
  canaryToolsAvailable,
  stoppedAfterEach,
} from '../../helpers/canary-harness.js'

const available = canaryToolsAvailable()
const running = stoppedAfterEach()

type Strategy = 'canary' | 'blue-green' | 'shadow'

/** Model servers, nginx with mirroring, Prometheus, bounded load through nginx; the inputs main() reads. */
async function setup(strategy: Strategy, canaryFlags: string[] = []) {
  const stable = await startModelServer('stable')
  running.push(stable)
  const canary = await startModelServer('canary', canaryFlags)
  running.push(canary)
  const nginx = await startNginx(stable.address, canary.address, { mirror: true })
  running.push(nginx)
  const prometheus = await startPrometheus(stable.address, canary.address)
  running.push(prometheus)
  const load = startLoad(nginx.url, { maxRequests: 30_000, maxMs: 50_000, concurrency: 4 })
  const inputs: Record<string, string> = {
    strategy,
    ...routedInputs(nginx, stable, canary, prometheus),
    'prometheus-window': '4s',
    interval: '2s',
    'intervals-per-step': '1',
    'inconclusive-limit': '2',
    'min-requests': '20',
    'max-error-rate': '0.1',
    'health-url': `http://${canary.address}/metrics`,
    'health-timeout': '5s',
    'health-interval': '200ms',
    ...(strategy === 'canary' ? { steps: '20,50,100' } : {}),
    ...(strategy === 'blue-green' ? { mirror: 'true', bake: '2s' } : {}),
  }
  return { nginx, canary, inputs, load }
}

/** Requests a model server answered, from its own /metrics. */
async function served(address: string): Promise<number> {
  const { body } = await get(`http://${address}/metrics`)
  return [...body.matchAll(/^model_requests_total\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0)
}

function run(inputs: Record<string, string>, signal?: AbortSignal) {
  const fake = fakeContext({ inputs, ...(signal === undefined ? {} : { signal }) })
  return runInProcess('canary-deploy', main, fake.context)
}

describe.runIf(available)('canary-deploy strategies with real nginx (mirror) and Prometheus', () => {
  const success: Record<Strategy, { decision: string; live: Live }> = {
    canary: { decision: 'promote', live: AT_CANARY },
    'blue-green': { decision: 'promote', live: AT_CANARY },
    shadow: { decision: 'hold', live: AT_STABLE },
  }
  for (const strategy of ['canary', 'blue-green', 'shadow'] as const) {
    it(`${strategy}: success ends at ${success[strategy].live.weight}% (${success[strategy].decision})`, async () => {
      const s = await setup(strategy)
      const { outputs } = await run(s.inputs)
      expect(outputs).toMatchObject({ decision: success[strategy].decision, reason: 'analysis-passed' })
      const load = await s.load.stop()
      expect(await live(s.nginx.url)).toEqual(success[strategy].live)
      if (strategy === 'shadow') {
        // Live answers all came from stable, yet the candidate served the mirrored copies.
        expect(load.byModel.canary ?? 0).toBe(0)
        expect(await served(s.canary.address)).toBeGreaterThan(20)
      }
    }, 90_000)

    it(`${strategy}: a 50%-error candidate fails and ends at 0%, mirroring off`, async () => {
      const s = await setup(strategy, ['--error-rate', '0.5'])
      const { outputs } = await run(s.inputs)
      await s.load.stop()
      expect(outputs).toMatchObject({ decision: 'rollback', reason: 'failure-limit', 'final-weight': '0' })
      expect(await live(s.nginx.url)).toEqual(AT_STABLE)
    }, 90_000)

    it(`${strategy}: cancelled during analysis ends at 0%, mirroring off`, async () => {
      const s = await setup(strategy)
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 2500)
      const { outputs } = await run(s.inputs, controller.signal)
      await s.load.stop()
      expect(outputs).toMatchObject({ decision: 'rollback', reason: 'aborted', 'final-weight': '0' })
      expect(await live(s.nginx.url)).toEqual(AT_STABLE)
    }, 90_000)

    it(`${strategy}: a dead endpoint fails the health check; nginx was never touched (initial marker, 0%)`, async () => {
      const s = await setup(strategy)
      const dead = `http://127.0.0.1:${await freePort()}/healthz`
      const { outputs, report } = await run({ ...s.inputs, 'health-url': dead, 'health-timeout': '1s' })
      await s.load.stop()
      expect(outputs).toMatchObject({ decision: 'rollback', reason: 'unhealthy', 'final-weight': '0' })
      expect(report.checks[0]).toMatchObject({ id: 'canary.health', status: 'fail' })
      expect((await get(`${s.nginx.url}/modelgate-status`)).body.trim()).toBe('0:initial')
      expect(await live(s.nginx.url)).toEqual(AT_STABLE)
    }, 90_000)
  }
})
