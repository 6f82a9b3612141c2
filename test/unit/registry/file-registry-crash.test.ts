// kill -9 in the middle of a registration or an alias move (issue #15 item 9): a child process stops at a named
// stage of the file registry (FileRegistryOptions.checkpoint, test/helpers/registry-crash-child.ts), the test
// SIGKILLs it there, and the registry must tell one consistent story afterwards: no half-made version, no
// "no version 1" beside "version 1 exists", and the next registration or move works.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { versionNotFound } from '../../../src/core/registry/messages.js'
import { FileRegistry, type FileRegistryStage } from '../../../src/registry/file-registry.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { draft, makeModelDir } from '../../helpers/registry-contract.js'

const child = fileURLToPath(new URL('../../helpers/registry-crash-child.ts', import.meta.url))

/** Runs the child until it prints `paused <stage>`, then kills it with SIGKILL; resolves with the exit signal. */
async function killAt(root: string, action: 'register' | 'alias', stage: FileRegistryStage, arg: string) {
  return await new Promise<NodeJS.Signals | null>((done, fail) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, root, action, stage, arg], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
    })
    let out = ''
    let err = ''
    process_.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes(`paused ${stage}`)) process_.kill('SIGKILL')
    })
    process_.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    process_.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? done(signal) : fail(new Error(`child exited ${code} without pausing: ${out}${err}`)),
    )
  })
}

describe('file registry after kill -9', () => {
  for (const stage of ['register:files', 'register:card'] as const) {
    it(`register() killed at ${stage} leaves no version, and the next registration is version 1`, async () => {
      const root = await mkdtemp(join(tmpdir(), 'modelgate-crash-'))
      expect(await killAt(root, 'register', stage, await makeModelDir('killed'))).toBe('SIGKILL')
      const logger = recordingLogger()
      const registry = new FileRegistry(root, { logger })
      expect(await registry.list('churn')).toEqual([])
      await expect(registry.get('churn', { version: 1 })).rejects.toThrow(versionNotFound('churn', 1))
      // The killed registration's staging folder is there until the next registration removes it.
      expect(await readdir(join(root, 'churn', '.staging'))).toHaveLength(1)
      const ref = await registry.register({
        name: 'churn',
        modelDir: await makeModelDir('next'),
        card: draft('churn'),
        version: 1,
      })
      expect(ref.version).toBe(1)
      expect((await registry.list('churn')).map((r) => r.version)).toEqual([1])
      expect(await readdir(join(root, 'churn', '.staging'))).toEqual([])
      expect(logger.warnings).toEqual([])
    })
  }

  it('setAlias() killed before its event is published records nothing, and the next move gets the next number', async () => {
    const root = await mkdtemp(join(tmpdir(), 'modelgate-crash-'))
    const registry = new FileRegistry(root, { logger: recordingLogger() })
    await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    await registry.register({ name: 'churn', modelDir: await makeModelDir('b'), card: draft('churn') })
    await registry.setAlias('churn', 'champion', 1, { by: 'alice' })
    expect(await killAt(root, 'alias', 'alias:event', '2')).toBe('SIGKILL')
    expect((await registry.aliasHistory('churn', 'champion')).map((e) => e.by)).toEqual(['alice'])
    expect(await registry.aliases('churn')).toEqual({ champion: 1 })
    await registry.setAlias('churn', 'champion', 2, { by: 'bob' })
    const history = await registry.aliasHistory('churn', 'champion')
    expect(history.map((e) => [e.by, e.from, e.to])).toEqual([
      ['alice', undefined, 1],
      ['bob', 1, 2],
    ])
    expect((await readdir(join(root, 'churn', 'aliases', 'champion'))).sort()).toEqual([
      '00000001.json',
      '00000002.json',
    ])
  })
})
