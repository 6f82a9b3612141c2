import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { ServiceError } from '../core/errors.js'
import { runCommand } from '../io/run-command.js'
import { checkWeight, formatWeight } from './check-weight.js'
import { nginxReloadFailed, nginxReloadNotVerified, nginxTestFailed } from './messages.js'
import type { CommandWatch, NginxRouterConfig, TrafficRouter } from './traffic-router.js'

/** The default upstream file: included inside `http {}` of the main config. */
export const DEFAULT_UPSTREAM_TEMPLATE = `# written by modelgate canary-deploy: canary weight {{weight}}%, generation {{generation}}
upstream modelgate_model {
{{servers}}
}
map $host $modelgate_canary {
    default "{{weight}}:{{generation}}";
}
# mirrored traffic (shadow, blue-green with mirror): location / { mirror /modelgate-mirror; } and an internal
# location = /modelgate-mirror that returns 204 unless $modelgate_mirror is "on", else proxies to modelgate_mirror.
upstream modelgate_mirror {
    server {{canary}};
}
map $host $modelgate_mirror {
    default "{{mirror}}";
}
`

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

/**
 * The `server` lines of the upstream for one weight. nginx has no `weight=0`, so 0% lists only the stable
 * server and 100% only the canary: the other one is not in the pool at all, not merely unlikely.
 * In between, weights are the percentages reduced by their common divisor (10% → 9:1).
 * @example upstreamServers('127.0.0.1:8001', '127.0.0.1:8002', 10) // => '    server 127.0.0.1:8001 weight=9;\n    server 127.0.0.1:8002 weight=1;'
 */
export function upstreamServers(stable: string, canary: string, percent: number): string {
  if (percent <= 0) return `    server ${stable};`
  if (percent >= 100) return `    server ${canary};`
  const c = Math.round(percent * 100)
  const s = 10000 - c
  const d = gcd(c, s)
  return `    server ${stable} weight=${s / d};\n    server ${canary} weight=${c / d};`
}

/** Renders the upstream file from a template. */
export function renderUpstream(
  config: Pick<NginxRouterConfig, 'stable' | 'canary' | 'template'>,
  percent: number,
  generation: string,
  mirror = false,
): string {
  const values: Record<string, string> = {
    mirror: mirror ? 'on' : 'off',
    servers: upstreamServers(config.stable, config.canary, percent),
    weight: formatWeight(percent),
    generation,
    stable: config.stable,
    canary: config.canary,
  }
  return (config.template ?? DEFAULT_UPSTREAM_TEMPLATE).replace(
    /\{\{(servers|weight|generation|stable|canary|mirror)\}\}/g,
    (_m, name: string) => values[name] ?? '',
  )
}

function prefixArgs(config: NginxRouterConfig): string[] {
  return [...(config.prefix === undefined ? [] : ['-p', config.prefix]), '-c', config.configPath]
}

/** The total time one verification request may take (a dripping answer is cut off, not waited on). */
const MARKER_TIMEOUT_MS = 2000

async function fetchMarker(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: after a reload, old workers close their listening sockets.
    const req = request(url, { agent: false, headers: { connection: 'close' } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        if (body.length < 4096) body += chunk
      })
      res.on('end', () => resolve(`${String(res.headers['x-modelgate-canary'] ?? '')} ${body.trim()}`))
      res.on('error', reject)
    })
    const timer = setTimeout(
      () => req.destroy(new Error(`no complete answer within ${MARKER_TIMEOUT_MS} ms`)),
      MARKER_TIMEOUT_MS,
    )
    req.on('close', () => clearTimeout(timer))
    req.on('error', reject)
    req.end()
  })
}

