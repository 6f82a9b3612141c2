import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/canary-deploy/main.js'
import { FileRegistry } from '../../src/registry/file-registry.js'
import { fakeContext, runInProcess } from './fake-context.js'
import type { GitHubApiServer } from './github-api-server.js'
import { HARNESS_RUN } from './run-bundle.js'
import { draft, makeModelDir } from './registry-contract.js'

/**
 * A workspace whose traffic command records every weight (and fails at `failAt`) and whose metrics command reads
 * the live weight: healthy below 100%, `atFull` error rate at 100%, hanging at `hangAt` (a job killed mid-rollout),
 * `requests` canary requests per interval (default 100). champion is v1; the rollout is of v2. When the metrics command
 * starts to hang it writes `hungFile`.
 */
export async function agreementWorkspace(options: {
  atFull?: number
  failAt?: number
  hangAt?: number
  requests?: number
}) {
  const dir = await mkdtemp(join(tmpdir(), 'canary-agree-'))
  const weightFile = join(dir, 'weight')
  const weights = join(dir, 'weights.log')
  // Written by the metrics command when it starts to hang, so that a test kills the step at that point, not at a guess.
  const hungFile = join(dir, 'hung')
  await writeFile(weightFile, '0')
  const setWeight = [
    `const fs=require('fs');const w=process.argv[1];`,
    `if(w===${JSON.stringify(String(options.failAt ?? ''))}){console.error('router down');process.exit(1)}`,
    `fs.writeFileSync(${JSON.stringify(weightFile)},w);fs.appendFileSync(${JSON.stringify(weights)},w+'\\n')`,
  ].join('')
  const metrics = [
    `const w=require('fs').readFileSync(${JSON.stringify(weightFile)},'utf8');`,
    `if(w===${JSON.stringify(String(options.hangAt ?? ''))}){require('fs').writeFileSync(${JSON.stringify(hungFile)},w);setTimeout(()=>{},15000)}else{`,
    `const e=w==='100'?${options.atFull ?? 0.01}:0.01;`,
    `console.log(JSON.stringify({canary:{"error-rate":e},stable:{"error-rate":0.01},canaryRequests:${options.requests ?? 100}}))}`,
  ].join('')
  const registryDir = await mkdtemp(join(tmpdir(), 'canary-registry-'))
  const registry = new FileRegistry(registryDir)
  const v1 = await registry.register({ name: 'churn', modelDir: await makeModelDir('v1'), card: draft('churn') })
  const v2 = await registry.register({ name: 'churn', modelDir: await makeModelDir('v2'), card: draft('churn') })
  await registry.setAlias('churn', 'champion', v1.version, { by: 'test' })
  const inputs = {
    traffic: 'command',
    'traffic-command': JSON.stringify([process.execPath, '-e', setWeight, '{weight}']),
    metrics: 'command',
    'metrics-command': JSON.stringify([process.execPath, '-e', metrics]),
    steps: '10,50,100',
    interval: '50ms',
    'intervals-per-step': '1',
    'max-error-rate': '0.05',
    bake: '150ms',
    environment: 'production',
    comment: 'false',
    'check-run': 'false',
    'github-token': 'test-token',
    registry: `file:${registryDir}`,
    'model-name': 'churn',
    version: String(v2.version),
  }
  return { inputs, weightFile, weights, hungFile, registry, v1, v2 }
}

/** canary-deploy's main() in process, as the harness's run (repository, commit, run id) with a token for `server`. */
export function runCanaryMain(inputs: Record<string, string>, server: GitHubApiServer) {
  const env = {
    GITHUB_REPOSITORY: HARNESS_RUN.repository,
    GITHUB_SHA: HARNESS_RUN.sha,
    GITHUB_RUN_ID: HARNESS_RUN.runId,
  }
  const fake = fakeContext({ inputs: { 'github-token': 'test-token', ...inputs }, env, apiUrl: server.url })
  return runInProcess('canary-deploy', main, fake.context)
}
