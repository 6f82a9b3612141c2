import { randomBytes } from 'node:crypto'
import { makeAliasEvent } from '../core/registry/make-alias-event.js'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import { chainAliasEvents } from '../core/registry/chain-alias-events.js'
import type { AliasEvent, AuditEvent, ModelCard } from '../core/registry/model-card.js'
import { aliasNotFound, versionNotFound } from '../core/registry/messages.js'
import { RegistryHttp, type HttpResponse } from './http-client.js'
import type {
  ModelRegistry,
  ModelVersionRef,
  RegisterRequest,
  RegistryOptions,
  VersionSelector,
} from './model-registry.js'
import { assertAlias, assertModelName, collectModelFiles, digestOf, writeVerified } from './model-files.js'
import {
  corruptCard,
  corruptCardHint,
  incompleteMlflowVersion,
  incompleteMlflowVersionHint,
  skippedVersion,
} from '../core/registry/storage-messages.js'
import { CorruptRecordError, DigestMismatchError, NotFoundError, versionTaken } from './registry-errors.js'
import { parseStoredAliasEvent, parseStoredCard } from './stored-record.js'

const CARD_TAG = 'modelgate.card_sha256'
const SOURCE_PREFIX = 'mlflow-artifacts:/'
/** An alias event artifact: `e<sequence>-<id>.json`; older ones are `<epoch ms, 15 digits>-<id>.json` and sort first. */
const EVENT_KEY = /^e(\d{8})-[0-9a-f]{12}\.json$/
/** How often a move re-reads the newest event to bring the MLflow alias to it before giving up. */
const CONVERGE_ROUNDS = 8

interface MlflowModelVersion {
  readonly name: string
  readonly version: string
  readonly source: string
  readonly tags?: readonly { key: string; value: string }[]
  readonly aliases?: readonly string[]
}

/**
 * The MLflow Model Registry over its REST API (`/api/2.0/mlflow/registered-models/*`,
 * `/api/2.0/mlflow/model-versions/*`, `registered-models/alias`). Files go to the tracking server's
 * proxied artifact store (`/api/2.0/mlflow-artifacts/artifacts/<path>`, `mlflow server --serve-artifacts`,
 * the default since MLflow 2.0) under `modelgate/<name>/<registration-id>/`; the version's `source` is
 * `mlflow-artifacts:/modelgate/<name>/<registration-id>` and its tag `modelgate.card_sha256` pins the card.
 * MLflow assigns version numbers itself (atomically, server side), so concurrent registrations get
 * distinct versions; a version number cannot be chosen. The tag is set last, so it marks a complete registration:
 * a version without it (a registration killed half-way, or still running) is named and skipped by list and refused
 * by get.
 *
 * Alias moves are audited as one JSON artifact per move under `modelgate/<name>/aliases/<alias>/`, named
 * `e<sequence>-<random id>.json` (sequence one more than the highest seen; unique, so concurrent moves never
 * overwrite each other). The history is the events in name order, each `from` being the event before it; each move
 * writes its event first and then points the MLflow alias at the newest event, re-reading until the two agree.
 */
export class MlflowRegistry implements ModelRegistry {
  readonly description: string
  private readonly http: RegistryHttp

  private readonly logger: RegistryOptions['logger']

  constructor(
    private readonly base: string,
    options: RegistryOptions,
  ) {
    this.logger = options.logger
    this.description = `mlflow+${base}`
    this.http = new RegistryHttp(this.description, options, true)
  }

  private async api(
    method: string,
    path: string,
    body?: unknown,
    accept: readonly number[] = [],
  ): Promise<HttpResponse> {
    return await this.http.request({
      method,
      url: `${this.base}/api/2.0/mlflow/${path}`,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      accept,
      what: `${method} ${path.replace(/\?.*$/, '')}`,
    })
  }

  private json<T>(response: HttpResponse): T {
    return JSON.parse(response.body.toString('utf8') || '{}') as T
  }

