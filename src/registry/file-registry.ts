import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import type { Logger } from '../core/logger.js'
import { makeAliasEvent } from '../core/registry/make-alias-event.js'
import type { AliasEvent, AuditEvent, ModelCard } from '../core/registry/model-card.js'
import { aliasNotFound, versionNotFound } from '../core/registry/messages.js'
import {
  cardAlteredHint,
  cardPinMismatch,
  cardPinMissing,
  incompleteVersion,
  incompleteVersionHint,
  skippedVersion,
} from '../core/registry/storage-messages.js'
import type { ModelRegistry, ModelVersionRef, RegisterRequest, VersionSelector } from './model-registry.js'
import {
  assertAlias,
  assertModelName,
  collectModelFiles,
  digestOf,
  readChunks,
  safeJoin,
  writeVerified,
} from './model-files.js'
import { CorruptRecordError, DigestMismatchError, NotFoundError, versionTaken } from './registry-errors.js'
import { parseStoredAliasEvent, parseStoredCard } from './stored-record.js'

/** Points inside a registration or an alias move where a test may stop the process (kill -9 tests). */
export type FileRegistryStage = 'register:files' | 'register:card' | 'alias:event'

export interface FileRegistryOptions {
  /** Where skipped (damaged) versions and alias events are reported; default: nowhere. */
  readonly logger?: Pick<Logger, 'warning'>
  /** Called at each stage; a test helper pauses there so that a parent can SIGKILL the process. */
  readonly checkpoint?: (stage: FileRegistryStage) => Promise<void> | void
}

/** What a killed process left behind is removed after this long even when its pid looks alive (pid reuse). */
const STALE_LEFTOVER_MS = 24 * 60 * 60 * 1000
const EVENT_FILE = /^(\d{8})\.json$/

const errnoCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code

/** `<host>.<pid>.<random>`: names what this process is writing, so that a later process can tell it was killed. */
const ownName = (): string => `${hostname()}.${process.pid}.${randomBytes(6).toString('hex')}`

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoCode(error) === 'EPERM'
  }
}

/**
 * A registry in a directory:
 *
 *     <root>/<name>/versions/<n>/card.json      the model card
 *     <root>/<name>/versions/<n>/card.sha256    the card's digest at registration (verified on every read)
 *     <root>/<name>/versions/<n>/files/<path>   the model files
 *     <root>/<name>/.staging/<host>.<pid>.<id>/ a registration being built (never read as a version)
 *     <root>/<name>/aliases/<alias>/<seq>.json  one audit event per move; the highest seq is the current target
 *     <root>/<name>/aliases/<alias>/.<host>.<pid>.<id>.tmp  an event being written
 *
 * Crash safety: a registration is built whole in a staging folder and claims its version number by renaming that
 * folder to `versions/<n>` (atomic; it fails when `<n>` is taken, and the registration tries `<n + 1>`). A version
 * folder therefore either holds a complete version or does not exist: a process killed at any point leaves at
 * most a staging folder or a temporary event file, which the next registration or move removes. An alias event is written to a temporary file and
 * published with `link` to its sequence number (atomic, fails with EEXIST when another move got that number
 * first), so an event file is always complete, concurrent moves from any number of processes all land, in order,
 * and each event's `from` is the event before it.
 */
export class FileRegistry implements ModelRegistry {
  readonly root: string
  readonly description: string
  private readonly options: FileRegistryOptions

  constructor(root: string, options: FileRegistryOptions = {}) {
    this.root = resolve(root)
    this.description = `file:${this.root}`
    this.options = options
  }

  private versionsDir(name: string): string {
    return join(this.root, name, 'versions')
  }

  private aliasDir(name: string, alias: string): string {
    return join(this.root, name, 'aliases', alias)
  }

  private async checkpoint(stage: FileRegistryStage): Promise<void> {
    await this.options.checkpoint?.(stage)
  }

  private async versionNumbers(name: string): Promise<number[]> {
    const entries = await readdir(this.versionsDir(name)).catch(() => [] as string[])
    return entries
      .filter((entry) => /^[1-9]\d*$/.test(entry))
      .map(Number)
      .sort((a, b) => a - b)
  }

