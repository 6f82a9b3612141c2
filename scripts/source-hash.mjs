// The one fingerprint of what a bundle is built from. scripts/build.mjs writes it to dist/<name>/source-hash.txt;
// the bundle tests' global setup (test/setup/fresh-dist.ts) recomputes it and refuses to run yesterday's bundle.
// It must be the same on every machine (scripts/check-dist.mjs byte-compares dist/ with a fresh build in CI):
// paths are sorted and written with `/`, text is hashed with LF line ends, and nothing else (mtime, mode,
// absolute path, Node version) enters it.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Every file under this folder is an input of every bundle. */
export const SOURCE_DIR = 'src'

/** Build inputs outside src/ (src/tsconfig.json is under src/). */
export const BUILD_FILES = ['package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/entries.mjs']

/** The name of the file build.mjs writes into each dist/<name>/. */
export const SOURCE_HASH_FILE = 'source-hash.txt'

/** Relative paths (with `/`) of every file under `dir`, sorted by code unit so that no locale changes the order. */
function filesUnder(root, dir) {
  const files = []
  const walk = (relative) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      const path = `${relative}/${entry.name}`
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) files.push(path)
    }
  }
  walk(dir)
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The bytes with every CR LF as LF, so a Windows checkout (core.autocrlf) hashes as a Linux one. */
function withLf(bytes) {
  if (!bytes.includes(0x0d)) return bytes
  const out = Buffer.alloc(bytes.length)
  let length = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) continue
    out[length++] = bytes[i]
  }
  return out.subarray(0, length)
}

/**
 * sha256 (hex) over the bundles' inputs in `root`: every file under src/ by relative path and content,
 * package-lock.json, tsconfig.json, scripts/build.mjs, scripts/entries.mjs, and the `type` and `dependencies` of
 * package.json (its scripts and devDependencies do not change a bundle; ncc and TypeScript are pinned by the lock).
 * Each part is framed as `path NUL length NUL bytes`, so no two different trees give the same stream.
 */
export function sourceHash(root = process.cwd()) {
  const hash = createHash('sha256')
  const add = (name, bytes) => {
    hash.update(`${name}\0${bytes.length}\0`)
    hash.update(bytes)
  }
  for (const path of [...filesUnder(root, SOURCE_DIR), ...BUILD_FILES])
    add(path, withLf(readFileSync(join(root, path))))
  const { type, dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  add('package.json#type,dependencies', Buffer.from(JSON.stringify({ type, dependencies })))
  return hash.digest('hex')
}
