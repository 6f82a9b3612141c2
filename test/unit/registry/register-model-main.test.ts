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
import { main } from '../../../src/register-model/main.js'
import { fakeContext, runInProcess, type FakeContextOptions } from '../../helpers/fake-context.js'
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
    ).rejects.toThrow(evaluationPairing())
    const modelPath = await makeModelDir('a')
    await expect(
      run({
        ...register,
        'model-path': modelPath,
        predictions: 'nope.csv',
        'evaluation-data': 'fixtures/registry/metrics.json',
      }),
    ).rejects.toThrow(predictionsOutsideModel('nope.csv', modelPath))
  })
})

describe('register-model main: protected aliases', () => {
  it('refuses to move a protected alias outside its environment', async () => {
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
    await expect(run(promote, { policy, env: { GITHUB_ENVIRONMENT: 'staging' } })).rejects.toThrow(
      protectedAlias('champion', 'production', 'staging'),
    )
    await expect(run(promote, { policy })).rejects.toThrow(protectedAlias('champion', 'production', undefined))
    const ok = await run(promote, { policy, env: { MODELGATE_ENVIRONMENT: 'production' } })
    expect(ok.report.status).toBe('pass')
    expect(ok.report.subject).toEqual({ model: 'churn', version: '1' })
  })
})
