import { describe, expect, it } from 'vitest'
import { runBundle, runPostBundle } from '../../helpers/run-bundle.js'
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

describe.runIf(available)('canary-deploy bundle with real nginx and Prometheus', () => {
  it('SIGTERM mid-rollout: the step stops at 0%, and the post bundle with the saved state leaves 0%', async () => {
    const stable = await startModelServer('stable')
    running.push(stable)
    const canary = await startModelServer('canary')
    running.push(canary)
    const nginx = await startNginx(stable.address, canary.address)
    running.push(nginx)
    const prometheus = await startPrometheus(stable.address, canary.address)
    running.push(prometheus)
    const load = startLoad(nginx.url, { maxRequests: 20_000, maxMs: 40_000, concurrency: 4 })
    const inputs = {
      traffic: 'nginx',
      'nginx-config': nginx.configPath,
      'nginx-upstream-file': nginx.upstreamPath,
      'nginx-prefix': nginx.prefix,
      'nginx-binary': toolPath('nginx'),
      'nginx-verify-url': `${nginx.url}/modelgate-status`,
      'nginx-pid-file': `${nginx.prefix}/nginx.pid`,
      'stable-server': stable.address,
      'canary-server': canary.address,
      metrics: 'prometheus',
      'prometheus-url': prometheus.url,
      'prometheus-window': '4s',
      steps: '20,50,100',
      interval: '2s',
      'intervals-per-step': '1',
      'max-error-rate': '0.1',
      comment: 'false',
      'check-run': 'false',
    }
    const main = await runBundle('canary-deploy', {
      inputs,
      signalAfterMs: { signal: 'SIGTERM', afterMs: 3500 },
      timeoutMs: 40_000,
    })
    expect(main.state['canary-traffic-config']).toContain('"kind":"nginx"')
    expect(main.state['canary-weight']).toBe('0')
    const post = await runPostBundle('canary-deploy', { inputs, state: main.state, timeoutMs: 30_000 })
    expect(post.exitCode).toBe(0)
    await load.stop()
    expect(await sample(nginx.url, 10)).toEqual({ stable: 10 })
  }, 60_000)
})