/** Worker pids of an nginx master that still accept connections (Linux /proc; empty elsewhere). */
async function acceptingWorkers(masterPid: number): Promise<number[]> {
  const entries = await readdir('/proc').catch(() => [] as string[])
  const workers: number[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[1]) !== masterPid || fields[0] === 'Z') continue
    const title = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    // An old worker renames itself "worker process is shutting down" once it stops accepting.
    if (title.includes('worker process') && !title.includes('shutting down')) workers.push(Number(entry))
  }
  return workers
}

/**
 * Routes by rewriting an nginx upstream, checking it with `nginx -t`, reloading with `nginx -s reload`
 * and, when `verifyUrl` is set, polling it until it reports the new `weight:generation` marker, so a reload
 * that nginx accepted but did not apply is caught. A config nginx rejects is restored before throwing.
 */
export function createNginxRouter(config: NginxRouterConfig, watch: CommandWatch = {}): TrafficRouter {
  let counter = 0
  const nginx = async (args: string[]): Promise<{ ok: boolean; output: string }> => {
    const result = await runCommand([config.nginxBinary, ...args, ...prefixArgs(config)], {
      timeoutMs: 30_000,
      keepTailLines: 20,
      ...watch,
    })
    return { ok: result.exitCode === 0, output: [...result.stderrTail, ...result.stdoutTail].join(' | ') }
  }
  return {
    kind: 'nginx',
    config,
    canMirror: config.template === undefined || config.template.includes('{{mirror}}'),
    async setWeight(percent, options) {
      checkWeight(percent)
      counter += 1
      const generation = `${Date.now().toString(36)}-${counter}`
      const previous = await readFile(config.upstreamPath, 'utf8').catch(() => undefined)
      const temporary = `${config.upstreamPath}.modelgate-tmp`
      await writeFile(temporary, renderUpstream(config, percent, generation, options?.mirror === true))
      await rename(temporary, config.upstreamPath)
      const test = await nginx(['-t', '-q'])
      if (!test.ok) {
        if (previous !== undefined) await writeFile(config.upstreamPath, previous)
        throw new ServiceError(
          nginxTestFailed(test.output),
          { file: config.upstreamPath },
          'fix the upstream template or the main config that includes it',
        )
      }
      const masterPid =
        config.pidPath === undefined
          ? undefined
          : Number((await readFile(config.pidPath, 'utf8').catch(() => '')).trim())
      const oldWorkers = masterPid !== undefined && masterPid > 0 ? await acceptingWorkers(masterPid) : []
      const reload = await nginx(['-s', 'reload'])
      if (!reload.ok)
        throw new ServiceError(
          nginxReloadFailed(reload.output),
          { file: config.configPath },
          'check that nginx is running with this config and pid file',
        )
      if (config.verifyUrl !== undefined) {
        const expected = `${formatWeight(percent)}:${generation}`
        const deadline = Date.now() + config.verifyTimeoutMs
        let last = ''
        for (;;) {
          last = await fetchMarker(config.verifyUrl).catch((error: unknown) => String(error))
          if (last.includes(expected)) break
          if (Date.now() > deadline)
            throw new ServiceError(nginxReloadNotVerified(config.verifyUrl, expected, last.slice(0, 200)))
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
      }
      if (masterPid !== undefined && masterPid > 0) {
        // Until every old worker stops accepting, a new connection may still reach the old upstream.
        const deadline = Date.now() + config.verifyTimeoutMs
        while ((await acceptingWorkers(masterPid)).some((pid) => oldWorkers.includes(pid))) {
          if (Date.now() > deadline)
            throw new ServiceError(
              nginxReloadNotVerified(config.pidPath ?? '', 'old workers to stop accepting', String(oldWorkers)),
            )
          await new Promise((resolve) => setTimeout(resolve, 25))
        }
      }
    },
    async currentWeight() {
      const text = await readFile(config.upstreamPath, 'utf8').catch(() => '')
      const match = /canary weight ([\d.]+)%/.exec(text) ?? /"([\d.]+):[^"]*"/.exec(text)
      return match?.[1] === undefined ? undefined : Number(match[1])
    },
  }
}
