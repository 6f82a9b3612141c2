// Across processes, the file registry's version claims race for real: eight children wait for one start instant
// (an 8 s barrier, so every child has loaded before any registers) and must get eight distinct versions.
import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FileRegistry } from '../../src/registry/file-registry.js'

const script = fileURLToPath(new URL('../helpers/register-child.ts', import.meta.url))

describe('file registry across processes', () => {
  it('gives 8 concurrent processes 8 distinct versions and loses none', async () => {
    const root = await mkdtemp(join(tmpdir(), 'modelgate-reg-'))
    const startAt = String(Date.now() + 8000)
    const children = Array.from(
      { length: 8 },
      (_, i) =>
        new Promise<string>((done, fail) => {
          const child = spawn(process.execPath, ['--import', 'tsx', script, root, `p${i}`, startAt], {
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: false,
          })
          let out = ''
          let err = ''
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
          child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
          child.on('exit', (code) =>
            code === 0 ? done(out.trim()) : fail(new Error(`child ${i} exited ${code}: ${err}`)),
          )
        }),
    )
    const versions = (await Promise.all(children)).map(Number)
    expect(new Set(versions).size).toBe(8)
    expect([...versions].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    const listed = await new FileRegistry(root).list('race')
    expect(listed.map((ref) => ref.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  }, 120_000)
})
