// Damaged records in a file registry (issue #15 item 9, #14 item 5): one truncated card or alias event is named and
// skipped by list and history with a warning; get and promote of that version fail with its path and how to fix.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorMessage } from '../../../src/core/error-message.js'
import {
  cardAlteredHint,
  cardNamesOtherVersion,
  cardPinMismatch,
  cardPinMissing,
  corruptAliasEvent,
  corruptAliasEventHint,
  corruptCard,
  corruptCardHint,
  incompleteVersion,
  skippedVersion,
} from '../../../src/core/registry/storage-messages.js'
import { FileRegistry } from '../../../src/registry/file-registry.js'
import { digestOf } from '../../../src/registry/model-files.js'
import { CorruptRecordError, DigestMismatchError } from '../../../src/registry/registry-errors.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { draft, makeModelDir } from '../../helpers/registry-contract.js'

/** What the registry says about text that is not JSON (the parser's own words). */
function notJson(text: string): string {
  try {
    JSON.parse(text)
    return 'parsed'
  } catch (error) {
    return `not JSON: ${errorMessage(error)}`
  }
}

async function registryWith(versions: number, status: 'pass' | 'fail' = 'pass') {
  const logger = recordingLogger()
  const registry = new FileRegistry(await mkdtemp(join(tmpdir(), 'modelgate-damage-')), { logger })
  for (let i = 0; i < versions; i += 1)
    await registry.register({ name: 'churn', modelDir: await makeModelDir(`m${i}`), card: draft('churn', status) })
  const dir = (version: number) => join(registry.root, 'churn', 'versions', String(version))
  return { registry, logger, dir, card: (version: number) => join(dir(version), 'card.json') }
}

describe('file registry with a damaged card', () => {
  it('list() names the truncated card in a warning and skips it; get() fails with its path and the fix', async () => {
    const { registry, logger, card } = await registryWith(3)
    const text = await readFile(card(2), 'utf8')
    await writeFile(card(2), text.slice(0, 40))
    // The pin still names the whole card: re-pin the truncated text so that the parse, not the pin, is what fails.
    await writeFile(join(card(2), '..', 'card.sha256'), `${digestOf(text.slice(0, 40))}\n`)
    expect((await registry.list('churn')).map((ref) => ref.version)).toEqual([1, 3])
    expect(logger.warnings).toHaveLength(1)
    const message = corruptCard(card(2), notJson(text.slice(0, 40)))
    expect(logger.warnings).toEqual([skippedVersion('churn', 2, `${message} (${card(2)}). ${corruptCardHint()}`)])
    const attempt = registry.get('churn', { version: 2 })
    await expect(attempt).rejects.toBeInstanceOf(CorruptRecordError)
    await expect(attempt).rejects.toThrow(message)
    await expect(attempt).rejects.toMatchObject({ location: { file: card(2) }, hint: corruptCardHint() })
    // Nothing else is affected: the other versions still resolve, and the next registration is version 4.
    expect((await registry.get('churn', { version: 3 })).version).toBe(3)
    const next = await registry.register({ name: 'churn', modelDir: await makeModelDir('n'), card: draft('churn') })
    expect(next.version).toBe(4)
  })

  it('get() refuses an edited card (fail → pass) by its registration digest, and a card without one', async () => {
    const { registry, card } = await registryWith(1, 'fail')
    const text = await readFile(card(1), 'utf8')
    const edited = text.replaceAll('"status": "fail"', '"status": "pass"').replace('churn fail', 'churn pass')
    expect(edited).not.toBe(text)
    await writeFile(card(1), edited)
    const attempt = registry.get('churn', { version: 1 })
    await expect(attempt).rejects.toBeInstanceOf(DigestMismatchError)
    await expect(attempt).rejects.toThrow(cardPinMismatch(card(1), digestOf(text), digestOf(edited)))
    await expect(attempt).rejects.toMatchObject({ hint: cardAlteredHint() })
    await rm(join(card(1), '..', 'card.sha256'))
    await expect(registry.get('churn', { version: 1 })).rejects.toThrow(
      cardPinMissing(card(1), join(card(1), '..', 'card.sha256')),
    )
  })

  it('get() refuses a version folder holding the card of another version', async () => {
    const { registry, card, dir } = await registryWith(2)
    const other = await readFile(card(2), 'utf8')
    await writeFile(card(1), other)
    await writeFile(join(dir(1), 'card.sha256'), `${digestOf(other)}\n`)
    await expect(registry.get('churn', { version: 1 })).rejects.toThrow(
      cardNamesOtherVersion(card(1), 'churn', 1, 'churn', 2),
    )
  })

  it('a version folder without a card (left by an older modelgate) is named, skipped and explained', async () => {
    const { registry, logger, dir } = await registryWith(1)
    await mkdir(join(dir(2), 'files'), { recursive: true })
    expect((await registry.list('churn')).map((ref) => ref.version)).toEqual([1])
    expect(logger.warnings[0]).toContain(incompleteVersion(dir(2)))
    await expect(registry.get('churn', { version: 2 })).rejects.toThrow(incompleteVersion(dir(2)))
  })
})

describe('file registry with a damaged alias event', () => {
  it('aliasHistory() names the truncated event in a warning and skips it; the alias is the last readable event', async () => {
    const { registry, logger } = await registryWith(3)
    for (const version of [1, 2, 3]) await registry.setAlias('churn', 'champion', version, { by: `u${version}` })
    const event = join(registry.root, 'churn', 'aliases', 'champion', '00000002.json')
    const truncated = '{"alias":"champion","to":'
    await writeFile(event, truncated)
    expect((await registry.aliasHistory('churn', 'champion')).map((e) => e.to)).toEqual([1, 3])
    expect(logger.warnings).toEqual([
      `${corruptAliasEvent(event, notJson(truncated))} (${event}). ${corruptAliasEventHint()}`,
    ])
    expect(await registry.aliases('churn')).toEqual({ champion: 3 })
    expect((await registry.get('churn', { alias: 'champion' })).version).toBe(3)
    // A move after the damage still gets the next number.
    await registry.setAlias('churn', 'champion', 1, { by: 'rollback' })
    expect((await registry.aliasHistory('churn', 'champion')).map((e) => [e.from, e.to])).toEqual([
      [undefined, 1],
      [2, 3],
      [3, 1],
    ])
  })
})
