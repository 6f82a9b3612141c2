import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { checkArtifactName } from '../core/registry/check-artifact-name.js'
import { invalidArtifactName, invalidArtifactNameHint } from '../core/registry/storage-messages.js'
import { sha256File } from '../io/hash-file.js'

/** Every regular file under `dir`, recursively (absolute paths). */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(path))
    else if (entry.isFile()) out.push(path)
  }
  return out
}

/** True inside a runner that can upload artifacts / use the cache service. */
export function hasActionsRuntime(env: Readonly<Record<string, string | undefined>>): boolean {
  return (env.ACTIONS_RUNTIME_TOKEN ?? '') !== '' && (env.ACTIONS_RESULTS_URL ?? '') !== ''
}

export interface UploadResult {
  readonly id: number | null
  readonly localCopy: string | null
  readonly files: number
}

/**
 * Refuses an artifact name GitHub would refuse or that would leave `<workDir>/artifacts/` (`/`, `..`, control
 * characters): checkArtifactName.
 * @throws ConfigurationError naming the input artifact-name
 */
export function assertArtifactName(name: string): void {
  const why = checkArtifactName(name)
  if (why !== undefined)
    throw new ConfigurationError(invalidArtifactName(name, why), { input: 'artifact-name' }, invalidArtifactNameHint())
}

/**
 * Uploads `dir` as artifact `name` with @actions/artifact on a runner; elsewhere copies it to
 * `<workDir>/artifacts/<name>` and says so.
 * @throws ConfigurationError when `name` is not a valid artifact name (assertArtifactName)
 */
export async function uploadDirectory(
  name: string,
  dir: string,
  options: {
    env: Readonly<Record<string, string | undefined>>
    workDir: string
    retentionDays: number | undefined
    logger: Logger
    /** The files to keep (absolute, under `dir`); default every regular file under it (listFiles). */
    files?: readonly string[]
  },
): Promise<UploadResult> {
  assertArtifactName(name)
  const files = options.files !== undefined ? [...options.files] : statSync(dir).isDirectory() ? listFiles(dir) : [dir]
  const root = statSync(dir).isDirectory() ? dir : resolve(dir, '..')
  if (hasActionsRuntime(options.env)) {
    // Loaded on demand: the CLI and tests never need them. Dynamic import also makes ncc resolve these ESM-only
    // packages under the "import" condition (a static import failed to bundle with "require").
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    const response = await client.uploadArtifact(
      name,
      files,
      root,
      options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays },
    )
    return { id: response.id ?? null, localCopy: null, files: files.length }
  }
  const target = join(options.workDir, 'artifacts', name)
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  // dereference: a kept symbolic link is copied as the file it points to, as the artifact upload reads it.
  for (const file of files) cpSync(file, join(target, relative(root, file)), { recursive: true, dereference: true })
  return { id: null, localCopy: target, files: files.length }
}

/** One file a cache key is taken over: its workspace-relative path (POSIX separators) and where to read it. */
export interface CacheKeyFile {
  readonly key: string
  readonly path: string
}

/**
 * `prefix` + sha256 over each declared file's workspace-relative path and the sha256 of its contents (sorted by
 * that path, streamed). Relative paths, not absolute ones: the same checkout in another workspace folder (another
 * runner, another runner name) gets the same key, as actions/cache's `hashFiles` does.
 */
export async function cacheKey(prefix: string, files: readonly CacheKeyFile[]): Promise<string> {
  const hash = createHash('sha256')
  const sorted = [...files].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  for (const file of sorted) hash.update(`${file.key}\0${await sha256File(file.path)}\n`)
  return `${prefix}${hash.digest('hex')}`
}

/** `file` (resolved against `cwd`) as a cache key part: its path relative to `root` (the workspace), POSIX. */
export function cacheKeyFile(root: string, cwd: string, file: string): CacheKeyFile {
  const path = resolve(cwd, file)
  return { key: relative(root, path).split(sep).join('/'), path }
}

function localCacheDir(workDir: string, key: string): string {
  return join(workDir, 'cache', key.replace(/[^A-Za-z0-9_.-]/g, '_'))
}

/** Restores `paths` under `key`; returns whether it was a hit and where the cache lives. */
export async function restorePaths(
  paths: readonly string[],
  key: string,
  options: { env: Readonly<Record<string, string | undefined>>; workDir: string },
): Promise<{ hit: boolean; backend: 'actions-cache' | 'local' }> {
  if (hasActionsRuntime(options.env)) {
    const cache = await import('@actions/cache')
    if (cache.isFeatureAvailable()) {
      const restored = await cache.restoreCache([...paths], key)
      return { hit: restored !== undefined, backend: 'actions-cache' }
    }
  }
  const dir = localCacheDir(options.workDir, key)
  if (!existsSync(dir)) return { hit: false, backend: 'local' }
  paths.forEach((path, i) => {
    const saved = join(dir, String(i))
    if (existsSync(saved)) cpSync(saved, resolve(path), { recursive: true })
  })
  return { hit: true, backend: 'local' }
}

/** Saves `paths` under `key` (post step, on a miss). */
export async function savePaths(
  paths: readonly string[],
  key: string,
  options: { env: Readonly<Record<string, string | undefined>>; workDir: string },
): Promise<'actions-cache' | 'local'> {
  if (hasActionsRuntime(options.env)) {
    const cache = await import('@actions/cache')
    if (cache.isFeatureAvailable()) {
      await cache.saveCache([...paths], key)
      return 'actions-cache'
    }
  }
  const dir = localCacheDir(options.workDir, key)
  paths.forEach((path, i) => {
    if (existsSync(path)) cpSync(resolve(path), join(dir, String(i)), { recursive: true })
  })
  return 'local'
}
