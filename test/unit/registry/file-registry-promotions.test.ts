// File registry promotions (issue #14 items 5 and 7): 16 concurrent moves in one process give 16 events in order
// (across 16 processes: test/slow/file-registry-promotions-race.test.ts) and the alias is the last; a tampered file, an edited card (fail → pass) and a swapped
// file whose hash was fixed up in the card are refused at promote, and nothing moves.
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cardPinMismatch, cardAlteredHint } from '../../../src/core/registry/storage-messages.js'
import { digestMismatch } from '../../../src/core/registry/messages.js'
import { main } from '../../../src/register-model/main.js'
import { FileRegistry } from '../../../src/registry/file-registry.js'
import { digestOf } from '../../../src/registry/model-files.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { championReports, draft, HELPER_COMMIT, makeModelDir, reportFile } from '../../helpers/registry-contract.js'

async function withVersions(count: number): Promise<FileRegistry> {
  const registry = new FileRegistry(await mkdtemp(join(tmpdir(), 'modelgate-promote-')))
  for (let i = 0; i < count; i += 1)
    await registry.register({ name: 'churn', modelDir: await makeModelDir(`m${i}`), card: draft('churn') })
  return registry
}

async function expectSixteenInOrder(registry: FileRegistry, by: readonly string[]): Promise<void> {
  const history = await registry.aliasHistory('churn', 'champion')
  expect(history.map((event) => event.by).sort()).toEqual([...by].sort())
  for (let i = 1; i < history.length; i += 1) expect(history[i]?.from).toBe(history[i - 1]?.to)
  expect(history[0]?.from).toBeUndefined()
  expect(await registry.aliases('churn')).toEqual({ champion: history[history.length - 1]?.to })
}

describe('file registry: concurrent promotions', () => {
  it('16 concurrent setAlias calls in one process leave 16 events in order; the alias is the last', async () => {
    const registry = await withVersions(4)
    const by = Array.from({ length: 16 }, (_, i) => `user${i}`)
    await Promise.all(by.map((who, i) => registry.setAlias('churn', 'champion', (i % 4) + 1, { by: who })))
    await expectSixteenInOrder(registry, by)
  })
})

describe('file registry: verify before moving (register-model promote)', () => {
  const setup = async (evaluate: 'pass' | 'fail') => {
    const root = await mkdtemp(join(tmpdir(), 'modelgate-verify-'))
    const registry = `file:${root}`
    const reports =
      evaluate === 'pass'
        ? await championReports()
        : `${await reportFile('validate-data', 'pass')}\n${await reportFile('evaluate-vs-champion', 'fail')}`
    const inputs = { registry, 'model-name': 'churn', mode: 'register', 'model-path': await makeModelDir('v'), reports }
    // The helpers' reports were written at HELPER_COMMIT: a report is accepted only for a version built from it.
    await runInProcess('register-model', main, fakeContext({ inputs, env: { GITHUB_SHA: HELPER_COMMIT } }).context)
    const promote = async () =>
      await runInProcess(
        'register-model',
        main,
        fakeContext({ inputs: { registry, 'model-name': 'churn', mode: 'promote', version: '1', reason: 'test' } })
          .context,
      )
    const dir = join(root, 'churn', 'versions', '1')
    return { promote, dir, card: join(dir, 'card.json'), aliases: () => new FileRegistry(root).aliases('churn') }
  }

  it('refuses a tampered file at promote, naming it', async () => {
    const { promote, dir, aliases } = await setup('pass')
    const path = join(dir, 'files', 'model.json')
    const original = await readFile(path, 'utf8')
    const tampered = original.replace('"v"', '"w"')
    await writeFile(path, tampered)
    const expected = createHash('sha256').update(original).digest('hex')
    const actual = createHash('sha256').update(tampered).digest('hex')
    await expect(promote()).rejects.toThrow(digestMismatch('model.json', expected, actual))
    expect(await aliases()).toEqual({})
  })

  it('refuses an edited card (fail → pass) at promote, naming the card', async () => {
    const { promote, card, aliases } = await setup('fail')
    expect((await promote()).report.status).toBe('fail')
    const text = await readFile(card, 'utf8')
    const edited = text.replaceAll('"status": "fail"', '"status": "pass"')
    expect(edited).not.toBe(text)
    await writeFile(card, edited)
    const attempt = promote()
    await expect(attempt).rejects.toThrow(cardPinMismatch(card, digestOf(text), digestOf(edited)))
    await expect(attempt).rejects.toMatchObject({ hint: cardAlteredHint() })
    expect(await aliases()).toEqual({})
  })

  it('refuses a swapped file whose hash was fixed up in the card at promote', async () => {
    const { promote, dir, card, aliases } = await setup('pass')
    const path = join(dir, 'files', 'model.json')
    const original = await readFile(path, 'utf8')
    const swapped = original.replace('"v"', '"evil"')
    await writeFile(path, swapped)
    const text = await readFile(card, 'utf8')
    const fixed = text
      .replace(createHash('sha256').update(original).digest('hex'), createHash('sha256').update(swapped).digest('hex'))
      .replace(`"size": ${Buffer.byteLength(original)}`, `"size": ${Buffer.byteLength(swapped)}`)
    expect(fixed).not.toBe(text)
    await writeFile(card, fixed)
    await expect(promote()).rejects.toThrow(cardPinMismatch(card, digestOf(text), digestOf(fixed)))
    expect(await aliases()).toEqual({})
  })
})
