import { describe, expect, it } from 'vitest'
import { runHealthCheck } from '../../../src/canary-deploy/health-check.js'
import { abortableSleep } from '../../../src/canary-deploy/run-canary.js'
import { freePort } from '../../helpers/canary-harness.js'

const quiet = { info: () => undefined }

describe('runHealthCheck(plan, options)', () => {
  it('runHealthCheck is unhealthy within its timeout against a port nobody listens on', async () => {
    const port = await freePort()
    const started = Date.now()
    const result = await runHealthCheck(
      { url: `http://127.0.0.1:${port}/healthz`, timeoutMs: 600, successes: 2, intervalMs: 100 },
      { now: () => new Date(), sleep: abortableSleep, signal: new AbortController().signal, logger: quiet },
    )
    expect(result.healthy).toBe(false)
    expect(result.message).toContain('ECONNREFUSED')
    expect(Date.now() - started).toBeLessThan(3000)
  })
  it('runHealthCheck needs consecutive 2xx: 200, 503, 200, 200 passes on the fourth probe with successes 2', async () => {
    const answers = [200, 503, 200, 200]
    let probes = 0
    const result = await runHealthCheck(
      { url: 'http://model/healthz', timeoutMs: 10_000, successes: 2, intervalMs: 1 },
      {
        now: () => new Date(),
        sleep: abortableSleep,
        signal: new AbortController().signal,
        logger: quiet,
        get: () => Promise.resolve({ status: answers[probes++] ?? 500 }),
      },
    )
    expect(result.healthy).toBe(true)
    expect(probes).toBe(4)
  })
  it('runHealthCheck bounds a probe that never answers by the time left, not by the probe alone', async () => {
    let timeouts: number[] = []
    let clock = 0
    const result = await runHealthCheck(
      { url: 'http://model/healthz', timeoutMs: 2000, successes: 1, intervalMs: 500 },
      {
        now: () => new Date(clock),
        sleep: () => Promise.resolve(),
        signal: new AbortController().signal,
        logger: quiet,
        get: (_url, timeoutMs) => {
          timeouts = [...timeouts, timeoutMs]
          clock += timeoutMs
          return Promise.reject(new Error(`timed out after ${timeoutMs} ms`))
        },
      },
    )
    expect(result.healthy).toBe(false)
    expect(timeouts).toEqual([2000])
  })
  it('runHealthCheck stops at once when the job is cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    const result = await runHealthCheck(
      { url: 'http://model/healthz', timeoutMs: 60_000, successes: 3, intervalMs: 1000 },
      {
        now: () => new Date(),
        sleep: abortableSleep,
        signal: controller.signal,
        logger: quiet,
        get: () => Promise.resolve({ status: 200 }),
      },
    )
    expect(result).toMatchObject({ healthy: false })
    expect(result.message).toContain('job cancelled')
  })
})