  private errorCode(response: HttpResponse): string | undefined {
    try {
      return (JSON.parse(response.body.toString('utf8')) as { error_code?: string }).error_code
    } catch {
      return undefined
    }
  }

  private artifactUrl(path: string): string {
    return `${this.base}/api/2.0/mlflow-artifacts/artifacts/${path.split('/').map(encodeURIComponent).join('/')}`
  }

  private async putArtifact(path: string, bytes: Buffer): Promise<void> {
    await this.http.request({
      method: 'PUT',
      url: this.artifactUrl(path),
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
      what: 'upload an artifact',
    })
  }

  private async getArtifact(path: string): Promise<Buffer | undefined> {
    const response = await this.http.request({
      method: 'GET',
      url: this.artifactUrl(path),
      accept: [404],
      what: 'download an artifact',
    })
    return response.status === 404 ? undefined : response.body
  }

  private async listArtifacts(path: string): Promise<string[]> {
    const response = await this.http.request({
      method: 'GET',
      url: `${this.base}/api/2.0/mlflow-artifacts/artifacts?path=${encodeURIComponent(path)}`,
      accept: [404],
      what: 'list artifacts',
    })
    if (response.status === 404) return []
    const files = this.json<{ files?: { path: string; is_dir?: boolean }[] }>(response).files ?? []
    return files.filter((file) => file.is_dir !== true).map((file) => file.path)
  }

  private sourcePath(version: MlflowModelVersion): string {
    if (!version.source.startsWith(SOURCE_PREFIX)) {
      throw new ConfigurationError(
        `${version.name} version ${version.version} was not registered by modelgate (source ${version.source})`,
        { input: 'version' },
        'register models with modelgate register-model to use them here',
      )
    }
    return version.source.slice(SOURCE_PREFIX.length).replace(/^\/+/, '')
  }

  async register(request: RegisterRequest): Promise<ModelVersionRef> {
    assertModelName(request.name)
    if (request.version !== undefined) {
      const existing = await this.api(
        'GET',
        `model-versions/get?name=${encodeURIComponent(request.name)}&version=${request.version}`,
        undefined,
        [404, 400],
      )
      if (existing.status === 200) throw versionTaken(request.name, request.version)
      throw new ConfigurationError(
        `MLflow assigns version numbers itself: cannot register ${request.name} as version ${request.version}`,
        { input: 'version' },
        'leave version empty with an mlflow registry',
      )
    }
    const files = await collectModelFiles(request.modelDir)
    const single = (await stat(request.modelDir)).isFile()
    const created = await this.api('POST', 'registered-models/create', { name: request.name }, [400])
    if (created.status === 400 && this.errorCode(created) !== 'RESOURCE_ALREADY_EXISTS') {
      await this.api('POST', 'registered-models/create', { name: request.name })
    }
    const registration = `${Date.now()}-${randomBytes(6).toString('hex')}`
    const prefix = `modelgate/${request.name}/${registration}`
    for (const file of files) {
      await this.putArtifact(
        `${prefix}/files/${file.path}`,
        await readFile(single ? request.modelDir : join(request.modelDir, ...file.path.split('/'))),
      )
    }
    const response = await this.api('POST', 'model-versions/create', {
      name: request.name,
      source: `${SOURCE_PREFIX}${prefix}`,
      description: request.card.description ?? `registered by modelgate (${request.card.createdBy})`,
      tags: [{ key: 'modelgate.registration', value: registration }],
    })
    const mv = this.json<{ model_version: MlflowModelVersion }>(response).model_version
    const version = Number(mv.version)
    const card: ModelCard = { ...request.card, name: request.name, version, files }
    const cardBytes = Buffer.from(JSON.stringify(card))
    await this.putArtifact(`${prefix}/card.json`, cardBytes)
    const digest = digestOf(cardBytes)
    await this.api('POST', 'model-versions/set-tag', {
      name: request.name,
      version: String(version),
      key: CARD_TAG,
      value: digest,
    })
    return { name: request.name, version, digest, card, aliases: [] }
  }

