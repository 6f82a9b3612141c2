import { appendFile, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { digestMismatch } from '../../../src/core/registry/messages.js'
import { FileRegistry } from '../../../src/registry/file-registry.js'
import { DigestMismatchError } from '../../../src/registry/registry-errors.js'
import { draft, makeModelDir, registryContract } from '../../helpers/registry-contract.js'

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
})
