import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../src/canary-deploy/main.js'
import {
  argvNotJson,
  championMoved,
  intervalNotDuration,
  kubernetesKindRequired,
  prometheusQueriesNotJson,
  trafficRequired,
  verdictBaked,
  versionRequired,
} from '../../src/core/canary/messages.js'
import {
  canaryNotPromotable,
  protectedAlias,
  reportNotPassing,
  versionNotFound,
} from '../../src/core/registry/messages.js'
import { inSurface } from '../../src/core/errors.js'
import { environmentNotDeployed, environmentUnverifiable, noTokenToVerify } from '../../src/github/messages.js'
import { HARNESS_RUN, startJobDeployment } from '../helpers/run-bundle.js'
import { rollbackFromState } from '../../src/canary-deploy/rollback-from-state.js'
import { STATE_CONFIG, STATE_DONE, STATE_WEIGHT } from '../../src/canary-deploy/state.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { fakeContext, runInProcess, type FakeContextOptions } from '../helpers/fake-context.js'
import { FileRegistry } from '../../src/registry/file-registry.js'
import { draft, makeModelDir } from '../helpers/registry-contract.js'
import { agreementWorkspace } from '../helpers/canary-workspace.js'

let api: GitHubApiServer | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

async function workspace(errorRate: number | null) {
  const dir = await mkdtemp(join(tmpdir(), 'canary-int-'))
  const weightFile = join(dir, 'weight')
  const weights = join(dir, 'weights.log')
  await writeFile(weightFile, '0')
  const setWeight = JSON.stringify([
    process.execPath,
    '-e',
    `const fs=require('fs');fs.writeFileSync(${JSON.stringify(weightFile)}, process.argv[1]);fs.appendFileSync(${JSON.stringify(weights)}, process.argv[1]+'\\n')`,
    '{weight}',
  ])
  const value = errorRate === null ? 'null' : String(errorRate)
  const metrics = JSON.stringify([
    process.execPath,
    '-e',
    `console.log(JSON.stringify({canary:{"error-rate":${value}},stable:{"error-rate":0.01},canaryRequests:100}))`,
  ])
  const inputs = {
    traffic: 'command',
    'traffic-command': setWeight,
    metrics: 'command',
    'metrics-command': metrics,
    steps: '10,50,100',
    interval: '50ms',
    'intervals-per-step': '1',
    'max-error-rate': '0.05',
    environment: 'production',
  }
  return { inputs, weightFile, weights }
}

/** main() in-process over fakeContext, for what the bundle tests below do not run. */
function runMain(inputs: Record<string, string>, options: Omit<FakeContextOptions, 'inputs'> = {}) {
  const fake = fakeContext({ inputs, ...options })
  return { fake, run: runInProcess('canary-deploy', main, fake.context) }
}

