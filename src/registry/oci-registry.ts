import { randomBytes } from 'node:crypto'
import { makeAliasEvent } from '../core/registry/make-alias-event.js'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ServiceError } from '../core/errors.js'
import type { AliasEvent, AuditEvent, ModelCard } from '../core/registry/model-card.js'
import { aliasNotFound, overwriteDetected, versionExists, versionNotFound } from '../core/registry/messages.js'
import { RegistryHttp } from './http-client.js'
import type {
  ModelRegistry,
  ModelVersionRef,
  RegisterRequest,
  RegistryOptions,
  VersionSelector,
} from './model-registry.js'
import { assertAlias, assertModelName, collectModelFiles, digestOf, writeVerified } from './model-files.js'
import { DigestMismatchError, NotFoundError, VersionExistsError } from './registry-errors.js'

export const MODEL_ARTIFACT_TYPE = 'application/vnd.modelgate.model.v1+json'
export const MODEL_CARD_MEDIA_TYPE = 'application/vnd.modelgate.model.card.v1+json'
export const ALIAS_HISTORY_ARTIFACT_TYPE = 'application/vnd.modelgate.alias-history.v1+json'
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

const versionTag = (version: number): string => `v${version}`
const historyTag = (alias: string): string => `${alias}.history`

/**
 * Models as OCI artifacts in any distribution-spec registry (ghcr.io, Docker's registry, Harbor, ECR…):
 * one repository per model (`<namespace>/<name>`), one manifest per version tagged `v<n>` with
 * `artifactType` application/vnd.modelgate.model.v1+json, config = the model card, layers = the files
 * (annotation org.opencontainers.image.title = path). An alias is a tag on the version's manifest; its
 * audit trail is a second artifact tagged `<alias>.history` whose config holds every move.
 *
 * Immutability: the distribution API has no conditional PUT, so a version tag is checked before the PUT
 * and read back 250–500 ms after it. Two clients that PUT the same tag within that
 * window can still both believe they won; registries with tag immutability (ghcr.io packages cannot be
 * protected this way, Harbor/ECR/ACR can) close the gap. Alias-history updates are read-modify-write with
 * the same caveat: a concurrent move of the same alias can drop one audit event (the alias tag itself
 * is still right).
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
    return {
      manifest: JSON.parse(response.body.toString('utf8')) as Manifest,
      digest: digestOf(response.body),
      raw: response.body,
    }
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
      if ((await this.tagDigest(request.name, versionTag(version))) !== undefined) {
        if (request.version !== undefined)
          throw new VersionExistsError(
            versionExists(request.name, version),
            { input: 'version' },
            'leave version empty to get the next free one',
          )
        version += 1
        continue
      }
      await this.putManifest(request.name, versionTag(version), bytes)
      // Read back after a settling delay much longer than the one-request window above: a client that
      // found the tag free just before our PUT has overwritten it by then, and we move on to the next version.
      await new Promise((done) => setTimeout(done, SETTLE_MS + Math.floor(Math.random() * SETTLE_MS)))
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

  private async readVersion(name: string, reference: string): Promise<ModelVersionRef | undefined> {
    const found = await this.getManifest(name, reference)
    if (found === undefined) return undefined
    const configBytes = await this.getBlob(name, found.manifest.config.digest)
    if (digestOf(configBytes) !== found.manifest.config.digest) {
      throw new DigestMismatchError(
        `the model card of ${name}:${reference} does not match its digest ${found.manifest.config.digest}`,
        { input: 'registry' },
        'the stored model was altered; do not use it',
      )
    }
    const card = JSON.parse(configBytes.toString('utf8')) as ModelCard
    return { name, version: card.version, digest: found.digest, card, aliases: [] }
  }

  async get(name: string, selector: VersionSelector): Promise<ModelVersionRef> {
    assertModelName(name)
    const reference = 'alias' in selector ? selector.alias : versionTag(selector.version)
    if ('alias' in selector) assertAlias(selector.alias)
    const ref = await this.readVersion(name, reference)
    if (ref === undefined) {
      if ('alias' in selector)
        throw new NotFoundError(
          aliasNotFound(name, selector.alias),
          { input: 'alias' },
          'promote a version to that alias first',
        )
      throw new NotFoundError(
        versionNotFound(name, selector.version),
        { input: 'version' },
        'list the versions with mode: list',
      )
    }
    const aliases = await this.aliases(name)
    return {
      ...ref,
      aliases: Object.entries(aliases)
        .filter(([, v]) => v === ref.version)
        .map(([a]) => a)
        .sort(),
    }
  }

  async list(name: string): Promise<readonly ModelVersionRef[]> {
    assertModelName(name)
    const aliases = await this.aliases(name)
    const refs: ModelVersionRef[] = []
    for (const version of await this.versionNumbers(name)) {
      const ref = await this.readVersion(name, versionTag(version))
      if (ref !== undefined)
        refs.push({
          ...ref,
          aliases: Object.entries(aliases)
            .filter(([, v]) => v === version)
            .map(([a]) => a)
            .sort(),
        })
    }
    return refs
  }

  async aliases(name: string): Promise<Readonly<Record<string, number>>> {
    const result: Record<string, number> = {}
    for (const tag of await this.tags(name)) {
      if (/^v\d+$/.test(tag) || tag.includes('.')) continue
      const found = await this.getManifest(name, tag)
      const version = Number(found?.manifest.annotations?.[VERSION_ANNOTATION])
      if (Number.isInteger(version) && version > 0) result[tag] = version
    }
    return result
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
    const target = await this.getManifest(name, versionTag(version))
    if (target === undefined)
      throw new NotFoundError(versionNotFound(name, version), { input: 'version' }, 'list the versions with mode: list')
    const history = [...(await this.aliasHistory(name, alias))]
    const current = await this.getManifest(name, alias)
    const previousVersion = Number(current?.manifest.annotations?.[VERSION_ANNOTATION])
    const event = makeAliasEvent(
      alias,
      Number.isInteger(previousVersion) && previousVersion > 0 ? previousVersion : undefined,
      version,
      audit,
      new Date().toISOString(),
    )
    history.push(event)
    await this.writeHistory(name, alias, history)
    // The alias tag is the same manifest as the version: `oras pull host/ns/name:champion` gets the model.
    await this.putManifest(name, alias, target.raw)
    return event
  }

  private async writeHistory(name: string, alias: string, events: readonly AliasEvent[]): Promise<void> {
    const configBytes = Buffer.from(JSON.stringify({ alias, events }))
    const configDigest = digestOf(configBytes)
    await this.pushBlob(name, configBytes, configDigest)
    const empty = Buffer.from('{}')
    const emptyDigest = digestOf(empty)
    await this.pushBlob(name, empty, emptyDigest)
    const manifest: Manifest = {
      schemaVersion: 2,
      mediaType: MANIFEST_MEDIA_TYPE,
      artifactType: ALIAS_HISTORY_ARTIFACT_TYPE,
      config: { mediaType: ALIAS_HISTORY_ARTIFACT_TYPE, digest: configDigest, size: configBytes.length },
      layers: [{ mediaType: EMPTY_MEDIA_TYPE, digest: emptyDigest, size: empty.length }],
    }
    await this.putManifest(name, historyTag(alias), Buffer.from(JSON.stringify(manifest)))
  }

  async aliasHistory(name: string, alias: string): Promise<readonly AliasEvent[]> {
    assertAlias(alias)
    const found = await this.getManifest(name, historyTag(alias))
    if (found === undefined) return []
    const config = await this.getBlob(name, found.manifest.config.digest)
    return (JSON.parse(config.toString('utf8')) as { events: AliasEvent[] }).events
  }
}
