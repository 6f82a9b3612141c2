import { sha256Hex } from './sha256.js'

/** One file of a model, as the model card lists it (path relative to the model directory, POSIX separators). */
export interface DigestedFile {
  readonly path: string
  readonly size: number
  readonly sha256: string
}

const encoder = new TextEncoder()

/** Orders paths by their UTF-8 bytes, so any implementation (Go, Python, sort(1) with LC_ALL=C) agrees. */
function byUtf8(a: string, b: string): number {
  const x = encoder.encode(a)
  const y = encoder.encode(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0)
  return x.length - y.length
}

/**
 * The canonical listing a model digest is taken over: one line `<sha256> <size> <path>\n` per file (lower-case hex,
 * decimal bytes, the POSIX path), sorted by the path's UTF-8 bytes. The same listing on every backend, whatever
 * order the files were stored in.
 * @throws {RangeError} when there is no file, a sha256 is not 64 lower-case hex digits, a size is not a
 *   non-negative integer, a path holds a line break, or two files share a path
 * @example modelFileListing([{ path: 'b.txt', size: 1, sha256: 'b'.repeat(64) }, { path: 'a.txt', size: 2, sha256: 'a'.repeat(64) }]).split('\n')[0]?.slice(65) // => '2 a.txt'
 */
export function modelFileListing(files: readonly DigestedFile[]): string {
  if (files.length === 0) throw new RangeError('modelFileListing: a model needs at least one file')
  const sorted = [...files].sort((a, b) => byUtf8(a.path, b.path))
  return sorted
    .map((file, index) => {
      if (!/^[0-9a-f]{64}$/.test(file.sha256))
        throw new RangeError(`modelFileListing: "${file.path}" needs a 64-digit lower-case hex sha256`)
      if (!Number.isSafeInteger(file.size) || file.size < 0)
        throw new RangeError(`modelFileListing: "${file.path}" needs a non-negative integer size`)
      if (file.path === '' || /[\n\r]/.test(file.path))
        throw new RangeError(`modelFileListing: file path ${JSON.stringify(file.path)} is empty or holds a line break`)
      if (index > 0 && sorted[index - 1]?.path === file.path)
        throw new RangeError(`modelFileListing: "${file.path}" is listed twice`)
      return `${file.sha256} ${file.size} ${file.path}\n`
    })
    .join('')
}

/**
 * The model digest, defined once for every backend: `sha256:` and the SHA-256 of `modelFileListing(files)`. It
 * names the model by content (file paths, sizes and contents), so a report, a signed statement and a model card
 * can say which model they are about, and a changed file changes it.
 * @throws {RangeError} as modelFileListing
 * @example modelDigest([{ path: 'model.json', size: 3, sha256: 'a'.repeat(64) }]) // => 'sha256:a44022308cffb7225d54d75ba0b0f33036ea944c71acb04dc53cb6a29bd4af3f'
 */
export function modelDigest(files: readonly DigestedFile[]): string {
  return `sha256:${sha256Hex(encoder.encode(modelFileListing(files)))}`
}
