import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { routerCannotMirror, titleHeld } from '../../src/core/canary/messages.js'
import { modelDigest } from '../../src/core/evidence/model-digest.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { agreementWorkspace, runCanaryMain as runMain } from '../helpers/canary-workspace.js'

let api: GitHubApiServer | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

/** The agreement workspace with a traffic command that also records {mirror}; no steps (the strategy fixes them). */
async function workspace(options: { atFull?: number } = {}) {
  const w = await agreementWorkspace(options)
  const argv = JSON.parse(w.inputs['traffic-command']) as string[]
  const script = argv[2] ?? ''
  // Record "weight mirror" per change; the weight file keeps the weight alone (the metrics command reads it).
  const withMirror = script.replace("+'\\n')", "+' '+process.argv[2]+'\\n')")
  const inputs: Record<string, string> = {
    ...w.inputs,
    'traffic-command': JSON.stringify([argv[0], '-e', withMirror, '{weight}', '{mirror}']),
  }
  delete inputs.steps
  return { ...w, inputs }
}

async function lines(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean)
}

function canaryDeployments(server: GitHubApiServer, task: string) {
  return server.deployments.filter((d) => d.task === task)
}

describe('canary-deploy strategies through main(): weight, champion and Deployment agree on every end', () => {
  it('blue-green with mirror: analysed at 0% on mirrored traffic, 0 → 100 in one step, baked, champion moves', async () => {
    api = await startGitHubApiServer()
    const w = await workspace()
    const { outputs, report } = await runMain({ ...w.inputs, strategy: 'blue-green', mirror: 'true' }, api)
    expect(outputs).toMatchObject({ decision: 'promote', 'final-weight': '100' })
    expect(await lines(w.weights)).toEqual(['0 on', '100 off'])
    expect((await w.registry.aliases('churn')).champion).toBe(w.v2.version)
    expect(canaryDeployments(api, 'deploy:blue-green')).toHaveLength(1)
    expect(report.subject?.modelDigest).toMatch(/^sha256:/)
    api.assertNoViolations()
  }, 30_000)
  it('blue-green failing its bake at 100%: switched back to 0% at once, champion where it was', async () => {
    api = await startGitHubApiServer()
    const w = await workspace({ atFull: 0.5 })
    const { outputs } = await runMain({ ...w.inputs, strategy: 'blue-green' }, api)
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'bake-failed', 'final-weight': '0' })
    expect(await lines(w.weights)).toEqual(['0 off', '100 off', '0 off'])
    expect((await w.registry.aliases('churn')).champion).toBe(w.v1.version)
  }, 30_000)
  it('shadow: mirrored at 0%, a pass holds at 0% with mirroring off; no Deployment, no alias move; digest named', async () => {
    api = await startGitHubApiServer()
    const w = await workspace()
    const inputs = { ...w.inputs, strategy: 'shadow', bake: '0s' }
    const { outputs, report } = await runMain(inputs, api)
    expect(outputs).toMatchObject({ decision: 'hold', reason: 'analysis-passed', 'final-weight': '0' })
    expect(report.status).toBe('pass')
    expect(report.title).toBe(titleHeld())
    expect(await lines(w.weights)).toEqual(['0 on', '0 off'])
    expect(api.deployments).toEqual([])
    expect((await w.registry.aliases('churn')).champion).toBe(w.v1.version)
    const { card } = await w.registry.get('churn', { version: w.v2.version })
    expect(report.subject?.modelDigest).toBe(modelDigest(card.files))
  }, 30_000)
  it('shadow with a router that cannot mirror is refused before anything moves', async () => {
    api = await startGitHubApiServer()
    const w = await workspace()
    const argv = JSON.parse(w.inputs['traffic-command'] ?? '[]') as string[]
    const noMirror = JSON.stringify(argv.slice(0, -1))
    const run = runMain({ ...w.inputs, strategy: 'shadow', bake: '0s', 'traffic-command': noMirror }, api)
    await expect(run).rejects.toThrow(routerCannotMirror('command'))
    expect(await lines(w.weights)).toEqual([])
    expect(api.deployments).toEqual([])
  }, 30_000)
})