describe('canary-deploy main() in process (command traffic and metrics; what no bundle test runs)', () => {
  it('registry: a protected champion moves only when the environment input names its environment and GitHub has a deployment of it for this run', async () => {
    api = await startGitHubApiServer()
    const dir = await mkdtemp(join(tmpdir(), 'canary-registry-'))
    const registry = new FileRegistry(dir)
    const ref = await registry.register({ name: 'churn', modelDir: await makeModelDir('v1'), card: draft('churn') })
    const w = await workspace(0.01)
    const inputs = { ...w.inputs, registry: `file:${dir}`, 'model-name': 'churn', version: String(ref.version) }
    const policy = { 'register-model': { protected_aliases: { champion: { environment: 'models-prod' } } } }
    const run = {
      GITHUB_REPOSITORY: HARNESS_RUN.repository,
      GITHUB_SHA: HARNESS_RUN.sha,
      GITHUB_RUN_ID: HARNESS_RUN.runId,
    }
    const runUrl = `https://github.com/${HARNESS_RUN.repository}/actions/runs/${HARNESS_RUN.runId}`
    const withApi = { policy, env: run, apiUrl: api.url }
    // A variable is no evidence: the runner never sets one, and MODELGATE_ENVIRONMENT is not read any more.
    const withoutEnvironment = Object.fromEntries(Object.entries(inputs).filter(([name]) => name !== 'environment'))
    const variables = { ...withApi, env: { ...run, MODELGATE_ENVIRONMENT: 'models-prod' } }
    await expect(runMain(withoutEnvironment, variables).run).rejects.toThrow(
      protectedAlias('champion', 'models-prod', undefined),
    )
    await expect(runMain(inputs, withApi).run).rejects.toThrow(protectedAlias('champion', 'models-prod', 'production'))
    // The input names the environment, but the job does not run in it: GitHub created no deployment for this run.
    const claimed = { ...inputs, environment: 'models-prod' }
    await expect(runMain(claimed, withApi).run).rejects.toThrow(
      inSurface(environmentNotDeployed('models-prod', runUrl), 'action'),
    )
    // Another run's deployment, and a finished one of this run, are not this job's.
    await startJobDeployment(api, 'models-prod', { runId: '4141' })
    await expect(runMain(claimed, withApi).run).rejects.toThrow(
      inSurface(environmentNotDeployed('models-prod', runUrl), 'action'),
    )
    // No token: nothing can be verified, so nothing moves.
    await expect(runMain(claimed, { policy, env: run }).run).rejects.toThrow(
      inSurface(environmentUnverifiable('models-prod', noTokenToVerify()), 'action'),
    )
    await expect(runMain(claimed, { policy, env: run }).run).rejects.toThrow(
      'no GitHub token (input "github-token" is empty)',
    )
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect(await readFile(w.weights, 'utf8').catch(() => '')).toBe('')
    expect((await registry.aliases('churn')).champion).toBeUndefined()
    await startJobDeployment(api, 'models-prod')
    const { outputs, report } = await runMain(claimed, withApi).run
    expect(outputs).toMatchObject({ decision: 'promote', 'final-weight': '100' })
    expect(report.checks.find((c) => c.id === 'canary.champion')).toMatchObject({
      status: 'pass',
      observed: ref.version,
      message: championMoved('churn', ref.version),
    })
    expect(report.subject).toMatchObject({ model: 'churn', version: String(ref.version) })
    expect((await registry.aliases('churn')).champion).toBe(ref.version)
    expect((await registry.aliasHistory('churn', 'champion')).at(-1)).toMatchObject({
      alias: 'champion',
      to: ref.version,
      reason: 'canary analysis passed',
    })
    // GitHub made this job's deployment of models-prod: the rollout records on it instead of creating a second one.
    expect(api.deployments.filter((d) => d.task === 'deploy:canary')).toEqual([])
    const statuses = api.deploymentStatuses
    const jobDeployment = api.deployments.find(
      (d) =>
        d.environment === 'models-prod' &&
        statuses.some((s) => s.deploymentId === d.id && s.logUrl.startsWith(`${runUrl}/`)),
    )
    const onJob = api.deploymentStatuses.filter((s) => s.deploymentId === jobDeployment?.id && !s.automatic)
    expect(onJob.length).toBeGreaterThan(1) // the job's own in_progress, then the rollout's
    expect(onJob.at(-1)?.state).toBe('success')
    api.assertNoViolations()
  })
  it('missing metric: inconclusive → rolled back, status error, never promoted', async () => {
    const w = await workspace(null)
    const { outputs, report } = await runMain({ ...w.inputs, 'inconclusive-limit': '1' }).run
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'inconclusive-limit' })
    expect(report.status).toBe('error')
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
  })
  it('cancelled: the abort signal rolls back; post after a crash restores 0%', async () => {
    const w = await workspace(0.01)
    const controller = new AbortController()
    const { fake, run } = runMain({ ...w.inputs, interval: '2s' }, { signal: controller.signal })
    setTimeout(() => controller.abort(), 300)
    const { outputs, report } = await run
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'aborted', 'final-weight': '0' })
    expect(report.title).toBe('Canary rolled back to 0%: aborted')
    // Crash simulation: state says the main step stopped at 10% and never finished.
    await writeFile(w.weightFile, '10')
    fake.state.set(STATE_WEIGHT, '10')
    fake.state.set(STATE_DONE, 'false')
    expect(await rollbackFromState(fake.context.state, fake.logger)).toBe('rolled-back')
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect(fake.state.get(STATE_CONFIG)).toContain('"kind":"command"')
  })
  it('post does nothing after a finished rollout or without state', async () => {
    const quiet = { info: () => undefined, warning: () => undefined }
    expect(await rollbackFromState({ get: () => undefined, save: () => undefined }, quiet)).toBe('nothing-to-do')
    const s = new Map([
      [STATE_CONFIG, '{"kind":"command","argv":["false"],"timeoutMs":1000}'],
      [STATE_DONE, 'true'],
      [STATE_WEIGHT, '100'],
    ])
    expect(await rollbackFromState({ get: (k) => s.get(k), save: () => undefined }, quiet)).toBe('finished')
  })
  it('bad input: a clear configuration error naming the input, before anything moves', async () => {
    await expect(runMain({ traffic: 'nginx' }).run).rejects.toThrow(
      'input "nginx-config" is required with traffic: nginx',
    )
    await expect(runMain({}).run).rejects.toThrow(inSurface(trafficRequired(), 'action'))
    await expect(runMain({ traffic: 'kubernetes' }).run).rejects.toThrow(inSurface(kubernetesKindRequired(), 'action'))
    await expect(runMain({ traffic: 'command', 'traffic-command': '[1]' }).run).rejects.toThrow(
      inSurface(argvNotJson('traffic-command'), 'action'),
    )
    const w = await workspace(0.01)
    await expect(runMain({ ...w.inputs, registry: 'file:/nonexistent', 'model-name': 'churn' }).run).rejects.toThrow(
      inSurface(versionRequired(), 'action'),
    )
    await expect(runMain({ ...w.inputs, interval: 'soon' }).run).rejects.toThrow(intervalNotDuration('soon'))
    await expect(
      runMain({ ...w.inputs, metrics: 'prometheus', 'prometheus-url': 'http://127.0.0.1:9', 'prometheus-queries': '{' })
        .run,
    ).rejects.toThrow(inSurface(prometheusQueriesNotJson(), 'action'))
    expect(await readFile(w.weights, 'utf8').catch(() => '')).toBe('')
  })
})

