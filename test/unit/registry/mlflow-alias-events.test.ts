// The MLflow backend against the REST contract server (issues #14 item 7, #15 item 9): concurrent promotions keep
// every event, in order, and the MLflow alias is the last one; a registration stopped half-way (before its card tag)
// is named and skipped by list, refused by get, and the next registration works; a damaged event is skipped.
import { afterAll, describe, expect, it } from 'vitest'
import { incompleteMlflowVersion, skippedVersion } from '../../../src/core/registry/storage-messages.js'
import { openRegistry } from '../../../src/registry/open-registry.js'
import { CorruptRecordError } from '../../../src/registry/registry-errors.js'
import { startMlflowServer, type MlflowServer } from '../../helpers/mlflow-server.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { draft, makeModelDir } from '../../helpers/registry-contract.js'

describe('mlflow registry alias events and interrupted registrations', () => {
  const servers: MlflowServer[] = []
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })
  const fresh = async (fetchImpl?: typeof fetch) => {
    const server = await startMlflowServer()
    servers.push(server)
    const logger = recordingLogger()
    const registry = openRegistry(`mlflow+${server.url}`, { logger, ...(fetchImpl ? { fetch: fetchImpl } : {}) })
    return { server, logger, registry }
  }

  it('16 concurrent promotions leave 16 events in order, and the MLflow alias is the last event', async () => {
    const { registry } = await fresh()
    for (let i = 0; i < 4; i += 1)
      await registry.register({ name: 'churn', modelDir: await makeModelDir(`m${i}`), card: draft('churn') })
    const moves = Array.from({ length: 16 }, (_, i) => ({ by: `user${i}`, to: (i % 4) + 1 }))
    await Promise.all(moves.map((move) => registry.setAlias('churn', 'champion', move.to, { by: move.by })))
    const history = await registry.aliasHistory('churn', 'champion')
    expect(history.map((event) => event.by).sort()).toEqual(moves.map((move) => move.by).sort())
    for (let i = 1; i < history.length; i += 1) expect(history[i]?.from).toBe(history[i - 1]?.to)
    const last = history[history.length - 1]
    expect(await registry.aliases('churn')).toEqual({ champion: last?.to })
    expect((await registry.get('churn', { alias: 'champion' })).version).toBe(last?.to)
  })

  it('a registration stopped before its card tag is named by list and get, and the next one is version 2', async () => {
    let failTag = true
    const stopping: typeof fetch = async (input, init) => {
      if (failTag && String(input instanceof Request ? input.url : input).includes('model-versions/set-tag'))
        throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })
      return await fetch(input, init)
    }
    const { registry, logger } = await fresh(stopping)
    await expect(
      registry.register({ name: 'churn', modelDir: await makeModelDir('killed'), card: draft('churn') }),
    ).rejects.toThrow(/ECONNRESET/)
    failTag = false
    const message = incompleteMlflowVersion('churn', 1, 'modelgate.card_sha256')
    expect(await registry.list('churn')).toEqual([])
    expect(logger.warnings).toEqual([expect.stringContaining(skippedVersion('churn', 1, message))])
    const attempt = registry.get('churn', { version: 1 })
    await expect(attempt).rejects.toBeInstanceOf(CorruptRecordError)
    await expect(attempt).rejects.toThrow(message)
    const next = await registry.register({ name: 'churn', modelDir: await makeModelDir('next'), card: draft('churn') })
    expect(next.version).toBe(2)
    expect((await registry.list('churn')).map((ref) => ref.version)).toEqual([2])
  })

  it('a damaged alias event is named in a warning and skipped by aliasHistory', async () => {
    const { registry, server, logger } = await fresh()
    await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    for (const by of ['alice', 'bob', 'carol']) await registry.setAlias('churn', 'champion', 1, { by })
    const key = [...server.artifacts.keys()].filter((k) => k.includes('/aliases/champion/')).sort()[1] ?? ''
    server.artifacts.set(key, Buffer.from('{"alias":"champ'))
    expect((await registry.aliasHistory('churn', 'champion')).map((event) => event.by)).toEqual(['alice', 'carol'])
    expect(logger.warnings).toEqual([expect.stringContaining(`alias event mlflow+${server.url} artifact ${key}`)])
  })
})
