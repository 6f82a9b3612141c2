// Across processes, 16 alias moves of the file registry race for real (issue #14 item 7): sixteen children wait for one
// start instant and move champion; the history must hold all 16 events, each moving the alias from where the one
// before left it, and the alias must be the last event. ~40 s on the shared two-core machine (tsx start-up).
import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FileRegistry } from '../../src/registry/file-registry.js'
import { draft, makeModelDir } from '../helpers/registry-contract.js'

const child = fileURLToPath(new URL('../helpers/promote-child.ts', import.meta.url))

describe('file registry promotions across processes', () => {
  it('16 processes moving the alias at the same instant leave 16 events in order; the alias is the last', async () => {
    const registry = new FileRegistry(await mkdtemp(join(tmpdir(), 'modelgate-promote-')))
    for (let i = 0; i < 4; i += 1)
      await registry.register({ name: 'churn', modelDir: await makeModelDir(`m${i}`), card: draft('churn') })
    // Every child has loaded (tsx start-up on a shared machine) long before the start instant.
    const startAt = String(Date.now() + 12_000)
    const by = Array.from({ length: 16 }, (_, i) => `proc${i}`)
    await Promise.all(
      by.map(
        (who, i) =>
          new Promise<void>((done, fail) => {
            const process_ = spawn(
              process.execPath,
              ['--import', 'tsx', child, registry.root, String((i % 4) + 1), who, startAt],
              { stdio: ['ignore', 'pipe', 'pipe'], shell: false },
            )
            let err = ''
            process_.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
            process_.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${who} exited ${code}: ${err}`))))
          }),
      ),
    )
    const history = await registry.aliasHistory('churn', 'champion')
    expect(history.map((event) => event.by).sort()).toEqual([...by].sort())
    expect(history[0]?.from).toBeUndefined()
    for (let i = 1; i < history.length; i += 1) expect(history[i]?.from).toBe(history[i - 1]?.to)
    expect(await registry.aliases('churn')).toEqual({ champion: history[history.length - 1]?.to })
  }, 120_000)
})
