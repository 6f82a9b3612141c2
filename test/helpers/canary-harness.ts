import { spawn, type ChildProcess } from 'node:child_process'
import { afterEach } from 'vitest'
import { findTool, requireTool } from './require-tool.js'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { renderUpstream } from '../../src/traffic/nginx.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/canary/', import.meta.url))

export function toolPath(tool: string): string {
  return findTool(tool) ?? tool
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** Whether the canary e2e tests can run here: Debian's nginx and prometheus are installed. */
export const canaryToolsAvailable = (): boolean => requireTool('nginx').available && requireTool('prometheus').available

/** A list the test pushes what it started onto; after each test, everything on it is stopped, newest first. */
export function stoppedAfterEach(): Running[] {
  const running: Running[] = []
  afterEach(async () => {
    await Promise.all(
      running
        .splice(0)
        .reverse()
        .map((r) => r.stop()),
    )
  })
  return running
}

export interface Running {
  readonly process: ChildProcess
  readonly address: string
  stop(): Promise<void>
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill('SIGTERM')
    })
}

export async function startModelServer(name: string, flags: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [join(FIXTURES, 'model-server.mjs'), '--name', name, ...flags], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`model server exited with ${String(code)}`)))
  })
  const { port } = JSON.parse(line) as { port: number }
  return { process: child, address: `127.0.0.1:${port}`, stop: stopper(child) }
}

export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

export function get(
  url: string,
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, timeout: 3000 }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end()
  })
}

export interface NginxSetup extends Running {
  readonly prefix: string
  readonly configPath: string
  readonly upstreamPath: string
  readonly url: string
}

/**
 * The fixture main config with live traffic mirrored as the default upstream template expects: `location /` mirrors
 * every request to the internal `/modelgate-mirror`, which answers 204 itself unless `$modelgate_mirror` is "on" and
 * otherwise proxies to `modelgate_mirror` (the canary; nginx discards the mirror's answers). The status location
 * also reports `$modelgate_mirror` in `X-Modelgate-Mirror`.
 */
export function withMirror(config: string): string {
  const mirrored = config
    .replace(
      '        location / {\n',
      [
        '        location = /modelgate-mirror {',
        '            internal;',
        '            if ($modelgate_mirror != "on") { return 204; }',
        '            proxy_pass http://modelgate_mirror$request_uri;',
        '        }',
        '        location / {',
        '            mirror /modelgate-mirror;',
        '',
      ].join('\n'),
    )
    .replace(
      '            add_header X-Modelgate-Canary $modelgate_canary always;\n',
      '            add_header X-Modelgate-Canary $modelgate_canary always;\n            add_header X-Modelgate-Mirror $modelgate_mirror always;\n',
    )
  if (!mirrored.includes('mirror /modelgate-mirror;') || !mirrored.includes('X-Modelgate-Mirror'))
    throw new Error('withMirror: the fixture nginx.conf.template changed shape')
  return mirrored
}

/** nginx as this user: temp prefix, pid/log/temp paths inside it, `daemon off`, starting at 0% canary. */
export async function startNginx(
  stable: string,
  canary: string,
  options: { readonly mirror?: boolean } = {},
): Promise<NginxSetup> {
  const prefix = await mkdtemp(join(tmpdir(), 'modelgate-nginx-'))
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) await mkdir(join(prefix, dir))
  const port = await freePort()
  const configPath = join(prefix, 'nginx.conf')
  const upstreamPath = join(prefix, 'upstream.conf')
  const template = await readFile(join(FIXTURES, 'nginx.conf.template'), 'utf8')
  const main = template.replaceAll('{{prefix}}', prefix).replaceAll('{{port}}', String(port))
  await writeFile(configPath, options.mirror === true ? withMirror(main) : main)
  await writeFile(upstreamPath, renderUpstream({ stable, canary }, 0, 'initial'))
  const child = spawn(toolPath('nginx'), ['-p', prefix, '-c', configPath, '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor('nginx', async () => (await get(`${url}/modelgate-status`)).status === 200)
  return { process: child, address: `127.0.0.1:${port}`, url, prefix, configPath, upstreamPath, stop: stopper(child) }
}

export interface PrometheusSetup extends Running {
  readonly url: string
}

/** Prometheus scraping stable and canary every second, TSDB in a temp dir, listening on 127.0.0.1. */
export async function startPrometheus(stable: string, canary: string): Promise<PrometheusSetup> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-prometheus-'))
  const port = await freePort()
  const template = await readFile(join(FIXTURES, 'prometheus.yml.template'), 'utf8')
  const config = join(dir, 'prometheus.yml')
  await writeFile(config, template.replaceAll('{{stable}}', stable).replaceAll('{{canary}}', canary))
  const child = spawn(
    toolPath('prometheus'),
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor('prometheus ready', async () => (await get(`${url}/-/ready`)).status === 200, 30_000)
  await waitFor(
    'both targets up',
    async () => {
      const r = await get(`${url}/api/v1/query?query=${encodeURIComponent('sum(up)')}`)
      return (
        (JSON.parse(r.body) as { data: { result: { value: [number, string] }[] } }).data.result[0]?.value[1] === '2'
      )
    },
    20_000,
  )
  return { process: child, address: `127.0.0.1:${port}`, url, stop: stopper(child) }
}

/** Bounded load: at most `maxRequests` and `maxMs`, `concurrency` loops, loopback only; stop() ends it early. */
export function startLoad(
  url: string,
  options: { maxRequests: number; maxMs: number; concurrency: number },
): { stop(): Promise<{ sent: number; byModel: Record<string, number> }> } {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error('load generator targets loopback only')
  let sent = 0
  let stopped = false
  const byModel: Record<string, number> = {}
  const deadline = Date.now() + options.maxMs
  const loop = async (): Promise<void> => {
    while (!stopped && sent < options.maxRequests && Date.now() < deadline) {
      sent += 1
      try {
        const r = await get(`${url}/predict`)
        const model = String(r.headers['x-model'] ?? 'none')
        byModel[model] = (byModel[model] ?? 0) + 1
      } catch {
        byModel.error = (byModel.error ?? 0) + 1
      }
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }
  const loops = Array.from({ length: options.concurrency }, loop)
  return {
    async stop() {
      stopped = true
      await Promise.all(loops)
      return { sent, byModel }
    },
  }
}

/** Sends `count` requests through nginx and counts which model answered. */
export async function sample(url: string, count: number): Promise<Record<string, number>> {
  const byModel: Record<string, number> = {}
  for (let i = 0; i < count; i += 1) {
    const r = await get(`${url}/predict`)
    const model = String(r.headers['x-model'] ?? 'none')
    byModel[model] = (byModel[model] ?? 0) + 1
  }
  return byModel
}
