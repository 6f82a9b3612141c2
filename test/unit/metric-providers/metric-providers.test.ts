import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createMetricProvider } from '../../../src/metric-providers/create-metric-provider.js'
import { parsePrometheusResponse, renderQuery } from '../../../src/metric-providers/prometheus.js'
import { prometheusEmpty, prometheusHttpError, prometheusManySeries } from '../../../src/metric-providers/messages.js'

let server: Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

async function serve(handler: (url: URL) => { status: number; body: string }): Promise<string> {
  server = createServer((req, res) => {
    const { status, body } = handler(new URL(req.url ?? '/', 'http://x'))
    res.writeHead(status, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('Prometheus response parsing', () => {
  it('vector, scalar, empty, many, error', () => {
    expect(
      parsePrometheusResponse(
        200,
        '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"0.25"]}]}}',
      ),
    ).toEqual({ value: 0.25 })
    expect(
      parsePrometheusResponse(200, '{"status":"success","data":{"resultType":"scalar","result":[1,"NaN"]}}').value,
    ).toBeNaN()
    expect(parsePrometheusResponse(200, '{"status":"success","data":{"resultType":"vector","result":[]}}')).toEqual({
      value: null,
      reason: prometheusEmpty(),
    })
    expect(
      parsePrometheusResponse(
        200,
        '{"status":"success","data":{"resultType":"vector","result":[{"value":[1,"1"]},{"value":[1,"2"]}]}}',
      ),
    ).toEqual({ value: null, reason: prometheusManySeries(2) })
    expect(parsePrometheusResponse(400, '{"status":"error","errorType":"bad_data","error":"parse error"}')).toEqual({
      value: null,
      reason: prometheusHttpError(400, 'bad_data', 'parse error'),
    })
  })
  it('renders templates', () => {
    expect(
      renderQuery('rate(x{job="{{target}}"}[{{interval}}]) / {{ stable }}', {
        target: 'c',
        canary: 'c',
        stable: 's',
        interval: '30s',
      }),
    ).toBe('rate(x{job="c"}[30s]) / s')
  })
})

describe('prometheus provider over HTTP', () => {
  it('queries both sides with the templates; empty canary is null with the reason', async () => {
    const seen: string[] = []
    const url = await serve((u) => {
      const q = u.searchParams.get('query') ?? ''
      seen.push(q)
      const result =
        q.includes('job="canary"') && q.startsWith('err')
          ? []
          : [{ metric: {}, value: [1, q.includes('requests') ? '12' : '0.01'] }]
      return { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }) }
    })
    const provider = createMetricProvider({
      kind: 'prometheus',
      url,
      canary: 'canary',
      stable: 'stable',
      queries: { 'error-rate': 'err{job="{{target}}"}[{{interval}}]' },
      requestsQuery: 'requests{job="{{canary}}"}',
      timeoutMs: 2000,
    })
    const o = await provider.observe({ intervalMs: 2000, at: new Date(0) })
    expect(seen).toEqual(['err{job="canary"}[2s]', 'err{job="stable"}[2s]', 'requests{job="canary"}'])
    expect(o).toEqual({
      kind: 'metrics',
      canary: { 'error-rate': null },
      stable: { 'error-rate': 0.01 },
      canaryRequests: 12,
      errors: { 'error-rate': prometheusEmpty() },
    })
  })
  it('connection refused is a provider error with the reason', async () => {
    const url = await serve(() => ({ status: 200, body: '' }))
    await new Promise<void>((resolve) => server?.close(() => resolve()))
    server = undefined
    const o = await createMetricProvider({
      kind: 'prometheus',
      url,
      canary: 'c',
      stable: 's',
      queries: { e: 'x' },
      timeoutMs: 2000,
    }).observe({ intervalMs: 1000, at: new Date() })
    expect(o.kind).toBe('provider-error')
    expect(o.kind === 'provider-error' && o.reason).toContain('ECONNREFUSED')
  })
})

describe('command provider', () => {
  it('reads JSON from stdout; bad JSON is a provider error', async () => {
    const good = await createMetricProvider({
      kind: 'command',
      argv: [
        process.execPath,
        '-e',
        'console.log(JSON.stringify({canary:{"error-rate":0.1,x:"no"},stable:{"error-rate":0},canaryRequests:5}))',
      ],
      timeoutMs: 10_000,
    }).observe({ intervalMs: 1000, at: new Date() })
    expect(good).toEqual({
      kind: 'metrics',
      canary: { 'error-rate': 0.1, x: null },
      stable: { 'error-rate': 0 },
      canaryRequests: 5,
    })
    const bad = await createMetricProvider({
      kind: 'command',
      argv: [process.execPath, '-e', 'console.log("nope")'],
      timeoutMs: 10_000,
    }).observe({ intervalMs: 1000, at: new Date() })
    expect(bad.kind).toBe('provider-error')
  })
})

describe('scrape provider against the fixture model server', () => {
  it('computes error rate, p95 and request count between two scrapes', async () => {
    const { startModelServer, get } = await import('../../helpers/canary-harness.js')
    const canary = await startModelServer('canary', ['--error-rate', '0.25', '--latency-ms', '30'])
    const stable = await startModelServer('stable')
    try {
      const provider = createMetricProvider({
        kind: 'scrape',
        canaryUrl: `http://${canary.address}/metrics`,
        stableUrl: `http://${stable.address}/metrics`,
        timeoutMs: 2000,
      })
      await provider.start()
      for (let i = 0; i < 20; i += 1)
        await Promise.all([get(`http://${canary.address}/predict`), get(`http://${stable.address}/predict`)])
      const o = await provider.observe({ intervalMs: 1000, at: new Date() })
      expect(o.kind).toBe('metrics')
      if (o.kind !== 'metrics') return
      expect(o.canaryRequests).toBe(20)
      expect(o.canary['error-rate']).toBe(0.25)
      expect(o.stable['error-rate']).toBe(0)
      // 30 ms injected latency lands in the (0.025, 0.05] bucket
      expect(o.canary['latency-p95-ms']).toBeGreaterThan(25)
      expect(o.canary['latency-p95-ms']).toBeLessThanOrEqual(50)
      const quiet = await provider.observe({ intervalMs: 1000, at: new Date() })
      expect(quiet).toMatchObject({ canaryRequests: 0, canary: { 'error-rate': null } })
    } finally {
      await canary.stop()
      await stable.stop()
    }
  })
})
