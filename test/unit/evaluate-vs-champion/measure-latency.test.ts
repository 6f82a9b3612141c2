import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { expectRejection } from '../../helpers/expect-rejection.js'
import { ServiceError } from '../../../src/core/errors.js'
import type { LatencyComparison, LatencyUnmeasured } from '../../../src/core/compare/latency-comparison.js'
import type { LatencyPolicy } from '../../../src/core/governance/latency-policy.js'
import type { EvaluateInputs } from '../../../src/evaluate-vs-champion/inputs.js'
import { latencyMessages as m } from '../../../src/evaluate-vs-champion/latency-messages.js'
import { latencyOrMissing } from '../../../src/evaluate-vs-champion/measure-latency.js'
import { processGroupAlive } from '../../../src/io/run-command.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const fixture = (name: string): string => join(root, 'fixtures/datasets/evaluate', name)
const policy: LatencyPolicy = {
  maxP95Ms: 50,
  warmupRequests: 10,
  requests: 100,
  requestTimeoutMs: 2000,
  startupTimeoutMs: 30_000,
}
const signal = new AbortController().signal

const inputs = (extra: Partial<EvaluateInputs>): EvaluateInputs => ({
  mode: 'compare',
  predictions: fixture('better.csv'),
  championAlias: 'champion',
  registry: 'file:.modelgate/registry',
  labelColumn: 'label',
  scoreColumn: 'score',
  idColumn: 'id',
  data: fixture('better.csv'),
  ...extra,
})

async function modelDir(config: Record<string, unknown> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mg-latency-model-'))
  await writeFile(join(dir, 'serve.json'), JSON.stringify(config))
  return dir
}

const measured = (r: LatencyComparison | LatencyUnmeasured): LatencyComparison => {
  if ('missing' in r) throw new Error(`not measured: ${r.missing.join(', ')}`)
  return r
}

describe('latencyOrMissing: the line protocol (one serve process per model, started once)', () => {
  const serve = [process.execPath, fixture('serve.mjs'), '{model_dir}']
  it('latencyOrMissing(latency-command) times 100 requests per model after the warm-up; the slower model shows', async () => {
    const candidate = await modelDir({ delay_ms: 8 })
    const champion = await modelDir({ delay_ms: 0 })
    const r = measured(
      await latencyOrMissing(
        inputs({ latencyCommand: serve, candidateModelDir: candidate }),
        policy,
        { exists: true, modelDir: champion },
        signal,
      ),
    )
    expect(r.method).toBe('line-protocol')
    expect(r.warmup).toBe(10)
    expect(r.candidate.requests).toBe(100)
    expect(r.champion?.requests).toBe(100)
    // setTimeout(8) never fires early; each server was started once for all 110 requests.
    expect(r.candidate.p50).toBeGreaterThanOrEqual(8)
    expect(await readFile(join(candidate, 'starts'), 'utf8')).toBe('started\n')
    expect(await readFile(join(champion, 'starts'), 'utf8')).toBe('started\n')
    expect(r.champion?.p50).toBeLessThan(r.candidate.p50)
    expect(r.candidate.p50).toBeLessThanOrEqual(r.candidate.p95)
    expect(r.candidate.p95).toBeLessThanOrEqual(r.candidate.p99)
    // VmHWM of a live Node process: tens of MiB.
    expect(r.peakMemoryMb?.candidate).toBeGreaterThan(5)
    expect(r.peakMemoryMb?.champion).toBeGreaterThan(5)
  })
  it('latencyOrMissing(latency-command) drives a /usr/bin/python3 server; without a champion only the candidate is timed', async (ctx) => {
    const { existsSync } = await import('node:fs')
    if (!existsSync('/usr/bin/python3')) ctx.skip()
    const r = measured(
      await latencyOrMissing(
        inputs({
          latencyCommand: ['/usr/bin/python3', fixture('serve.py'), '{model_dir}', '5'],
          candidateModelDir: tmpdir(),
        }),
        policy,
        { exists: false },
        signal,
      ),
    )
    expect(r.candidate.requests).toBe(100)
    expect(r.candidate.p50).toBeGreaterThanOrEqual(5)
    expect(r.champion).toBeUndefined()
  })
  it('the serve process peak memory (VmHWM) shows what the model holds: 96 MiB more than an empty one', async () => {
    const r = measured(
      await latencyOrMissing(
        inputs({ latencyCommand: serve, candidateModelDir: await modelDir({ alloc_mb: 96 }) }),
        { ...policy, warmupRequests: 1 },
        { exists: true, modelDir: await modelDir({}) },
        signal,
      ),
    )
    const { candidate, champion } = r.peakMemoryMb ?? {}
    expect((candidate ?? 0) - (champion ?? 0)).toBeGreaterThan(90)
  })
  it('a server that crashes, answers with text that is not JSON, or hangs is a ServiceError, and its process group is ended', async () => {
    const dirs: string[] = []
    const attempt = async (config: Record<string, unknown>): Promise<ServiceError> => {
      const dir = await modelDir(config)
      dirs.push(dir)
      return expectRejection(
        latencyOrMissing(
          inputs({ latencyCommand: serve, candidateModelDir: dir }),
          { ...policy, requestTimeoutMs: 300 },
          { exists: false },
          signal,
        ),
        ServiceError,
      )
    }
    const crash = await attempt({ fail: 'crash', after: 3 })
    expect(crash.message).toBe(
      m.serveExited('candidate', 'latency-command', m.exitedWith(3, null), ['serve.mjs: crashing on request 3']),
    )
    expect(crash.hint).toBe(m.fixServe)
    const garbage = await attempt({ fail: 'garbage', after: 2 })
    expect(garbage.message).toBe(m.notJsonResponse('candidate', 'latency-command', 2, 'not json'))
    const hang = await attempt({ fail: 'hang', after: 12 })
    expect(hang.message).toBe(m.requestTimedOut('candidate', 'latency-command', 12, 300))
    expect(hang.location).toEqual({ input: 'latency-command' })
    for (const dir of dirs) expect(processGroupAlive(Number(await readFile(join(dir, 'pid'), 'utf8')))).toBe(false)
  })
  it('what a budget needs and is not given is named: the command or URL, the data, the model directories', async () => {
    const none = await latencyOrMissing(
      inputs({ data: undefined as unknown as string }),
      policy,
      { exists: true },
      signal,
    )
    expect(none).toEqual({ missing: ['input data', 'input latency-command (or latency-url-candidate)'] })
    const dirs = await latencyOrMissing(inputs({ latencyCommand: serve }), policy, { exists: true }, signal)
    expect(dirs).toEqual({ missing: ['input candidate-model-dir', 'input champion-model-dir'] })
    const url = await latencyOrMissing(
      inputs({ latencyUrlCandidate: 'http://127.0.0.1:9/predict' }),
      policy,
      { exists: true },
      signal,
    )
    expect(url).toEqual({ missing: ['input latency-url-champion'] })
  })
})

