import { randomBytes } from 'node:crypto'
import { makeAliasEvent } from '../core/registry/make-alias-event.js'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { errorMessage } from '../core/error-message.js'
import { ServiceError } from '../core/errors.js'
import { chainAliasEvents } from '../core/registry/chain-alias-events.js'
import type { AliasEvent, AuditEvent, ModelCard } from '../core/registry/model-card.js'
import { aliasNotFound, overwriteDetected, versionNotFound } from '../core/registry/messages.js'
import { RegistryHttp } from './http-client.js'
import type {
  ModelRegistry,
  ModelVersionRef,
  RegisterRequest,
  RegistryOptions,
  VersionSelector,
} from './model-registry.js'
import { corruptAliasEvent, skippedVersion } from '../core/registry/storage-messages.js'
import { assertAlias, assertModelName, collectModelFiles, digestOf, writeVerified } from './model-files.js'
import { CorruptRecordError, DigestMismatchError, NotFoundError, versionTaken } from './registry-errors.js'
import { parseStoredAliasEvent, parseStoredCard } from './stored-record.js'

export const MODEL_ARTIFACT_TYPE = 'application/vnd.modelgate.model.v1+json'
export const MODEL_CARD_MEDIA_TYPE = 'application/vnd.modelgate.model.card.v1+json'
export const ALIAS_HISTORY_ARTIFACT_TYPE = 'application/vnd.modelgate.alias-history.v1+json'
export const ALIAS_EVENT_ARTIFACT_TYPE = 'application/vnd.modelgate.alias-event.v1+json'
const MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json'
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json'
const TITLE = 'org.opencontainers.image.title'
const VERSION_ANNOTATION = 'dev.modelgate.version'
/** Read-back delay after a version tag PUT (ms, plus up to the same again at random). */
const SETTLE_MS = 250

interface Descriptor {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
  readonly annotations?: Record<string, string>
}

interface Manifest {
  readonly schemaVersion: 2
  readonly mediaType: string
  readonly artifactType?: string
  readonly config: Descriptor
  readonly layers: readonly Descriptor[]
  readonly annotations?: Record<string, string>
}

const SEQ_ANNOTATION = 'dev.modelgate.sequence'
/** How often a move re-reads the newest event to bring the alias tag to it before giving up (it is still right). */
const CONVERGE_ROUNDS = 8

const versionTag = (version: number): string => `v${version}`
/** The audit trail before one tag per event (read, never written). */
const historyTag = (alias: string): string => `${alias}.history`
/** One immutable tag per alias move: `<alias>.e<sequence>.<id>`; ordered by sequence, then id. */
const eventTag = (alias: string, seq: number, id: string): string => `${alias}.e${String(seq).padStart(8, '0')}.${id}`
const EVENT_TAG = /^(.+)\.e(\d{8})\.([0-9a-f]{12})$/

interface EventTag {
  readonly tag: string
  readonly alias: string
  readonly seq: number
  readonly id: string
}

