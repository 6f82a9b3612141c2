// register-model's gathering in process: the input errors and the protected-alias refusal, which the bundle flow
// (test/integration/register-model.test.ts, every backend) does not repeat. The decisions themselves are unit
// tested in test/unit/core/registry/register-outcomes.test.ts.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  evaluationPairing,
  insecureRegistry,
  invalidModelName,
  predictionsOutsideModel,
  protectedAlias,
  unknownRegistryScheme,
} from '../../../src/core/registry/messages.js'
import { inSurface } from '../../../src/core/errors.js'
import { main } from '../../../src/register-model/main.js'
import { environmentNotDeployed } from '../../../src/github/messages.js'
import { fakeContext, runInProcess, type FakeContextOptions } from '../../helpers/fake-context.js'
import { startGitHubApiServer } from '../../helpers/github-api-server.js'
import { HARNESS_RUN, startJobDeployment } from '../../helpers/run-bundle.js'
import { championReports, HELPER_COMMIT, makeModelDir } from '../../helpers/registry-contract.js'

const run = (inputs: Record<string, string>, options: Omit<FakeContextOptions, 'inputs'> = {}) =>
  runInProcess('register-model', main, fakeContext({ ...options, inputs }).context)

describe('register-model main: bad input', () => {
  it('names the input and the file for unreadable or invalid JSON, bad registries and bad names', async () => {
    const registry = `file:${await mkdtemp(join(tmpdir(), 'modelgate-reg-'))}`
    const bad = join(await mkdtemp(join(tmpdir(), 'modelgate-bad-')), 'metrics.json')
    await writeFile(bad, '{ nope')
    const register = { registry, 'model-name': 'churn', mode: 'register' }
    await expect(run({ ...register, 'model-path': await makeModelDir('a'), metrics: bad })).rejects.toThrow(
      `${bad} is not valid JSON`,
    )
    await expect(run({ ...register, 'model-path': '/nonexistent/model' })).rejects.toThrow(
      'model path /nonexistent/model does not exist',
    )
    await expect(run({ registry: 'ftp://x', 'model-name': 'churn', mode: 'list' })).rejects.toThrow(
      unknownRegistryScheme('ftp://x'),
    )
    await expect(run({ registry: 'mlflow+http://example.com', 'model-name': 'churn', mode: 'list' })).rejects.toThrow(
      insecureRegistry('mlflow+http://example.com'),
    )
    await expect(run({ registry, 'model-name': 'Churn!', mode: 'list' })).rejects.toThrow(invalidModelName('Churn!'))
    await expect(
      run({ ...register, 'model-path': await makeModelDir('a'), predictions: 'model.json' }),
    ).rejects.toThrow(inSurface(evaluationPairing(), 'action'))
    const modelPath = await makeModelDir('a')
    await expect(
      run({
        ...register,
        'model-path': modelPath,
        predictions: 'nope.csv',
        'evaluation-data': 'fixtures/registry/metrics.json',
      }),
    ).rejects.toThrow(inSurface(predictionsOutsideModel('nope.csv', modelPath), 'action'))
  })
})

describe('register-model main: protected aliases', () => {
  it('moves a protected alias only when the environment input names it and GitHub has a deployment of it for this run', async () => {
    const api = await startGitHubApiServer()
    try {
      const policy = { 'register-model': { protected_aliases: { champion: { environment: 'production' } } } }
      const registry = `file:${await mkdtemp(join(tmpdir(), 'modelgate-reg-'))}`
      const promote = { registry, 'model-name': 'churn', mode: 'promote', version: '1' }
      await run(
        {
          registry,
          'model-name': 'churn',
          mode: 'register',
          'model-path': await makeModelDir('a'),
          reports: await championReports(),
        },
        { env: { GITHUB_SHA: HELPER_COMMIT } },
      )
      const env = {
        GITHUB_REPOSITORY: HARNESS_RUN.repository,
        GITHUB_SHA: HARNESS_RUN.sha,
        GITHUB_RUN_ID: HARNESS_RUN.runId,
      }
      const runUrl = `https://github.com/${HARNESS_RUN.repository}/actions/runs/${HARNESS_RUN.runId}`
      const options = { policy, env, apiUrl: api.url }
      await expect(run({ ...promote, environment: 'staging' }, options)).rejects.toThrow(
        protectedAlias('champion', 'production', 'staging'),
      )
      // A variable never counts (a runner sets none): without the input there is no environment.
      await expect(run(promote, { ...options, env: { ...env, MODELGATE_ENVIRONMENT: 'production' } })).rejects.toThrow(
        protectedAlias('champion', 'production', undefined),
      )
      // The input alone is a claim: the job must really run in the environment (GitHub's deployment of it).
      await expect(run({ ...promote, environment: 'production' }, options)).rejects.toThrow(
        inSurface(environmentNotDeployed('production', runUrl), 'action'),
      )
      await startJobDeployment(api, 'production')
      // Without deployments: read the claim cannot be checked, so nothing moves; the error names the permission.
      api.failNext({ method: 'GET', pathPattern: /\/deployments(\?|$)/, status: 403, times: 4 }) // the client tries 1 + 3 times
      await expect(run({ ...promote, environment: 'production' }, options)).rejects.toThrow(
        /cannot verify that this job runs in the GitHub environment "production": GitHub answered: .*Resource not accessible by integration/,
      )
      const ok = await run({ ...promote, environment: 'production' }, options)
      expect(ok.report.status).toBe('pass')
      expect(ok.report.subject).toMatchObject({ model: 'churn', version: '1', commit: HARNESS_RUN.sha })
    } finally {
      await api.close()
    }
  })
})