describe('latencyOrMissing: HTTP endpoints (one POST of one JSON row per request)', () => {
  let servers: Server[] = []
  afterEach(async () => {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))))
    servers = []
  })
  async function endpoint(delayMs: number, status = 200): Promise<{ url: string; bodies: unknown[] }> {
    const bodies: unknown[] = []
    const server = createServer((req, res) => {
      let text = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (text += chunk))
      req.on('end', () => {
        bodies.push(JSON.parse(text))
        setTimeout(() => {
          res.writeHead(status, { 'content-type': 'application/json' })
          res.end('{"score":0.5}')
        }, delayMs)
      })
    })
    servers.push(server)
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/predict`, bodies }
  }
  it('latencyOrMissing(latency-url-*) posts warm-up + timed rows to each endpoint, alternating, and times each', async () => {
    const candidate = await endpoint(6)
    const champion = await endpoint(0)
    const r = measured(
      await latencyOrMissing(
        inputs({ latencyUrlCandidate: candidate.url, latencyUrlChampion: champion.url }),
        policy,
        { exists: true },
        signal,
      ),
    )
    expect(r.method).toBe('http')
    expect(candidate.bodies).toHaveLength(110)
    expect(champion.bodies).toHaveLength(110)
    expect(candidate.bodies[10]).toEqual({ id: 'r0000', label: 1, score: 0.537353, region: 'west' })
    expect(r.candidate.p50).toBeGreaterThanOrEqual(6)
    expect(r.champion?.p50).toBeLessThan(r.candidate.p50)
    expect(r.peakMemoryMb).toBeUndefined()
  })
  it('an endpoint answering 500, or slower than request_timeout_ms, is a ServiceError naming the input', async () => {
    const broken = await endpoint(0, 500)
    const error = await expectRejection(
      latencyOrMissing(inputs({ latencyUrlCandidate: broken.url }), policy, { exists: false }, signal),
      ServiceError,
    )
    expect(error.message).toBe(m.httpStatus('candidate', 'latency-url-candidate', 1, 500))
    const slow = await endpoint(500)
    const late = await expectRejection(
      latencyOrMissing(
        inputs({ latencyUrlCandidate: slow.url }),
        { ...policy, requestTimeoutMs: 100 },
        { exists: false },
        signal,
      ),
      ServiceError,
    )
    // The first request may take startup_timeout_ms (the model loads); the second is held to request_timeout_ms.
    expect(late.message).toBe(m.requestTimedOut('candidate', 'latency-url-candidate', 2, 100))
  })
})
