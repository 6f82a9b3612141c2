import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { modelDirectorySize } from '../../../src/evaluate-vs-champion/model-size.js'

describe('modelDirectorySize', () => {
  it('modelDirectorySize(dir) sums the regular files recursively; links count nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mg-model-size-'))
    await writeFile(join(dir, 'model.bin'), Buffer.alloc(1000))
    await mkdir(join(dir, 'tokenizer'))
    await writeFile(join(dir, 'tokenizer', 'vocab.txt'), 'abc')
    await symlink(join(dir, 'model.bin'), join(dir, 'alias.bin'))
    expect(await modelDirectorySize(dir)).toEqual({ bytes: 1003, files: 2 })
  })
  it('modelDirectorySize(undefined) names the input to set', async () => {
    expect(await modelDirectorySize(undefined)).toEqual({ missing: ['input candidate-model-dir'] })
  })
})
