// The OCI backend against the real docker-registry (issue #14 items 5 and 7): concurrent promotions keep every
// event, in order; a re-pointed version tag and an altered card or file are refused at get and at promote, and
// nothing moves; a damaged version is named and skipped by list.
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cardNamesOtherVersion, skippedVersion } from '../../../src/core/registry/storage-messages.js'
import { main } from '../../../src/register-model/main.js'
import { OciRegistry } from '../../../src/registry/oci-registry.js'
import { CorruptRecordError, DigestMismatchError } from '../../../src/registry/registry-errors.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { startOciRegistry, type OciRegistryServer } from '../../helpers/oci-registry.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { requireTool } from '../../helpers/require-tool.js'
import { championReports, draft, HELPER_COMMIT, makeModelDir, reportFile } from '../../helpers/registry-contract.js'

const { available } = requireTool('docker-registry')
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

describe.skipIf(!available)('oci registry alias events and verification against docker-registry', () => {
  let server: OciRegistryServer
  let namespace = 0
  beforeAll(async () => {
    server = await startOciRegistry()
  })
  afterAll(async () => {
    await server.close()
  })
  const fresh = () => {
    const ns = `events${++namespace}`
    const logger = recordingLogger()
    return { ns, logger, registry: new OciRegistry(server.url, ns, { logger }) }
  }
  const manifest = async (ns: string, reference: string) => {
    const response = await fetch(`${server.url}/v2/${ns}/churn/manifests/${reference}`, {
      headers: { accept: MANIFEST },
    })
    return {
      digest: response.headers.get('docker-content-digest'),
      body: Buffer.from(await response.arrayBuffer()),
    }
  }
  const putManifest = async (ns: string, reference: string, body: Buffer) => {
    const response = await fetch(`${server.url}/v2/${ns}/churn/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'content-type': MANIFEST },
      body,
    })
    expect(response.status).toBe(201)
  }
  /** Pushes `bytes` as a blob of ns/churn; returns its digest. */
  const pushBlob = async (ns: string, bytes: Buffer): Promise<string> => {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    const start = await fetch(`${server.url}/v2/${ns}/churn/blobs/uploads/`, { method: 'POST' })
    const upload = new URL(start.headers.get('location') ?? '', server.url)
    upload.searchParams.set('digest', digest)
    expect((await fetch(upload, { method: 'PUT', body: bytes })).status).toBe(201)
    return digest
  }
  const blobPath = (digest: string) => {
    const hex = digest.replace(/^sha256:/, '')
    return join(server.storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
  }
  const registerModel = async (ns: string, inputs: Record<string, string>) =>
    await runInProcess(
      'register-model',
      main,
      // The helpers' reports were written at HELPER_COMMIT: a report binds only to a version built from it.
      fakeContext({
        inputs: { registry: `oci://${server.host}/${ns}`, 'model-name': 'churn', ...inputs },
        env: { GITHUB_SHA: HELPER_COMMIT },
      }).context,
    )
  const promote = async (ns: string, version: number) =>
    await registerModel(ns, { mode: 'promote', version: String(version), reason: 'test' })
  const registerWithReports = async (ns: string, seed: string, reports?: string) =>
    await registerModel(ns, {
      mode: 'register',
      'model-path': await makeModelDir(seed),
      reports: reports ?? (await championReports()),
    })

  it('16 concurrent promotions leave 16 events in order, and the alias (and its tag) is the last event', async () => {
    const { ns, registry } = fresh()
    for (let i = 0; i < 4; i += 1)
      await registry.register({ name: 'churn', modelDir: await makeModelDir(`m${i}`), card: draft('churn') })
    await registry.setAlias('churn', 'champion', 1, { by: 'first' })
    const moves = Array.from({ length: 16 }, (_, i) => ({ by: `user${i}`, to: (i % 4) + 1 }))
    await Promise.all(moves.map((move) => registry.setAlias('churn', 'champion', move.to, { by: move.by })))
    const history = await registry.aliasHistory('churn', 'champion')
    expect(history).toHaveLength(17)
    expect(history[0]).toMatchObject({ by: 'first', to: 1 })
    expect(history.map((event) => event.by).sort()).toEqual(['first', ...moves.map((move) => move.by)].sort())
    // In order: each event moves the alias from where the event before it left it.
    for (let i = 1; i < history.length; i += 1) expect(history[i]?.from).toBe(history[i - 1]?.to)
    const last = history[history.length - 1]
    expect(await registry.aliases('churn')).toEqual({ champion: last?.to })
    expect((await registry.get('churn', { alias: 'champion' })).version).toBe(last?.to)
    // The alias tag that `oras pull …:champion` reads is the newest event's version manifest.
    expect((await manifest(ns, 'champion')).digest).toBe((await manifest(ns, `v${last?.to}`)).digest)
  })

  it('a version tag re-pushed with another version’s manifest is refused at get and at promote; nothing moves', async () => {
    const { ns, registry, logger } = fresh()
    await registerWithReports(ns, 'one')
    await registerWithReports(ns, 'two')
    await putManifest(ns, 'v1', (await manifest(ns, 'v2')).body)
    const message = cardNamesOtherVersion(`oci://${server.host}/${ns}/${ns}/churn:v1`, 'churn', 1, 'churn', 2)
    const attempt = registry.get('churn', { version: 1 })
    await expect(attempt).rejects.toBeInstanceOf(CorruptRecordError)
    await expect(attempt).rejects.toThrow(message)
    await expect(promote(ns, 1)).rejects.toThrow(message)
    expect(await registry.aliases('churn')).toEqual({})
    expect((await registry.list('churn')).map((ref) => ref.version)).toEqual([2])
    expect(logger.warnings).toEqual([expect.stringContaining(skippedVersion('churn', 1, message))])
    // The untouched version still promotes.
    expect((await promote(ns, 2)).report.status).toBe('pass')
  })

  it('an edited card (fail → pass in the storage) is refused at promote; nothing moves', async () => {
    const { ns, registry } = fresh()
    const reports = `${await reportFile('validate-data', 'pass')}\n${await reportFile('evaluate-vs-champion', 'fail')}`
    await registerWithReports(ns, 'card', reports)
    expect((await promote(ns, 1)).report.status).toBe('fail')
    const config = (JSON.parse((await manifest(ns, 'v1')).body.toString()) as { config: { digest: string } }).config
    const path = blobPath(config.digest)
    const card = await readFile(path, 'utf8')
    const edited = card.replaceAll('"status":"fail"', '"status":"pass"').replace('evaluate-vs-champion fail', 'x')
    expect(edited).not.toBe(card)
    await writeFile(path, edited)
    await expect(promote(ns, 1)).rejects.toBeInstanceOf(DigestMismatchError)
    expect(await registry.aliases('churn')).toEqual({})
  })

  it('a tampered file, and a swapped file whose hash was fixed up in the card, are refused at promote', async () => {
    const { ns, registry } = fresh()
    await registerWithReports(ns, 'files')
    const ref = await registry.get('churn', { version: 1 })
    const file = ref.card.files.find((f) => f.path === 'model.json')
    const data = blobPath(`sha256:${file?.sha256 ?? ''}`)
    const original = await readFile(data, 'utf8')
    await writeFile(data, original.replace('files', 'FILES'))
    await expect(promote(ns, 1)).rejects.toBeInstanceOf(DigestMismatchError)
    expect(await registry.aliases('churn')).toEqual({})
    // Swap the file and fix its hash in the stored card: the card no longer matches the manifest's digest of it.
    const config = (JSON.parse((await manifest(ns, 'v1')).body.toString()) as { config: { digest: string } }).config
    const cardPath = blobPath(config.digest)
    const swapped = createHash('sha256').update(original.replace('files', 'FILES')).digest('hex')
    await writeFile(cardPath, (await readFile(cardPath, 'utf8')).replace(file?.sha256 ?? '', swapped))
    await expect(promote(ns, 1)).rejects.toBeInstanceOf(DigestMismatchError)
    expect(await registry.aliases('churn')).toEqual({})
  })

  it('a damaged alias event tag is named in a warning and skipped by aliasHistory; the alias is the newest readable', async () => {
    const { ns, registry, logger } = fresh()
    await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    await registry.register({ name: 'churn', modelDir: await makeModelDir('b'), card: draft('churn') })
    await registry.setAlias('churn', 'champion', 1, { by: 'alice' })
    // A truncated event, pushed as a blob and a manifest under the next event tag.
    const bad = Buffer.from('{"alias":"champion","to":')
    const digest = await pushBlob(ns, bad)
    const eventManifest = JSON.parse(
      (
        await manifest(ns, (await registry.tags('churn')).find((t) => t.startsWith('champion.e')) ?? '')
      ).body.toString(),
    ) as {
      config: { digest: string; size: number }
      annotations: Record<string, string>
    }
    const tag = 'champion.e00000002.0123456789ab'
    await putManifest(
      ns,
      tag,
      Buffer.from(JSON.stringify({ ...eventManifest, config: { ...eventManifest.config, digest, size: bad.length } })),
    )
    const history = await registry.aliasHistory('churn', 'champion')
    expect(history.map((event) => event.by)).toEqual(['alice'])
    expect(logger.warnings).toEqual([
      expect.stringContaining(`the alias event oci://${server.host}/${ns}/${ns}/churn:${tag} is damaged`),
    ])
    await registry.setAlias('churn', 'champion', 2, { by: 'bob' })
    expect((await registry.aliasHistory('churn', 'champion')).map((event) => [event.by, event.from, event.to])).toEqual(
      [
        ['alice', undefined, 1],
        ['bob', 1, 2],
      ],
    )
    expect((await registry.get('churn', { alias: 'champion' })).version).toBe(2)
  })

  it('reads the one-artifact history (<alias>.history) of older registries, then appends events after it', async () => {
    const { ns, registry } = fresh()
    await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    await registry.register({ name: 'churn', modelDir: await makeModelDir('b'), card: draft('churn') })
    const old = [
      { alias: 'champion', to: 1, at: '2026-01-01T00:00:00.000Z', by: 'alice' },
      { alias: 'champion', from: 1, to: 2, at: '2026-01-02T00:00:00.000Z', by: 'bob' },
    ]
    const config = Buffer.from(JSON.stringify({ alias: 'champion', events: old }))
    const empty = Buffer.from('{}')
    const historyManifest = {
      schemaVersion: 2,
      mediaType: MANIFEST,
      artifactType: 'application/vnd.modelgate.alias-history.v1+json',
      config: {
        mediaType: 'application/vnd.modelgate.alias-history.v1+json',
        digest: await pushBlob(ns, config),
        size: config.length,
      },
      layers: [{ mediaType: 'application/vnd.oci.empty.v1+json', digest: await pushBlob(ns, empty), size: 2 }],
    }
    await putManifest(ns, 'champion.history', Buffer.from(JSON.stringify(historyManifest)))
    await putManifest(ns, 'champion', (await manifest(ns, 'v2')).body)
    expect(await registry.aliases('churn')).toEqual({ champion: 2 })
    await registry.setAlias('churn', 'champion', 1, { by: 'carol' })
    expect((await registry.aliasHistory('churn', 'champion')).map((event) => [event.by, event.from, event.to])).toEqual(
      [
        ['alice', undefined, 1],
        ['bob', 1, 2],
        ['carol', 2, 1],
      ],
    )
    expect(await registry.aliases('churn')).toEqual({ champion: 1 })
  })
})