  /**
   * Removes the entries of `dir` named `<prefix><host>.<pid>.<id><suffix>` (staging folders, temporary event files)
   * whose process is gone (same host) or that are older than a day: what a killed process left behind.
   */
  private async removeLeftovers(dir: string, prefix: string, suffix: string): Promise<void> {
    const host = hostname()
    for (const entry of await readdir(dir).catch(() => [] as string[])) {
      if (!entry.startsWith(prefix) || !entry.endsWith(suffix)) continue
      const match = /^(.+)\.(\d+)\.[0-9a-f]+$/.exec(entry.slice(prefix.length, entry.length - suffix.length))
      const full = join(dir, entry)
      const age = Date.now() - ((await stat(full).catch(() => undefined))?.mtimeMs ?? Date.now())
      const dead = match !== null && match[1] === host && !processAlive(Number(match[2]))
      if (dead || age > STALE_LEFTOVER_MS) await rm(full, { recursive: true, force: true })
    }
  }

  async register(request: RegisterRequest): Promise<ModelVersionRef> {
    assertModelName(request.name)
    const files = await collectModelFiles(request.modelDir)
    const single = (await stat(request.modelDir)).isFile()
    const stagingRoot = join(this.root, request.name, '.staging')
    await mkdir(stagingRoot, { recursive: true })
    await mkdir(this.versionsDir(request.name), { recursive: true })
    await this.removeLeftovers(stagingRoot, '', '')
    const staging = join(stagingRoot, ownName())
    try {
      await mkdir(staging)
      const filesDir = join(staging, 'files')
      for (const file of files) {
        const source = single ? request.modelDir : join(request.modelDir, ...file.path.split('/'))
        const target = safeJoin(filesDir, file.path)
        await mkdir(join(target, '..'), { recursive: true })
        await copyFile(source, target)
        await this.checkpoint('register:files')
      }
      let version = request.version ?? ((await this.versionNumbers(request.name)).pop() ?? 0) + 1
      for (;;) {
        const card: ModelCard = { ...request.card, name: request.name, version, files }
        const text = `${JSON.stringify(card, null, 2)}\n`
        const digest = digestOf(text)
        await writeFile(join(staging, 'card.json'), text)
        await writeFile(join(staging, 'card.sha256'), `${digest}\n`)
        await this.checkpoint('register:card')
        try {
          await rename(staging, join(this.versionsDir(request.name), String(version)))
          return { name: request.name, version, digest, card, aliases: [] }
        } catch (error) {
          if (errnoCode(error) !== 'ENOTEMPTY' && errnoCode(error) !== 'EEXIST') throw error
        }
        if (request.version !== undefined) throw versionTaken(request.name, version)
        version += 1
      }
    } finally {
      await rm(staging, { recursive: true, force: true })
    }
  }

  /**
   * The version as stored, or undefined when its folder does not exist.
   * @throws CorruptRecordError (no card, damaged card, the card of another version), DigestMismatchError (edited card)
   */
  private async readVersion(
    name: string,
    version: number,
    aliases: Readonly<Record<string, number>>,
  ): Promise<ModelVersionRef | undefined> {
    const dir = join(this.versionsDir(name), String(version))
    if ((await stat(dir).catch(() => undefined))?.isDirectory() !== true) return undefined
    const cardPath = join(dir, 'card.json')
    const text = await readFile(cardPath, 'utf8').catch((error: unknown) => {
      if (errnoCode(error) === 'ENOENT')
        throw new CorruptRecordError(incompleteVersion(dir), { file: dir }, incompleteVersionHint())
      throw error
    })
    const pinPath = join(dir, 'card.sha256')
    const pin = (await readFile(pinPath, 'utf8').catch(() => undefined))?.trim()
    const digest = digestOf(text)
    if (pin === undefined)
      throw new DigestMismatchError(cardPinMissing(cardPath, pinPath), { file: cardPath }, cardAlteredHint())
    if (pin !== digest)
      throw new DigestMismatchError(cardPinMismatch(cardPath, pin, digest), { file: cardPath }, cardAlteredHint())
    const card = parseStoredCard(text, cardPath, { name, version })
    const names = Object.entries(aliases)
      .filter(([, v]) => v === version)
      .map(([a]) => a)
      .sort()
    return { name, version, digest, card, aliases: names }
  }