/** dist/canary-deploy with a file registry, the model churn and `version`, publishing nothing but deployments. */
async function runWithRegistry(inputs: Record<string, string>, dir: string, version: string, server: GitHubApiServer) {
  const { runBundle } = await import('../helpers/run-bundle.js')
  return await runBundle('canary-deploy', {
    inputs: {
      ...inputs,
      comment: 'false',
      'check-run': 'false',
      'github-token': 'test-token',
      registry: `file:${dir}`,
      'model-name': 'churn',
      version,
    },
    api: server,
    event: 'push',
    timeoutMs: 30_000,
  })
}

describe('canary-deploy bundle (as a runner runs it)', () => {
  it('healthy rollout through dist/canary-deploy: outputs, report, deployment statuses; post finds nothing to undo', async () => {
    const { runBundle, runPostBundle } = await import('../helpers/run-bundle.js')
    api = await startGitHubApiServer()
    const w = await workspace(0.01)
    const run = await runBundle('canary-deploy', {
      inputs: { ...w.inputs, comment: 'false', 'check-run': 'false', 'github-token': 'test-token' },
      api,
      event: 'push',
      timeoutMs: 30_000,
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'promote',
      'final-weight': '100',
      reason: 'analysis-passed',
      verdict: 'pass',
    })
    expect(run.report?.status).toBe('pass')
    expect(run.report?.title).toBe('Canary promoted to 100%')
    expect(run.report?.checks.find((c) => c.id === 'canary.decision')?.status).toBe('pass')
    expect(run.report?.figures.map((f) => f.kind)).toEqual(['line', 'line', 'table'])
    expect((await readFile(w.weights, 'utf8')).trim().split('\n')).toEqual(['10', '50', '100'])
    expect(run.state).toMatchObject({ [STATE_DONE]: 'true', [STATE_WEIGHT]: '100' })
    expect(api.deploymentStatuses.map((s) => s.state)).toEqual(expect.arrayContaining(['in_progress', 'success']))
    expect(api.deploymentStatuses.map((s) => [s.state, s.description])).toEqual(
      expect.arrayContaining([
        ['in_progress', 'canary at 10%'],
        ['in_progress', 'canary at 50%'],
      ]),
    )
    expect(api.deploymentStatuses.filter((s) => s.state === 'success')).toHaveLength(1)
    api.assertNoViolations()
    const post = await runPostBundle('canary-deploy', { inputs: w.inputs, state: run.state, timeoutMs: 30_000 })
    expect(post.exitCode).toBe(0)
    expect(await readFile(w.weightFile, 'utf8')).toBe('100')
  }, 60_000)
  it('with a registry: a failing or missing version is refused before any weight changes', async () => {
    api = await startGitHubApiServer()
    const w = await workspace(0.01)
    const dir = await mkdtemp(join(tmpdir(), 'canary-registry-'))
    const registry = new FileRegistry(dir)
    const failing = await registry.register({
      name: 'churn',
      modelDir: await makeModelDir('bad'),
      card: draft('churn', 'fail'),
    })
    const run = (version: string) => runWithRegistry(w.inputs, dir, version, api as GitHubApiServer)
    const refused = await run(String(failing.version))
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout + refused.stderr).toContain(
      canaryNotPromotable('churn', failing.version, [
        reportNotPassing(
          'stored report 2 (evaluate-vs-champion)',
          'fail',
          'evaluate-vs-champion.check',
          'evaluate-vs-champion fail',
        ),
      ]),
    )
    const missing = await run('9')
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout + missing.stderr).toContain(versionNotFound('churn', 9))
    expect(await readFile(w.weights, 'utf8').catch(() => '')).toBe('')
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect(api.deploymentStatuses).toEqual([])
    expect(await registry.aliases('churn')).toEqual({})
  }, 60_000)
  it('with a registry: a rolled-back canary leaves champion where it was', async () => {
    api = await startGitHubApiServer()
    const w = await workspace(0.5)
    const dir = await mkdtemp(join(tmpdir(), 'canary-registry-'))
    const registry = new FileRegistry(dir)
    const v1 = await registry.register({ name: 'churn', modelDir: await makeModelDir('v1'), card: draft('churn') })
    const v2 = await registry.register({ name: 'churn', modelDir: await makeModelDir('v2'), card: draft('churn') })
    await registry.setAlias('churn', 'champion', v1.version, { by: 'test' })
    const run = await runWithRegistry(w.inputs, dir, String(v2.version), api)
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'rollback', 'final-weight': '0' })
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect((await registry.aliases('churn')).champion).toBe(v1.version)
    expect(await registry.aliasHistory('churn', 'champion')).toHaveLength(1)
    expect(api.deploymentStatuses.at(-1)?.state).toBe('failure')
  }, 60_000)
  it('faulty rollout fails the step (fail-on: fail) after rolling back; the deployment ends in failure', async () => {
    const { runBundle } = await import('../helpers/run-bundle.js')
    api = await startGitHubApiServer()
    const w = await workspace(0.5)
    const run = await runBundle('canary-deploy', {
      inputs: { ...w.inputs, comment: 'false', 'check-run': 'false', 'github-token': 'test-token' },
      api,
      event: 'push',
      timeoutMs: 30_000,
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      decision: 'rollback',
      'final-weight': '0',
      reason: 'failure-limit',
      verdict: 'fail',
    })
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect(run.report?.status).toBe('fail')
    expect(run.report?.title).toBe('Canary rolled back to 0%: failure-limit')
    expect(run.report?.checks.find((c) => c.id === 'canary.error-rate')).toMatchObject({
      status: 'fail',
      observed: 0.5,
    })
    expect(api.deploymentStatuses.at(-1)?.state).toBe('failure')
    api.assertNoViolations()
  }, 60_000)
})

