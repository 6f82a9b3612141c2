import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCommandRouter } from '../../../src/traffic/command.js'
import { createKubernetesRouter } from '../../../src/traffic/kubernetes.js'
import { createNginxRouter, renderUpstream } from '../../../src/traffic/nginx.js'

const servers = { stable: '127.0.0.1:8001', canary: '127.0.0.1:8002' }

describe('mirroring live traffic to the candidate (shadow, blue-green with mirror)', () => {
  it('renderUpstream(config, 0, g, true) turns $modelgate_mirror on and names the canary as the mirror upstream', () => {
    const on = renderUpstream(servers, 0, 'g1', true)
    expect(on).toContain('upstream modelgate_mirror {\n    server 127.0.0.1:8002;\n}')
    expect(on).toContain('map $host $modelgate_mirror {\n    default "on";\n}')
    expect(on).toContain('upstream modelgate_model {\n    server 127.0.0.1:8001;\n}')
    expect(renderUpstream(servers, 0, 'g2')).toContain('default "off";')
  })
  it('createNginxRouter can mirror with the default template or one with {{mirror}}, not with one without', () => {
    const base = {
      kind: 'nginx',
      configPath: 'c',
      upstreamPath: 'u',
      nginxBinary: 'nginx',
      verifyTimeoutMs: 1,
    } as const
    expect(createNginxRouter({ ...base, ...servers }).canMirror).toBe(true)
    expect(createNginxRouter({ ...base, ...servers, template: 'upstream x { {{servers}} }' }).canMirror).toBe(false)
    expect(createNginxRouter({ ...base, ...servers, template: '{{servers}} {{mirror}}' }).canMirror).toBe(true)
  })
  it('createCommandRouter passes {mirror} as on/off, and can mirror only when its argv has {mirror}', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mirror-cmd-'))
    const log = join(dir, 'log')
    const argv = [
      process.execPath,
      '-e',
      `require('fs').appendFileSync(${JSON.stringify(log)}, process.argv.slice(1).join(' ') + '\\n')`,
      '{weight}',
      '{mirror}',
    ]
    const router = createCommandRouter({ kind: 'command', argv, timeoutMs: 10_000 })
    expect(router.canMirror).toBe(true)
    await router.setWeight(0, { mirror: true })
    await router.setWeight(100)
    expect(await readFile(log, 'utf8')).toBe('0 on\n100 off\n')
    expect(createCommandRouter({ kind: 'command', argv: ['true', '{weight}'], timeoutMs: 1 }).canMirror).toBe(false)
  })
  it('createKubernetesRouter does not mirror (Istio mirror and Gateway API RequestMirror are not written)', () => {
    const router = createKubernetesRouter({
      kind: 'kubernetes',
      resource: 'virtualservice',
      name: 'm',
      kubectl: 'kubectl',
      routeIndex: 0,
      stableIndex: 0,
      canaryIndex: 1,
      timeoutMs: 1,
    })
    expect(router.canMirror).toBe(false)
  })
})
