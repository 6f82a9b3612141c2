import { spawn } from 'node:child_process'
import { appendFile, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { digestMismatch } from '../../../src/core/registry/messages.js'
import { FileRegistry } from '../../../src/registry/file-registry.js'
import { DigestMismatchError } from '../../../src/registry/registry-errors.js'
import { draft, makeModelDir, registryContract } from './registry-contract.js'

const fresh = async (): Promise<FileRegistry> => new FileRegistry(await mkdtemp(join(tmpdir(), 'modelgate-reg-')))

describe('file registry', () => {
  registryContract(fresh)

  it('fails loudly when a stored file was altered (tamper test)', async () => {
    const registry = await fresh()
    const ref = await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    await appendFile(join(registry.root, 'churn', 'versions', '1', 'files', 'model.json'), ' ')
    const out = await mkdtemp(join(tmpdir(), 'modelgate-dl-'))
    const file = ref.card.files.find((f) => f.path === 'model.json')
    expect(file).toBeDefined()
    await expect(registry.download(ref, out)).rejects.toBeInstanceOf(DigestMismatchError)
    await expect(readFile(join(out, 'model.json'))).rejects.toThrow(/ENOENT/)
    // Same size tampering is caught by the hash, not only the size.
    const registry2 = await fresh()
    const ref2 = await registry2.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    const path = join(registry2.root, 'churn', 'versions', '1', 'files', 'model.json')
    const original = await readFile(path, 'utf8')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(path, original.replace('"a"', '"b"'))
    const expected = ref2.card.files.find((f) => f.path === 'model.json')?.sha256 ?? ''
    await expect(registry2.download(ref2, out)).rejects.toThrow(
      new RegExp(digestMismatch('model.json', expected, '[0-9a-f]{64}').replace(/[()]/g, '\\$&')),
    )
  })

  it('gives 8 concurrent processes 8 distinct versions and loses none', async () => {
    const root = await mkdtemp(join(tmpdir(), 'modelgate-reg-'))
    const script = resolve('test/unit/registry/register-child.ts')
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