  /**
   * The version as stored.
   * @throws CorruptRecordError (an interrupted registration, a missing or damaged card, the card of another version),
   * DigestMismatchError (the card was altered after registration)
   */
  private async readVersion(mv: MlflowModelVersion): Promise<ModelVersionRef> {
    const version = Number(mv.version)
    const pinned = mv.tags?.find((tag) => tag.key === CARD_TAG)?.value
    if (pinned === undefined)
      throw new CorruptRecordError(
        incompleteMlflowVersion(mv.name, version, CARD_TAG),
        { input: 'version' },
        incompleteMlflowVersionHint(),
      )
    const path = `${this.sourcePath(mv)}/card.json`
    const where = `${this.description} artifact ${path}`
    const bytes = await this.getArtifact(path)
    if (bytes === undefined)
      throw new CorruptRecordError(corruptCard(where, 'it is missing'), { file: path }, corruptCardHint())
    if (digestOf(bytes) !== pinned) {
      throw new DigestMismatchError(
        `the model card of ${mv.name} version ${mv.version} does not match its pinned digest ${pinned}`,
        { input: 'registry' },
        'the stored model was altered; do not use it',
      )
    }
    const card = parseStoredCard(bytes.toString('utf8'), where, { name: mv.name, version })
    return { name: mv.name, version, digest: pinned, card, aliases: [...(mv.aliases ?? [])].sort() }
  }

  async get(name: string, selector: VersionSelector): Promise<ModelVersionRef> {
    assertModelName(name)
    let response: HttpResponse
    if ('alias' in selector) {
      assertAlias(selector.alias)
      response = await this.api(
        'GET',
        `registered-models/alias?name=${encodeURIComponent(name)}&alias=${encodeURIComponent(selector.alias)}`,
        undefined,
        [404, 400],
      )
      if (response.status !== 200)
        throw new NotFoundError(
          aliasNotFound(name, selector.alias),
          { input: 'alias' },
          'promote a version to that alias first',
        )
    } else {
      response = await this.api(
        'GET',
        `model-versions/get?name=${encodeURIComponent(name)}&version=${selector.version}`,
        undefined,
        [404, 400],
      )
      if (response.status !== 200)
        throw new NotFoundError(
          versionNotFound(name, selector.version),
          { input: 'version' },
          'list the versions with mode: list',
        )
    }
    return await this.readVersion(this.json<{ model_version: MlflowModelVersion }>(response).model_version)
  }

  async list(name: string): Promise<readonly ModelVersionRef[]> {
    assertModelName(name)
    const versions: MlflowModelVersion[] = []
    let token: string | undefined
    do {
      const query = `filter=${encodeURIComponent(`name='${name}'`)}&max_results=200${token === undefined ? '' : `&page_token=${encodeURIComponent(token)}`}`
      const page = this.json<{ model_versions?: MlflowModelVersion[]; next_page_token?: string }>(
        await this.api('GET', `model-versions/search?${query}`),
      )
      versions.push(...(page.model_versions ?? []))
      token = page.next_page_token === '' ? undefined : page.next_page_token
    } while (token !== undefined)
    const refs: ModelVersionRef[] = []
    for (const mv of versions.sort((a, b) => Number(a.version) - Number(b.version))) {
      try {
        refs.push(await this.readVersion(mv))
      } catch (error) {
        if (!(error instanceof CorruptRecordError || error instanceof DigestMismatchError)) throw error
        this.logger.warning(skippedVersion(name, Number(mv.version), error.describe()))
      }
    }
    return refs
  }

  async aliases(name: string): Promise<Readonly<Record<string, number>>> {
    const response = await this.api('GET', `registered-models/get?name=${encodeURIComponent(name)}`, undefined, [404])
    if (response.status === 404) return {}
    const model = this.json<{ registered_model?: { aliases?: { alias: string; version: string }[] } }>(
      response,
    ).registered_model
    return Object.fromEntries((model?.aliases ?? []).map((entry) => [entry.alias, Number(entry.version)]))
  }