/** The three records that must agree: the live weight, champion, and the newest status of the rollout's deployment. */
async function agreement(w: Awaited<ReturnType<typeof agreementWorkspace>>, server: GitHubApiServer) {
  const canary = server.deployments.find((d) => d.task === 'deploy:canary')
  const statuses = server.deploymentStatuses.filter((s) => s.deploymentId === canary?.id && !s.automatic)
  return {
    weight: await readFile(w.weightFile, 'utf8'),
    champion: (await w.registry.aliases('churn')).champion,
    deployment: statuses.at(-1)?.state,
  }
}

describe('canary and registry agree: weight, champion and the GitHub Deployment (bundles as a runner runs them)', () => {
  it('promoted: 100%, then the bake period healthy, then champion moves; the deployment says success', async () => {
    const { runBundle } = await import('../helpers/run-bundle.js')
    api = await startGitHubApiServer()
    const w = await agreementWorkspace({})
    const run = await runBundle('canary-deploy', { inputs: w.inputs, api, event: 'push', timeoutMs: 30_000 })
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'promote', reason: 'analysis-passed', 'final-weight': '100' })
    expect(run.report?.summary).toBe(verdictBaked([10, 50, 100], 3))
    // 150ms bake at 50ms intervals: three intervals at 100% were judged before the alias moved.
    expect(run.stdout.match(/bake interval at 100%: success/g)).toHaveLength(3)
    expect(await agreement(w, api)).toEqual({ weight: '100', champion: w.v2.version, deployment: 'success' })
    expect((await w.registry.aliasHistory('churn', 'champion')).at(-1)).toMatchObject({
      to: w.v2.version,
      reason: 'canary analysis passed',
    })
    api.assertNoViolations()
  }, 60_000)
  it('rolled back during the bake period: 0%, champion where it was, the deployment says failure', async () => {
    const { runBundle } = await import('../helpers/run-bundle.js')
    api = await startGitHubApiServer()
    const w = await agreementWorkspace({ atFull: 0.5 })
    const run = await runBundle('canary-deploy', { inputs: w.inputs, api, event: 'push', timeoutMs: 30_000 })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'rollback', reason: 'bake-failed', 'final-weight': '0' })
    expect((await readFile(w.weights, 'utf8')).trim().split('\n')).toEqual(['10', '50', '100', '0'])
    expect(await agreement(w, api)).toEqual({ weight: '0', champion: w.v1.version, deployment: 'failure' })
    expect(await w.registry.aliasHistory('churn', 'champion')).toHaveLength(1)
  }, 60_000)
  it('error mid-rollout (the traffic command fails at 50%): 0%, champion where it was, failure', async () => {
    const { runBundle } = await import('../helpers/run-bundle.js')
    api = await startGitHubApiServer()
    const w = await agreementWorkspace({ failAt: 50 })
    const run = await runBundle('canary-deploy', { inputs: w.inputs, api, event: 'push', timeoutMs: 30_000 })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'rollback', reason: 'aborted', 'final-weight': '0' })
    expect(await agreement(w, api)).toEqual({ weight: '0', champion: w.v1.version, deployment: 'failure' })
    expect(await w.registry.aliasHistory('churn', 'champion')).toHaveLength(1)
  }, 60_000)
  it('job killed mid-rollout: the post step rolls back to 0% and marks the deployment failed; champion stays', async () => {
    const { runBundle, runPostBundle } = await import('../helpers/run-bundle.js')
    api = await startGitHubApiServer()
    const w = await agreementWorkspace({ hangAt: 50 })
    // The metrics command hangs at 50%; once it does (its marker file exists) the harness kills the step with SIGKILL,
    // as a runner losing it would. Killing on the marker, not after a fixed 4 s, holds under load (#20).
    const killed = await runBundle('canary-deploy', {
      inputs: w.inputs,
      api,
      event: 'push',
      killWhenFileExists: w.hungFile,
      timeoutMs: 30_000,
    })
    expect(killed.exitCode).toBeNull()
    expect(killed.state).toMatchObject({ [STATE_DONE]: 'false', [STATE_WEIGHT]: '50' })
    expect(await agreement(w, api)).toEqual({ weight: '50', champion: w.v1.version, deployment: 'in_progress' })
    const post = await runPostBundle('canary-deploy', { inputs: w.inputs, state: killed.state, api, timeoutMs: 30_000 })
    expect(post.exitCode, post.stdout + post.stderr).toBe(0)
    expect(await agreement(w, api)).toEqual({ weight: '0', champion: w.v1.version, deployment: 'failure' })
    api.assertNoViolations()
  }, 60_000)
})