function eventTags(tags: readonly string[]): EventTag[] {
  const events: EventTag[] = []
  for (const tag of tags) {
    const match = EVENT_TAG.exec(tag)
    if (match !== null) events.push({ tag, alias: match[1] ?? '', seq: Number(match[2]), id: match[3] ?? '' })
  }
  return events.sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Models as OCI artifacts in any distribution-spec registry (ghcr.io, Docker's registry, Harbor, ECR…):
 * one repository per model (`<namespace>/<name>`), one manifest per version tagged `v<n>` with
 * `artifactType` application/vnd.modelgate.model.v1+json, config = the model card, layers = the files
 * (annotation org.opencontainers.image.title = path).
 *
 * Aliases: every move is its own immutable artifact tagged `<alias>.e<sequence>.<random id>` (config = the audit
 * event, artifactType application/vnd.modelgate.alias-event.v1+json). Its sequence is one more than the highest it
 * saw, and the random id makes the tag unique, so concurrent moves never overwrite each other: every event lands.
 * The history is the events ordered by (sequence, id), each `from` being the event before it; the alias's target
 * is the newest event. The tag `<alias>` itself (the version's manifest, so `oras pull …:champion` gets the model)
 * is brought to the newest event by every move after it wrote its event, re-reading until the two agree.
 * Registries written before this kept the whole history in one artifact tagged `<alias>.history`; it is still read.
 *
 * Crash safety: a version exists once its tag does (blobs first, the manifest PUT last), so a process killed during
 * a registration leaves only unreferenced blobs, which the registry's garbage collection removes.
 *
 * Immutability: the distribution API has no conditional PUT, so a version tag is checked before the PUT
 * and read back 250–500 ms after it. Two clients that PUT the same tag within that
 * window can still both believe they won; registries with tag immutability (ghcr.io packages cannot be
 * protected this way, Harbor/ECR/ACR can) close the gap. The settling delay grows with the time the check and the
 * PUT took, so a slow registry widens it.
 */
export class OciRegistry implements ModelRegistry {
  readonly description: string
  private readonly http: RegistryHttp
  private readonly logger: RegistryOptions['logger']

  /** Files larger than this are uploaded in chunks of this size (bytes). */
  readonly chunkSize: number

  constructor(
    private readonly base: string,
    private readonly namespace: string,
    options: RegistryOptions,
    chunkSize = 16 * 1024 * 1024,
  ) {
    this.chunkSize = chunkSize
    const host = base.replace(/^https?:\/\//, '')
    this.description = `oci://${host}${namespace === '' ? '' : `/${namespace}`}`
    this.http = new RegistryHttp(this.description, options)
    this.logger = options.logger
  }

  private repo(name: string): string {
    return this.namespace === '' ? name : `${this.namespace}/${name}`
  }

  private url(name: string, rest: string): string {
    return `${this.base}/v2/${this.repo(name)}/${rest}`
  }

  async tags(name: string): Promise<string[]> {
    const tags: string[] = []
    let next: string | undefined = this.url(name, 'tags/list?n=1000')
    while (next !== undefined) {
      const response = await this.http.request({ method: 'GET', url: next, accept: [404], what: 'list tags' })
      if (response.status === 404) return []
      const json = JSON.parse(response.body.toString('utf8')) as { tags?: string[] | null }
      tags.push(...(json.tags ?? []))
      const link = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')
      next = link?.[1] === undefined ? undefined : new URL(link[1], this.base).toString()
    }
    return tags
  }

  private async versionNumbers(name: string): Promise<number[]> {
    return (await this.tags(name))
      .map((tag) => /^v([1-9]\d*)$/.exec(tag)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number)
      .sort((a, b) => a - b)
  }

  private async pushBlob(name: string, bytes: Buffer, digest: string): Promise<void> {
    const head = await this.http.request({
      method: 'HEAD',
      url: this.url(name, `blobs/${digest}`),
      accept: [404],
      what: 'check a blob',
    })
    if (head.status === 200) return
    const start = await this.http.request({
      method: 'POST',
      url: this.url(name, 'blobs/uploads/'),
      what: 'start a blob upload',
    })
    const location = start.headers.get('location')
    if (location === null)
      throw new ServiceError(`the registry ${this.description} started an upload without a Location header`, {
        input: 'registry',
      })
    const upload = new URL(location, this.base)
    upload.searchParams.set('digest', digest)
    await this.http.request({
      method: 'PUT',
      url: upload.toString(),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) },
      body: bytes,
      what: 'upload a blob',
    })
  }

  /**
   * Chunked upload for large files (distribution spec "pushing a blob in chunks"): POST, then PATCH each
   * chunk with Content-Range, then PUT ?digest=. Reads `chunkSize` bytes at a time.
   */
  private async pushBlobChunked(name: string, path: string, digest: string): Promise<void> {
    const head = await this.http.request({
      method: 'HEAD',
      url: this.url(name, `blobs/${digest}`),
      accept: [404],
      what: 'check a blob',
    })
    if (head.status === 200) return
    const start = await this.http.request({
      method: 'POST',
      url: this.url(name, 'blobs/uploads/'),
      what: 'start a blob upload',
    })
    let location = start.headers.get('location')
    let offset = 0
    for await (const chunk of createReadStream(path, { highWaterMark: this.chunkSize }) as AsyncIterable<Buffer>) {
      if (location === null)
        throw new ServiceError(`the registry ${this.description} answered a chunk without a Location header`, {
          input: 'registry',
        })
      const response = await this.http.request({
        method: 'PATCH',
        url: new URL(location, this.base).toString(),
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `${offset}-${offset + chunk.length - 1}`,
          'content-length': String(chunk.length),
        },
        body: chunk,
        what: 'upload a blob chunk',
      })
      offset += chunk.length
      location = response.headers.get('location')
    }
    if (location === null)
      throw new ServiceError(`the registry ${this.description} answered a chunk without a Location header`, {
        input: 'registry',
      })
    const finish = new URL(location, this.base)
    finish.searchParams.set('digest', digest)
    await this.http.request({
      method: 'PUT',
      url: finish.toString(),
      headers: { 'content-length': '0' },
      what: 'finish a blob upload',
    })
  }

  private async getManifest(
    name: string,
    reference: string,
  ): Promise<{ manifest: Manifest; digest: string; raw: Buffer } | undefined> {
    const response = await this.http.request({
      method: 'GET',
      url: this.url(name, `manifests/${reference}`),
      headers: { accept: MANIFEST_MEDIA_TYPE },
      accept: [404],
      what: `read manifest ${reference}`,
    })
    if (response.status === 404) return undefined
    const digest = digestOf(response.body)
    const served = response.headers.get('docker-content-digest')
    const where = `${this.description}/${this.repo(name)}:${reference}`
    if (served !== null && /^sha256:/.test(served) && served !== digest)
      throw new DigestMismatchError(
        `the manifest ${where} has digest ${digest} but the registry serves it as ${served}: its storage was altered`,
        { input: 'registry' },
        'do not use it: register the model again',
      )
    let manifest: Manifest
    try {
      manifest = JSON.parse(response.body.toString('utf8')) as Manifest
    } catch {
      throw new CorruptRecordError(
        `the manifest ${where} is not JSON`,
        { input: 'registry' },
        'register the model again',
      )
    }
    return { manifest, digest, raw: response.body }
  }

  private async putManifest(name: string, reference: string, bytes: Buffer): Promise<void> {
    await this.http.request({
      method: 'PUT',
      url: this.url(name, `manifests/${reference}`),
      headers: { 'content-type': MANIFEST_MEDIA_TYPE },
      body: bytes,
      what: `write manifest ${reference}`,
    })
  }

  private async getBlob(name: string, digest: string): Promise<Buffer> {
    const response = await this.http.request({
      method: 'GET',
      url: this.url(name, `blobs/${digest}`),
      what: `read blob ${digest}`,
    })
    return response.body
  }

  private async tagDigest(name: string, reference: string): Promise<string | undefined> {
    return (await this.getManifest(name, reference))?.digest
  }

  async register(request: RegisterRequest): Promise<ModelVersionRef> {
    assertModelName(request.name)
    const files = await collectModelFiles(request.modelDir)
    const single = (await stat(request.modelDir)).isFile()
    const layers: Descriptor[] = []
    for (const file of files) {
      const path = single ? request.modelDir : join(request.modelDir, ...file.path.split('/'))
      const digest = `sha256:${file.sha256}`
      if (file.size > this.chunkSize) await this.pushBlobChunked(request.name, path, digest)
      else await this.pushBlob(request.name, await readFile(path), digest)
      layers.push({
        mediaType: 'application/octet-stream',
        digest,
        size: file.size,
        annotations: { [TITLE]: file.path },
      })
    }
    const registration = randomBytes(8).toString('hex')
    let version = request.version ?? ((await this.versionNumbers(request.name)).pop() ?? 0) + 1
    for (let attempt = 0; attempt < 64; attempt += 1) {
      // Everything but the tag is uploaded first, so that the window between "tag is free" and "tag is
      // ours" is one request wide.
      const card: ModelCard = { ...request.card, name: request.name, version, files }
      const cardBytes = Buffer.from(JSON.stringify(card))
      const cardDigest = digestOf(cardBytes)
      await this.pushBlob(request.name, cardBytes, cardDigest)
      const manifest: Manifest = {
        schemaVersion: 2,
        mediaType: MANIFEST_MEDIA_TYPE,
        artifactType: MODEL_ARTIFACT_TYPE,
        config: { mediaType: MODEL_CARD_MEDIA_TYPE, digest: cardDigest, size: cardBytes.length },
        layers,
        annotations: {
          'org.opencontainers.image.created': card.createdAt,
          'org.opencontainers.image.title': request.name,
          [VERSION_ANNOTATION]: String(version),
          'dev.modelgate.registration': registration,
        },
      }
      const bytes = Buffer.from(JSON.stringify(manifest))
      const digest = digestOf(bytes)
      const checkedAt = Date.now()
      if ((await this.tagDigest(request.name, versionTag(version))) !== undefined) {
        if (request.version !== undefined) throw versionTaken(request.name, version)
        version += 1
        continue
      }
      await this.putManifest(request.name, versionTag(version), bytes)
      // Read back after a settling delay much longer than the one-request window above: a client that
      // found the tag free just before our PUT has overwritten it by then, and we move on to the next version.
      // The delay grows with how long the check and the PUT took: a loaded registry (or runner) widens the window.
      const settle = Math.max(SETTLE_MS, 4 * (Date.now() - checkedAt))
      await new Promise((done) => setTimeout(done, settle + Math.floor(Math.random() * SETTLE_MS)))
      if ((await this.tagDigest(request.name, versionTag(version))) === digest) {
        return { name: request.name, version, digest, card, aliases: [] }
      }
      if (request.version !== undefined)
        throw new ServiceError(
          overwriteDetected(request.name, version),
          { input: 'version' },
          'register again without a fixed version',
        )
      this.logger.info(`${request.name} v${version} was taken by a concurrent registration; trying v${version + 1}`)
      version += 1
    }
    throw new ServiceError(
      overwriteDetected(request.name, version),
      { input: 'model-name' },
      'too many concurrent registrations; try again',
    )
  }

  /**
   * The version stored under tag `v<version>`, or undefined when the tag does not exist.
   * @throws DigestMismatchError (card or manifest altered), CorruptRecordError (damaged card, or the card of another
   * version: the tag was re-pointed)
   */
  private async readVersion(name: string, version: number): Promise<ModelVersionRef | undefined> {
    const reference = versionTag(version)
    const found = await this.getManifest(name, reference)
    if (found === undefined) return undefined
    const where = `${this.description}/${this.repo(name)}:${reference}`
    const configBytes = await this.getBlob(name, found.manifest.config.digest)
    if (digestOf(configBytes) !== found.manifest.config.digest) {
      throw new DigestMismatchError(
        `the model card of ${where} does not match its digest ${found.manifest.config.digest}`,
        { input: 'registry' },
        'the stored model was altered; do not use it',
      )
    }
    const card = parseStoredCard(configBytes.toString('utf8'), where, { name, version })
    return { name, version, digest: found.digest, card, aliases: [] }
  }

  private withAliases(ref: ModelVersionRef, aliases: Readonly<Record<string, number>>): ModelVersionRef {
    const names = Object.entries(aliases)
      .filter(([, v]) => v === ref.version)
      .map(([a]) => a)
      .sort()
    return { ...ref, aliases: names }
  }

  async get(name: string, selector: VersionSelector): Promise<ModelVersionRef> {
    assertModelName(name)
    if ('alias' in selector) assertAlias(selector.alias)
    const aliases = await this.aliases(name)
    let version: number
    if ('alias' in selector) {
      const target = aliases[selector.alias]
      if (target === undefined)
        throw new NotFoundError(
          aliasNotFound(name, selector.alias),
          { input: 'alias' },
          'promote a version to that alias first',
        )
      version = target
    } else version = selector.version
    const ref = await this.readVersion(name, version)
    if (ref === undefined)
      throw new NotFoundError(versionNotFound(name, version), { input: 'version' }, 'list the versions with mode: list')
    return this.withAliases(ref, aliases)
  }

  /** Every readable version; a damaged or re-pointed one is named in a warning and skipped. */
  async list(name: string): Promise<readonly ModelVersionRef[]> {
    assertModelName(name)
    const aliases = await this.aliases(name)
    const refs: ModelVersionRef[] = []
    for (const version of await this.versionNumbers(name)) {
      try {
        const ref = await this.readVersion(name, version)
        if (ref !== undefined) refs.push(this.withAliases(ref, aliases))
      } catch (error) {
        if (!(error instanceof CorruptRecordError || error instanceof DigestMismatchError)) throw error
        this.logger.warning(skippedVersion(name, version, error.describe()))
      }
    }
    return refs
  }

  /** Alias → version: the newest event of each alias; an alias with no events (older registries) by its tag. */
  async aliases(name: string): Promise<Readonly<Record<string, number>>> {
    const tags = await this.tags(name)
    const result: Record<string, number> = {}
    const newest = new Map<string, EventTag>()
    for (const event of eventTags(tags)) newest.set(event.alias, event)
    for (const [alias, event] of newest) {
      const version = await this.eventVersion(name, event)
      if (version !== undefined) result[alias] = version
    }
    for (const tag of tags) {
      if (/^v\d+$/.test(tag) || tag.includes('.') || newest.has(tag)) continue
      const found = await this.getManifest(name, tag)
      const version = Number(found?.manifest.annotations?.[VERSION_ANNOTATION])
      if (Number.isInteger(version) && version > 0) result[tag] = version
    }
    return result
  }

  /** The version an event tag moved its alias to (its manifest annotation), undefined when unreadable. */
  private async eventVersion(name: string, event: EventTag): Promise<number | undefined> {
    const found = await this.getManifest(name, event.tag)
    const version = Number(found?.manifest.annotations?.[VERSION_ANNOTATION])
    return Number.isSafeInteger(version) && version > 0 ? version : undefined
  }

  async download(ref: ModelVersionRef, dir: string): Promise<void> {
    for (const file of ref.card.files) {
      const response = await this.http.request({
        method: 'GET',
        url: this.url(ref.name, `blobs/sha256:${file.sha256}`),
        stream: true,
        what: `read blob of ${file.path}`,
      })
      await writeVerified(dir, file, response.stream ?? response.body)
    }
  }

  async setAlias(name: string, alias: string, version: number, audit: AuditEvent): Promise<AliasEvent> {
    assertModelName(name)
    assertAlias(alias)
    await this.get(name, { version })
    const tags = await this.tags(name)
    const mine = eventTags(tags).filter((event) => event.alias === alias)
    const last = mine[mine.length - 1]
    const previous = last === undefined ? (await this.aliases(name))[alias] : await this.eventVersion(name, last)
    const event = makeAliasEvent(alias, previous, version, audit, new Date().toISOString())
    const seq = (last?.seq ?? 0) + 1
    await this.putEvent(name, eventTag(alias, seq, randomBytes(6).toString('hex')), event, seq)
    await this.bringAliasTagToNewest(name, alias)
    return event
  }

  private async putEvent(name: string, tag: string, event: AliasEvent, seq: number): Promise<void> {
    const configBytes = Buffer.from(JSON.stringify(event))
    const configDigest = digestOf(configBytes)
    await this.pushBlob(name, configBytes, configDigest)
    const empty = Buffer.from('{}')
    const emptyDigest = digestOf(empty)
    await this.pushBlob(name, empty, emptyDigest)
    const manifest: Manifest = {
      schemaVersion: 2,
      mediaType: MANIFEST_MEDIA_TYPE,
      artifactType: ALIAS_EVENT_ARTIFACT_TYPE,
      config: { mediaType: ALIAS_EVENT_ARTIFACT_TYPE, digest: configDigest, size: configBytes.length },
      layers: [{ mediaType: EMPTY_MEDIA_TYPE, digest: emptyDigest, size: empty.length }],
      annotations: {
        'org.opencontainers.image.created': event.at,
        [VERSION_ANNOTATION]: String(event.to),
        [SEQ_ANNOTATION]: String(seq),
      },
    }
    await this.putManifest(name, tag, Buffer.from(JSON.stringify(manifest)))
  }

  /**
   * Points the tag `<alias>` at the version of the newest event, re-reading after each PUT until the newest event
   * is the one it wrote: the last of several concurrent moves to finish leaves the tag on the newest event.
   */
  private async bringAliasTagToNewest(name: string, alias: string): Promise<void> {
    let written: number | undefined
    for (let round = 0; round < CONVERGE_ROUNDS; round += 1) {
      const mine = eventTags(await this.tags(name)).filter((event) => event.alias === alias)
      const newest = mine[mine.length - 1]
      const target = newest === undefined ? undefined : await this.eventVersion(name, newest)
      if (target === undefined || target === written) return
      const manifest = await this.getManifest(name, versionTag(target))
      if (manifest === undefined) return
      await this.putManifest(name, alias, manifest.raw)
      written = target
    }
  }

  /** The events of the one-artifact history older registries kept (`<alias>.history`); [] and a warning when damaged. */
  private async legacyHistory(name: string, alias: string): Promise<AliasEvent[]> {
    const where = `${this.description}/${this.repo(name)}:${historyTag(alias)}`
    const found = await this.getManifest(name, historyTag(alias))
    if (found === undefined) return []
    const text = (await this.getBlob(name, found.manifest.config.digest)).toString('utf8')
    try {
      const events = (JSON.parse(text) as { events?: unknown }).events
      if (!Array.isArray(events)) throw new Error('no "events" list')
      return events.map((event, index) =>
        parseStoredAliasEvent(JSON.stringify(event), `${where} event ${index + 1}`, alias),
      )
    } catch (error) {
      const damaged =
        error instanceof CorruptRecordError
          ? error
          : new CorruptRecordError(corruptAliasEvent(where, errorMessage(error)), { input: 'registry' })
      this.logger.warning(damaged.describe())
      return []
    }
  }

  /** Every readable move of `alias`, oldest first; a damaged event is named in a warning and skipped. */
  async aliasHistory(name: string, alias: string): Promise<readonly AliasEvent[]> {
    assertAlias(alias)
    const tags = await this.tags(name)
    const events: AliasEvent[] = []
    if (tags.includes(historyTag(alias))) events.push(...(await this.legacyHistory(name, alias)))
    for (const event of eventTags(tags).filter((e) => e.alias === alias)) {
      const where = `${this.description}/${this.repo(name)}:${event.tag}`
      try {
        const found = await this.getManifest(name, event.tag)
        if (found === undefined) continue
        const config = await this.getBlob(name, found.manifest.config.digest)
        if (digestOf(config) !== found.manifest.config.digest)
          throw new CorruptRecordError(`the alias event ${where} does not match its digest`, { input: 'registry' })
        events.push(parseStoredAliasEvent(config.toString('utf8'), where, alias))
      } catch (error) {
        if (!(error instanceof CorruptRecordError || error instanceof DigestMismatchError)) throw error
        this.logger.warning(error.describe())
      }
    }
    return chainAliasEvents(events)
  }
}