  async download(ref: ModelVersionRef, dir: string): Promise<void> {
    const response = await this.api(
      'GET',
      `model-versions/get?name=${encodeURIComponent(ref.name)}&version=${ref.version}`,
    )
    const path = this.sourcePath(this.json<{ model_version: MlflowModelVersion }>(response).model_version)
    for (const file of ref.card.files) {
      const bytes = await this.getArtifact(`${path}/files/${file.path}`)
      if (bytes === undefined)
        throw new DigestMismatchError(
          `file ${file.path} of ${ref.name} version ${ref.version} is missing from the artifact store`,
          { file: file.path },
          'the stored model was altered; re-register it',
        )
      await writeVerified(dir, file, bytes)
    }
  }

  async setAlias(name: string, alias: string, version: number, audit: AuditEvent): Promise<AliasEvent> {
    assertModelName(name)
    assertAlias(alias)
    await this.get(name, { version })
    const dir = `modelgate/${name}/aliases/${alias}`
    const keys = await this.eventKeys(dir)
    const last = keys[keys.length - 1]
    const previous = last === undefined ? undefined : (await this.readEvent(dir, last, alias))?.to
    const seq = Math.max(0, ...keys.map((key) => Number(EVENT_KEY.exec(key)?.[1] ?? 0))) + 1
    const event = makeAliasEvent(
      alias,
      previous ?? (await this.aliases(name))[alias],
      version,
      audit,
      new Date().toISOString(),
    )
    const key = `e${String(seq).padStart(8, '0')}-${randomBytes(6).toString('hex')}.json`
    await this.putArtifact(`${dir}/${key}`, Buffer.from(JSON.stringify(event)))
    await this.bringAliasToNewest(name, alias, dir)
    return event
  }

  /**
   * Points the MLflow alias at the newest event's version, re-reading after each move until the newest event is the
   * one it applied: the last of several concurrent moves to finish leaves the alias on the newest event.
   */
  private async bringAliasToNewest(name: string, alias: string, dir: string): Promise<void> {
    let applied: number | undefined
    for (let round = 0; round < CONVERGE_ROUNDS; round += 1) {
      const keys = await this.eventKeys(dir)
      const newest = keys[keys.length - 1]
      const target = newest === undefined ? undefined : (await this.readEvent(dir, newest, alias))?.to
      if (target === undefined || target === applied) return
      await this.api('POST', 'registered-models/alias', { name, alias, version: String(target) })
      applied = target
    }
  }

  private async eventKeys(dir: string): Promise<string[]> {
    return (await this.listArtifacts(dir))
      .map((path) => path.split('/').pop() ?? path)
      .filter((p) => p.endsWith('.json'))
      .sort()
  }

  /** One stored event; undefined (and a warning naming it) when it is missing or damaged. */
  private async readEvent(dir: string, key: string, alias: string): Promise<AliasEvent | undefined> {
    const bytes = await this.getArtifact(`${dir}/${key}`)
    if (bytes === undefined) return undefined
    try {
      return parseStoredAliasEvent(bytes.toString('utf8'), `${this.description} artifact ${dir}/${key}`, alias)
    } catch (error) {
      if (!(error instanceof CorruptRecordError)) throw error
      this.logger.warning(error.describe())
      return undefined
    }
  }

  /** Every readable move of `alias`, oldest first; a damaged event is named in a warning and skipped. */
  async aliasHistory(name: string, alias: string): Promise<readonly AliasEvent[]> {
    assertAlias(alias)
    const dir = `modelgate/${name}/aliases/${alias}`
    const events: AliasEvent[] = []
    for (const key of await this.eventKeys(dir)) {
      const event = await this.readEvent(dir, key, alias)
      if (event !== undefined) events.push(event)
    }
    return chainAliasEvents(events)
  }
}
