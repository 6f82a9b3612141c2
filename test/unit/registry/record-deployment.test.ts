import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/register-model/main.js'
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { startJobDeployment } from '../../helpers/run-bundle.js'
import { championReports, HELPER_COMMIT, makeModelDir } from '../../helpers/registry-contract.js'

describe('register-model records promotions as GitHub deployments', () => {
  let api: GitHubApiServer
  beforeAll(async () => {
    api = await startGitHubApiServer()
  })
  afterAll(async () => {
    await api.close()
  })

  it('creates a deployment of the environment with a success status (OpenAPI-validated requests)', async () => {
    const registry = `file:${await mkdtemp(join(tmpdir(), 'modelgate-reg-'))}`
    const report = await championReports()
    const inputs = {
      registry,
      'model-name': 'churn',
      mode: 'register',
      'model-path': await makeModelDir('a'),
      reports: report,
    }
    await main(fakeContext({ inputs, env: { GITHUB_SHA: HELPER_COMMIT } }).context)
    const env = {
      GITHUB_REPOSITORY: 'octo-org/churn',
      GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      GITHUB_RUN_ID: '42',
      GITHUB_ACTOR: 'alice',
    }
    const { context } = fakeContext({
      inputs: {
        registry,
        'model-name': 'churn',
        mode: 'promote',
        version: '1',
        reason: 'better AUC',
        environment: 'production',
      },
      env,
      apiUrl: api.url,
    })
    const { report: promoted } = await runInProcess('register-model', main, context)
    expect(promoted.status).toBe('pass')
    expect(api.violations).toEqual([])
    expect(api.deployments).toHaveLength(1)
    expect(api.deployments[0]).toMatchObject({
      environment: 'production',
      task: 'deploy:churn',
      payload: { model: 'churn', version: 1, alias: 'champion' },
    })
    expect(api.deploymentStatuses.filter((s) => !s.automatic)).toMatchObject([
      { state: 'success', environment: 'production', logUrl: 'https://github.com/octo-org/churn/actions/runs/42' },
    ])
  })
  it('a job that runs in the environment already has a deployment from GitHub: the promotion records on it, creating none', async () => {
    const registry = `file:${await mkdtemp(join(tmpdir(), 'modelgate-reg-'))}`
    const inputs = { registry, 'model-name': 'churn', mode: 'register', 'model-path': await makeModelDir('b') }
    await main(
      fakeContext({ inputs: { ...inputs, reports: await championReports() }, env: { GITHUB_SHA: HELPER_COMMIT } })
        .context,
    )
    const run = { repository: 'octo-org/churn', sha: '7dcb09b5b57875f334f61aebed695e2e4193db5e', runId: '43' }
    const jobDeployment = await startJobDeployment(api, 'staging', run)
    const before = api.deployments.length
    const env = {
      GITHUB_REPOSITORY: run.repository,
      GITHUB_SHA: run.sha,
      GITHUB_RUN_ID: run.runId,
      GITHUB_ACTOR: 'alice',
    }
    const promote = { registry, 'model-name': 'churn', mode: 'promote', version: '1', environment: 'staging' }
    const { report } = await runInProcess(
      'register-model',
      main,
      fakeContext({ inputs: promote, env, apiUrl: api.url }).context,
    )
    expect(report.status).toBe('pass')
    expect(api.violations).toEqual([])
    expect(api.deployments).toHaveLength(before)
    expect(api.deploymentStatuses.filter((s) => s.deploymentId === jobDeployment && !s.automatic).at(-1)).toMatchObject(
      {
        state: 'success',
        environment: 'staging',
        logUrl: 'https://github.com/octo-org/churn/actions/runs/43',
      },
    )
  })
})
