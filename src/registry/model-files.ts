import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { Stats } from 'node:fs'
import { mkdir, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import { ConfigurationError, type Wording } from '../core/errors.js'
import type { ModelFile } from '../core/registry/model-card.js'
import { digestMismatch, invalidAlias, invalidModelName, sizeMismatch } from '../core/registry/messages.js'
import {
  notARegularFile,
  notARegularFileHint,
  symlinkBroken,
  symlinkBrokenHint,
  symlinkLoop,
  symlinkLoopHint,
  symlinkOutside,
  symlinkOutsideHint,
} from '../core/registry/storage-messages.js'
import { validateRegistryName } from '../core/registry/validate-registry-names.js'
import { sha256File } from '../io/hash-file.js'
import { DigestMismatchError } from './registry-errors.js'

/** Whether `path` is `dir` or inside it (both real paths). */
function isInside(dir: string, path: string): boolean {
  const rest = relative(dir, path)
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest))
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'named pipe (FIFO)'
  if (info.isSocket()) return 'socket'
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'device'
  return 'special file'
}

/**
 * Every regular file under `dir` (recursively) with its sha256 and size; paths are POSIX, relative to `dir`.
 * A symbolic link is stored as the file (or folder) it points to when that is inside `dir`, under the link's own
 * name; a link that leads outside `dir`, a broken link, a link loop and any special file (FIFO, socket, device) are
 * refused, naming the entry: nothing is dropped silently.
 * @throws ConfigurationError naming the entry and the input (`options.input`, default `model-path`)
 */
export async function collectModelFiles(dir: string, options: { input?: string } = {}): Promise<ModelFile[]> {
  const input = options.input ?? 'model-path'
  const info = await stat(dir).catch(() => undefined)
  if (info === undefined) {
    throw new ConfigurationError(
      `model path ${dir} does not exist`,
      { input, file: dir },
      (w) => `point ${w.name(input)} at the directory (or file) the training wrote`,
    )
  }
  const files: ModelFile[] = []
  if (info.isFile()) {
    const name = dir.split(sep).pop() ?? 'model'
    return [{ path: name, sha256: await sha256File(dir), size: info.size }]
  }
  const root = await realpath(dir)
  const refuse = (message: string, file: string, hint: Wording): never => {
    throw new ConfigurationError(message, { input, file }, hint)
  }
  async function walk(current: string, ancestors: ReadonlySet<string>): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true })
    for (const entry of entries) {
      const full = join(current, entry.name)
      let target = full
      if (entry.isSymbolicLink()) {
        const real = await realpath(full).catch(() => undefined)
        if (real === undefined) return refuse(symlinkBroken(full), full, symlinkBrokenHint())
        if (!isInside(root, real)) return refuse(symlinkOutside(full, real, dir), full, symlinkOutsideHint(input))
        target = real
      }
      const entryInfo = await stat(target)
      if (entryInfo.isDirectory()) {
        const real = await realpath(target)
        if (ancestors.has(real)) return refuse(symlinkLoop(full, real), full, symlinkLoopHint())
        await walk(full, new Set([...ancestors, real]))
      } else if (entryInfo.isFile()) {
        files.push({
          path: relative(dir, full).split(sep).join('/'),
          sha256: await sha256File(full),
          size: entryInfo.size,
        })
      } else refuse(notARegularFile(full, kindOf(entryInfo)), full, notARegularFileHint())
    }
  }
  await walk(dir, new Set([root]))
  if (files.length === 0) {
    throw new ConfigurationError(
      `model path ${dir} holds no files`,
      { input, file: dir },
      (w) => `train the model first, or point ${w.name(input)} at the right directory`,
    )
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The absolute path of a card file inside the model dir (or the file itself when the model is one file). */
export function sourcePath(modelDir: string, file: ModelFile, isSingleFile: boolean): string {
  return isSingleFile ? modelDir : join(modelDir, ...file.path.split('/'))
}

/** Refuses card paths that would escape the download directory (`..`, absolute). */
export function safeJoin(dir: string, path: string): string {
  if (path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '')) {
    throw new DigestMismatchError(
      `model card file path "${path}" is not a safe relative path`,
      { file: path },
      'the stored model card was altered',
    )
  }
  return join(dir, ...path.split('/'))
}

/**
 * Streams `chunks` into a temporary file beside `dir/file.path` while hashing them, then checks size and
 * sha256 before the rename: a mismatch removes the temporary file and throws DigestMismatchError, so a
 * tampered file never appears under its name. Memory stays flat whatever the model's size.
 */
export async function writeVerified(
  dir: string,
  file: ModelFile,
  chunks: AsyncIterable<Uint8Array> | Uint8Array,
): Promise<void> {
  const target = safeJoin(dir, file.path)
  await mkdir(dirname(target), { recursive: true })
  const temp = `${target}.${randomBytes(6).toString('hex')}.partial`
  const hash = createHash('sha256')
  let size = 0
  const handle = await open(temp, 'wx')
  try {
    const source = chunks instanceof Uint8Array ? [chunks] : chunks
    for await (const chunk of source) {
      hash.update(chunk)
      size += chunk.length
      if (size > file.size) break
      await handle.write(chunk)
    }
    await handle.close()
    const actual = hash.digest('hex')
    if (size !== file.size)
      throw new DigestMismatchError(
        sizeMismatch(file.path, file.size, size),
        { file: file.path },
        'do not deploy this model; re-register it from its training run',
      )
    if (actual !== file.sha256)
      throw new DigestMismatchError(
        digestMismatch(file.path, file.sha256, actual),
        { file: file.path },
        'do not deploy this model; re-register it from its training run',
      )
    await rename(temp, target)
  } finally {
    await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
  }
}

/** Streams a local file for writeVerified. */
export function readChunks(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path) as AsyncIterable<Uint8Array>
}

export function assertModelName(name: string): void {
  if (validateRegistryName('model', name) !== undefined) {
    throw new ConfigurationError(invalidModelName(name), { input: 'model-name' }, 'rename the model, e.g. churn-model')
  }
}

export function assertAlias(alias: string): void {
  if (validateRegistryName('alias', alias) !== undefined) {
    throw new ConfigurationError(
      invalidAlias(alias),
      { input: 'alias' },
      'use a word such as champion, challenger or staging',
    )
  }
}

/** sha256 of bytes as an OCI digest string. */
export function digestOf(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