  async get(name: string, selector: VersionSelector): Promise<ModelVersionRef> {
    assertModelName(name)
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
    const ref = await this.readVersion(name, version, aliases)
    if (ref === undefined)
      throw new NotFoundError(versionNotFound(name, version), { input: 'version' }, 'list the versions with mode: list')
    return ref
  }

  /** Every readable version; a damaged one is named in a warning and skipped. */
  async list(name: string): Promise<readonly ModelVersionRef[]> {
    assertModelName(name)
    const aliases = await this.aliases(name)
    const refs: ModelVersionRef[] = []
    for (const version of await this.versionNumbers(name)) {
      try {
        const ref = await this.readVersion(name, version, aliases)
        if (ref !== undefined) refs.push(ref)
      } catch (error) {
        if (!(error instanceof CorruptRecordError || error instanceof DigestMismatchError)) throw error
        this.options.logger?.warning(skippedVersion(name, version, error.describe()))
      }
    }
    return refs
  }

  async aliases(name: string): Promise<Readonly<Record<string, number>>> {
    const dir = join(this.root, name, 'aliases')
    const result: Record<string, number> = {}
    for (const alias of await readdir(dir).catch(() => [] as string[])) {
      const history = await this.aliasHistory(name, alias)
      const last = history[history.length - 1]
      if (last?.to !== undefined) result[alias] = last.to
    }
    return result
  }

  async download(ref: ModelVersionRef, dir: string): Promise<void> {
    const filesDir = join(this.versionsDir(ref.name), String(ref.version), 'files')
    for (const file of ref.card.files) {
      await writeVerified(dir, file, readChunks(safeJoin(filesDir, file.path)))
    }
  }

  async setAlias(name: string, alias: string, version: number, audit: AuditEvent): Promise<AliasEvent> {
    assertModelName(name)
    assertAlias(alias)
    await this.get(name, { version })
    const dir = this.aliasDir(name, alias)
    await mkdir(dir, { recursive: true })
    await this.removeLeftovers(dir, '.', '.tmp')
    const temp = join(dir, `.${ownName()}.tmp`)
    try {
      for (;;) {
        // Every event file below the claimed number is complete (published by link), so the history read after
        // listing holds every event before ours, and `from` is the target of the one just before it.
        const taken = (await readdir(dir)).map((entry) => EVENT_FILE.exec(entry)?.[1]).filter((n) => n !== undefined)
        const seq = Math.max(0, ...taken.map(Number)) + 1
        const history = await this.aliasHistory(name, alias)
        const previous = history[history.length - 1]?.to
        const event = makeAliasEvent(alias, previous, version, audit, new Date().toISOString())
        await writeFile(temp, `${JSON.stringify(event)}\n`)
        await this.checkpoint('alias:event')
        try {
          await link(temp, join(dir, `${String(seq).padStart(8, '0')}.json`))
          return event
        } catch (error) {
          if (errnoCode(error) !== 'EEXIST') throw error
        }
      }
    } finally {
      await unlink(temp).catch(() => undefined)
    }
  }

  /** Every readable move of `alias`, oldest first; a damaged event is named in a warning and skipped. */
  async aliasHistory(name: string, alias: string): Promise<readonly AliasEvent[]> {
    const dir = this.aliasDir(name, alias)
    const entries = (await readdir(dir).catch(() => [] as string[])).filter((entry) => EVENT_FILE.test(entry)).sort()
    const events: AliasEvent[] = []
    for (const entry of entries) {
      const path = join(dir, entry)
      try {
        events.push(parseStoredAliasEvent(await readFile(path, 'utf8'), path, alias))
      } catch (error) {
        if (!(error instanceof CorruptRecordError)) throw error
        this.options.logger?.warning(error.describe())
      }
    }
    return events
  }
}
