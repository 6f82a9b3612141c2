import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../src/canary-deploy/main.js'
import { rollbackFromState } from '../../src/canary-deploy/rollback-from-state.js'
import { STATE_CONFIG, STATE_DONE, STATE_WEIGHT } from '../../src/canary-deploy/state.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { canaryContext } from '../helpers/canary-context.js'
import { FileRegistry } from '../../src/registry/file-registry.js'
import { draft, makeModelDir } from '../helpers/registry-contract.js'

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

describe('canary-deploy main (in process, command traffic and metrics)', () => {
  it('healthy: promoted to 100%, deployment in_progress → success', async () => {
    api = await startGitHubApiServer()
    const w = await workspace(0.01)
    const { context, state } = canaryContext({ inputs: w.inputs, apiUrl: api.url })
    const result = await main(context)
    expect(result.outputs).toMatchObject({ decision: 'promote', 'final-weight': '100', reason: 'analysis-passed' })
    expect(result.report.status).toBe('pass')
    expect((await readFile(w.weights, 'utf8')).trim().split('\n')).toEqual(['10', '50', '100'])
    expect(state.get(STATE_DONE)).toBe('true')
    expect(api.deploymentStatuses.map((s) => [s.state, s.description])).toEqual(
      expect.arrayContaining([
        ['in_progress', 'canary at 10%'],
        ['in_progress', 'canary at 50%'],
      ]),
    )
    expect(api.deploymentStatuses.filter((s) => s.state === 'success')).toHaveLength(1)
    expect(result.report.figures.map((f) => f.kind)).toEqual(['line', 'line', 'table'])
    api.assertNoViolations()
  })
  it('faulty: rolled back to 0%, report fails, deployment failure', async () => {
    api = await startGitHubApiServer()
    const w = await workspace(0.5)
    const { context } = canaryContext({ inputs: w.inputs, apiUrl: api.url })
    const result = await main(context)
    expect(result.outputs).toMatchObject({ decision: 'rollback', 'final-weight': '0', reason: 'failure-limit' })
    expect(result.report.status).toBe('fail')
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect(result.report.checks.find((c) => c.id === 'canary.error-rate')).toMatchObject({
      status: 'fail',
      observed: 0.5,
    })
    expect(api.deploymentStatuses.at(-1)?.state).toBe('failure')
    api.assertNoViolations()
  })
  it('registry: a promotion aliases champion in the registry; a protected champion outside its environment is refused before traffic moves', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'canary-registry-'))
    const registry = new FileRegistry(dir)
    const ref = await registry.register({ name: 'churn', modelDir: await makeModelDir('v1'), card: draft('churn') })
    const w = await workspace(0.01)
    const inputs = { ...w.inputs, registry: `file:${dir}`, 'model-name': 'churn', version: String(ref.version) }
    const policy = { 'register-model': { protected_aliases: { champion: { environment: 'models-prod' } } } }
    await expect(main(canaryContext({ inputs, policy }).context)).rejects.toThrow(/alias "champion" is protected/)
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect((await registry.aliases('churn')).champion).toBeUndefined()
    const result = await main(canaryContext({ inputs: { ...inputs, environment: 'models-prod' }, policy }).context)
    expect(result.outputs).toMatchObject({ decision: 'promote', 'final-weight': '100' })
    expect(result.report.checks.find((c) => c.id === 'canary.champion')).toMatchObject({
      status: 'pass',
      observed: ref.version,
    })
    expect((await registry.aliases('churn')).champion).toBe(ref.version)
    expect((await registry.aliasHistory('churn', 'champion')).at(-1)).toMatchObject({
      alias: 'champion',
      to: ref.version,
      reason: 'canary analysis passed',
    })
  })
  it('missing metric: inconclusive → rolled back, status error, never promoted', async () => {
    const w = await workspace(null)
    const { context } = canaryContext({ inputs: { ...w.inputs, 'inconclusive-limit': '1' } })
    const result = await main(context)
    expect(result.outputs).toMatchObject({ decision: 'rollback', reason: 'inconclusive-limit' })
    expect(result.report.status).toBe('error')
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
  })
  it('cancelled: the abort signal rolls back; post after a crash restores 0%', async () => {
    const w = await workspace(0.01)
    const controller = new AbortController()
    const { context, state } = canaryContext({ inputs: { ...w.inputs, interval: '2s' }, signal: controller.signal })
    setTimeout(() => controller.abort(), 300)
    const result = await main(context)
    expect(result.outputs).toMatchObject({ decision: 'rollback', reason: 'aborted', 'final-weight': '0' })
    // Crash simulation: state says the main step stopped at 10% and never finished.
    await writeFile(w.weightFile, '10')
    state.set(STATE_WEIGHT, '10')
    state.set(STATE_DONE, 'false')
    const log: string[] = []
    expect(
      await rollbackFromState(
        { get: (k) => state.get(k), save: () => undefined },
        { info: (m) => void log.push(m), warning: (m) => void log.push(m) },
      ),
    ).toBe('rolled-back')
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect(state.get(STATE_CONFIG)).toContain('"kind":"command"')
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
  it('bad input: a clear configuration error', async () => {
    const { context } = canaryContext({ inputs: { traffic: 'nginx' } })
    await expect(main(context)).rejects.toThrow('input "nginx-config" is required with traffic: nginx')
  })
})

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
    expect(run.outputs).toMatchObject({ decision: 'promote', 'final-weight': '100', verdict: 'pass' })
    expect(run.report?.checks.find((c) => c.id === 'canary.decision')?.status).toBe('pass')
    expect(run.state).toMatchObject({ [STATE_DONE]: 'true', [STATE_WEIGHT]: '100' })
    expect(api.deploymentStatuses.map((s) => s.state)).toEqual(expect.arrayContaining(['in_progress', 'success']))
    api.assertNoViolations()
    const post = await runPostBundle('canary-deploy', { inputs: w.inputs, state: run.state, timeoutMs: 30_000 })
    expect(post.exitCode).toBe(0)
    expect(await readFile(w.weightFile, 'utf8')).toBe('100')
  }, 60_000)
  it('faulty rollout fails the step (fail-on: fail) after rolling back', async () => {
    const { runBundle } = await import('../helpers/run-bundle.js')
    const w = await workspace(0.5)
    const run = await runBundle('canary-deploy', {
      inputs: { ...w.inputs, comment: 'false', 'check-run': 'false' },
      event: 'push',
      timeoutMs: 30_000,
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'rollback', 'final-weight': '0', verdict: 'fail' })
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
  }, 60_000)
})
