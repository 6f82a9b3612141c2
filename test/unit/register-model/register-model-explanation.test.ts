import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { explainMessages as m } from '../../../src/core/governance/explain-messages.js'
import { sha256File } from '../../../src/io/hash-file.js'
import { schemaProblems } from '../../../src/io/schema-validator.js'
import { main } from '../../../src/register-model/main.js'
import { createRegistry } from '../../../src/registry/create-registry.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { expectRejection } from '../../helpers/expect-rejection.js'
import { ConfigurationError, DataError, INPUT_WORDS } from '../../../src/core/errors.js'

const explain = (name: string): string => fileURLToPath(new URL(`../../../fixtures/explain/${name}`, import.meta.url))

async function register(inputs: Record<string, string>, policy: Record<string, unknown> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'mg-explain-model-'))
  await writeFile(join(dir, 'model.bin'), 'weights')
  const registry = `file:${join(await mkdtemp(join(tmpdir(), 'mg-explain-reg-')), 'registry')}`
  const all = { 'model-name': 'churn', 'model-path': dir, registry, ...inputs }
  const result = await runInProcess('register-model', main, fakeContext({ inputs: all, policy }).context)
  return { ...result, registry }
}

describe('register-model explanation (in-process)', () => {
  it('stores the explanation on the card: file, digest, method, sample size, importances highest first', async () => {
    const file = explain('permutation-list.json')
    const { report, registry } = await register({ explanation: file })
    expect(report.status).toBe('pass')
    const ref = await (await createRegistry(registry, { logger: recordingLogger() })).get('churn', { version: 1 })
    expect(ref.card.explanation).toEqual({
      file,
      sha256: await sha256File(file),
      method: 'permutation',
      sampleSize: 1000,
      features: [
        { feature: 'contract', importance: 0.083, std: 0.006 },
        { feature: 'tenure', importance: 0.061, std: 0.004 },
        { feature: 'monthly_charges', importance: 0.02, std: 0.003 },
        { feature: 'age', importance: -0.001, std: 0.002 },
      ],
    })
    expect(schemaProblems('model-card', ref.card)).toEqual([])
  })
  it('without the input the card has no explanation, unless the policy requires one: then nothing is stored', async () => {
    const plain = await register({})
    const ref = await (await createRegistry(plain.registry, { logger: recordingLogger() })).get('churn', { version: 1 })
    expect(ref.card.explanation).toBeUndefined()
    const error = await expectRejection(
      register({}, { 'register-model': { explanation: { required: true } } }),
      ConfigurationError,
    )
    expect(error.message).toBe(m.explanationRequired(INPUT_WORDS.action))
    expect(error.message).toContain('input "explanation"')
    expect(error.location).toEqual({ input: 'explanation', path: 'register-model.explanation.required' })
  })
  it('a malformed explanation is a data error naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mg-explain-bad-'))
    const bad = join(dir, 'bad.json')
    await writeFile(bad, JSON.stringify({ age: 'high' }))
    const error = await expectRejection(register({ explanation: bad }), DataError)
    expect(error.message).toBe(m.malformed(bad, m.notNumber('age')))
    expect(error.location.file).toBe(bad)
  })
})
