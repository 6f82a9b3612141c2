import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTrafficRouter } from '../../../src/traffic/create-traffic-router.js'
import { kubectlPatchArgv, kubernetesPatch } from '../../../src/traffic/kubernetes.js'
import { renderUpstream, upstreamServers } from '../../../src/traffic/nginx.js'
import { trafficCommandFailed, weightOutOfRange } from '../../../src/traffic/messages.js'
import type { KubernetesRouterConfig } from '../../../src/traffic/traffic-router.js'

const k8s = (resource: KubernetesRouterConfig['resource']): KubernetesRouterConfig => ({
  kind: 'kubernetes',
  resource,
  name: 'churn',
  namespace: 'models',
  kubectl: 'kubectl',
  routeIndex: 0,
  stableIndex: 0,
  canaryIndex: 1,
  timeoutMs: 10_000,
})

async function fakeKubectl(): Promise<{ path: string; log: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-kubectl-'))
  const log = join(dir, 'argv.log')
  const path = join(dir, 'kubectl')
  await writeFile(
    path,
    `#!/usr/bin/env node\nconst fs = require('fs')\nfs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n')\nif (process.argv[2] === 'get') process.stdout.write('25')\n`,
  )
  await chmod(path, 0o755)
  return { path, log }
}

describe('kubernetes patches', () => {
  it('KServe merge patch on canaryTrafficPercent', () => {
    expect(kubernetesPatch(k8s('inferenceservice'), 10)).toEqual({
      type: 'merge',
      patch: '{"spec":{"predictor":{"canaryTrafficPercent":10}}}',
    })
    expect(kubectlPatchArgv(k8s('inferenceservice'), 0)).toEqual([
      'kubectl',
      'patch',
      'inferenceservices.serving.kserve.io',
      'churn',
      '--namespace',
      'models',
      '--type',
      'merge',
      '--patch',
      '{"spec":{"predictor":{"canaryTrafficPercent":0}}}',
    ])
  })
  it('Istio VirtualService JSON patch on route weights', () => {
    expect(JSON.parse(kubernetesPatch(k8s('virtualservice'), 25).patch)).toEqual([
      { op: 'replace', path: '/spec/http/0/route/0/weight', value: 75 },
      { op: 'replace', path: '/spec/http/0/route/1/weight', value: 25 },
    ])
  })
  it('Gateway API HTTPRoute JSON patch on backendRefs weights', () => {
    expect(kubernetesPatch({ ...k8s('httproute'), routeIndex: 2 }, 100)).toEqual({
      type: 'json',
      patch:
        '[{"op":"replace","path":"/spec/rules/2/backendRefs/0/weight","value":0},{"op":"replace","path":"/spec/rules/2/backendRefs/1/weight","value":100}]',
    })
  })
  it('runs kubectl with exactly that argv (fake kubectl records it)', async () => {
    const fake = await fakeKubectl()
    const router = createTrafficRouter({ ...k8s('httproute'), kubectl: fake.path })
    await router.setWeight(50)
    expect(await router.currentWeight()).toBe(25)
    const calls = (await readFile(fake.log, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
    expect(calls[0]).toEqual(kubectlPatchArgv(k8s('httproute'), 50).slice(1))
    expect(calls[1]).toEqual([
      'get',
      'httproutes.gateway.networking.k8s.io',
      'churn',
      '--namespace',
      'models',
      '-o',
      'jsonpath={.spec.rules[0].backendRefs[1].weight}',
    ])
  })
})

describe('command router', () => {
  it('substitutes {weight} inside elements, no shell', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cmd-router-'))
    const out = join(dir, 'out.json')
    const router = createTrafficRouter({
      kind: 'command',
      argv: [
        process.execPath,
        '-e',
        `require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(1)))`,
        '--',
        '--canary={weight}',
        '$(touch pwned) {stable-weight}',
      ],
      timeoutMs: 10_000,
    })
    await router.setWeight(10)
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(['--canary=10', '$(touch pwned) 90'])
    expect(await router.currentWeight()).toBe(10)
  })
  it('a failing command is a ServiceError with its exit code', async () => {
    const argv = [process.execPath, '-e', 'process.exit(3)']
    await expect(createTrafficRouter({ kind: 'command', argv, timeoutMs: 10_000 }).setWeight(0)).rejects.toThrow(
      trafficCommandFailed(argv, 3, ''),
    )
  })
  it('refuses weights outside 0–100', async () => {
    await expect(
      createTrafficRouter({ kind: 'command', argv: ['true'], timeoutMs: 1000 }).setWeight(101),
    ).rejects.toThrow(weightOutOfRange(101))
  })
})

describe('nginx upstream', () => {
  it('0% and 100% leave the other server out of the pool', () => {
    expect(upstreamServers('a:1', 'b:2', 0)).toBe('    server a:1;')
    expect(upstreamServers('a:1', 'b:2', 100)).toBe('    server b:2;')
    expect(upstreamServers('a:1', 'b:2', 25)).toBe('    server a:1 weight=3;\n    server b:2 weight=1;')
    expect(upstreamServers('a:1', 'b:2', 12.5)).toBe('    server a:1 weight=7;\n    server b:2 weight=1;')
  })
  it('renders the marker the reload check looks for', () => {
    const text = renderUpstream({ stable: 'a:1', canary: 'b:2' }, 10, 'g1')
    expect(text).toContain('default "10:g1";')
    expect(text).toContain('upstream modelgate_model {')
  })
})
