import { randomBytes } from 'node:crypto'
import { makeAliasEvent } from '../core/registry/make-alias-event.js'
import { mkdir, open, readdir, readFile, rename, stat, writeFile, copyFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { AliasEvent, AuditEvent, ModelCard } from '../core/registry/model-card.js'
import { aliasNotFound, versionExists, versionNotFound } from '../core/registry/messages.js'
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
import { NotFoundError, VersionExistsError } from './registry-errors.js'

/**
 * A registry in a directory:
 *
 *     <root>/<name>/versions/<n>/card.json     the model card (written last, by rename: its presence marks a complete version)
 *     <root>/<name>/versions/<n>/files/<path>  the model files
 *     <root>/<name>/aliases/<alias>/<seq>.json one audit event per move; the highest seq is the current target
 *
 * Version numbers are claimed with `mkdir` (atomic, fails with EEXIST when another process got there
 * first), so concurrent registrations from many processes get distinct versions and lose none.
 * Alias events are claimed the same way with exclusive create (`open(…, 'wx')`).
 */
export class FileRegistry implements ModelRegistry {
  readonly root: string
  readonly description: string

  constructor(root: string) {
    this.root = resolve(root)
    this.description = `file:${this.root}`
  }

  private versionsDir(name: string): string {
    return join(this.root, name, 'versions')
  }

  private async versionNumbers(name: string): Promise<number[]> {
    const entries = await readdir(this.versionsDir(name)).catch(() => [] as string[])
    return entries
      .filter((entry) => /^[1-9]\d*$/.test(entry))
      .map(Number)
      .sort((a, b) => a - b)
  }

  async register(request: RegisterRequest): Promise<ModelVersionRef> {
    assertModelName(request.name)
    const files = await collectModelFiles(request.modelDir)
    const single = (await stat(request.modelDir)).isFile()
    await mkdir(this.versionsDir(request.name), { recursive: true })
    let version: number
    if (request.version !== undefined) {
      version = request.version
      try {
        await mkdir(join(this.versionsDir(request.name), String(version)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new VersionExistsError(
            versionExists(request.name, version),
            { input: 'version' },
            'leave version empty to get the next free one',
          )
        }
        throw error
      }
    } else {
      const existing = await this.versionNumbers(request.name)
      version = (existing[existing.length - 1] ?? 0) + 1
      for (;;) {
        try {
          await mkdir(join(this.versionsDir(request.name), String(version)))
          break
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
          version += 1
        }
      }
    }
    const dir = join(this.versionsDir(request.name), String(version))
    const filesDir = join(dir, 'files')
    for (const file of files) {
      const source = single ? request.modelDir : join(request.modelDir, ...file.path.split('/'))
      const target = safeJoin(filesDir, file.path)
      await mkdir(join(target, '..'), { recursive: true })
      await copyFile(source, target)
    }
    const card: ModelCard = { ...request.card, name: request.name, version, files }
    const text = `${JSON.stringify(card, null, 2)}\n`
    const temp = join(dir, `.card.${randomBytes(6).toString('hex')}.json`)
    await writeFile(temp, text)
    await rename(temp, join(dir, 'card.json'))
    return { name: request.name, version, digest: digestOf(text), card, aliases: [] }
  }

  private async readVersion(
    name: string,
    version: number,
    aliases: Readonly<Record<string, number>>,
  ): Promise<ModelVersionRef | undefined> {
    const text = await readFile(join(this.versionsDir(name), String(version), 'card.json'), 'utf8').catch(
      () => undefined,
    )
    if (text === undefined) return undefined
    const card = JSON.parse(text) as ModelCard
    const names = Object.entries(aliases)
      .filter(([, v]) => v === version)
      .map(([a]) => a)
      .sort()
    return { name, version, digest: digestOf(text), card, aliases: names }
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

  async list(name: string): Promise<readonly ModelVersionRef[]> {
    assertModelName(name)
    const aliases = await this.aliases(name)
    const refs: ModelVersionRef[] = []
    for (const version of await this.versionNumbers(name)) {
      const ref = await this.readVersion(name, version, aliases)
      if (ref !== undefined) refs.push(ref)
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
    const dir = join(this.root, name, 'aliases', alias)
    await mkdir(dir, { recursive: true })
    for (;;) {
      // The sequence number counts files, not complete events: a move being written by another process
      // already holds its number.
      const taken = (await readdir(dir)).filter((entry) => /^\d{8}\.json$/.test(entry)).length
      const seq = taken + 1
      const history = await this.aliasHistory(name, alias)
      const previous = history[history.length - 1]?.to
      const event = makeAliasEvent(alias, previous, version, audit, new Date().toISOString())
      try {
        const handle = await open(join(dir, `${String(seq).padStart(8, '0')}.json`), 'wx')
        await handle.writeFile(`${JSON.stringify(event)}\n`)
        await handle.close()
        return event
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    }
  }

  async aliasHistory(name: string, alias: string): Promise<readonly AliasEvent[]> {
    const dir = join(this.root, name, 'aliases', alias)
    const entries = (await readdir(dir).catch(() => [] as string[]))
      .filter((entry) => /^\d{8}\.json$/.test(entry))
      .sort()
    const events: AliasEvent[] = []
    for (const entry of entries) {
      const text = await readFile(join(dir, entry), 'utf8')
      if (text.trim() === '') continue
      events.push(JSON.parse(text) as AliasEvent)
    }
    return events
  }
}
