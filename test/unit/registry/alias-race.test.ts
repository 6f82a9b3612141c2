import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { FileRegistry } from '../../../src/registry/file-registry.js'
import { draft, makeModelDir } from '../../helpers/registry-contract.js'

it('file registry: 8 concurrent alias moves are all recorded, none lost', async () => {
  const registry = new FileRegistry(await mkdtemp(join(tmpdir(), 'modelgate-reg-')))
  for (let i = 0; i < 4; i += 1)
    await registry.register({ name: 'churn', modelDir: await makeModelDir(`m${i}`), card: draft('churn') })
  await Promise.all(
    Array.from({ length: 8 }, (_, i) => registry.setAlias('churn', 'champion', (i % 4) + 1, { by: `user${i}` })),
  )
  const history = await registry.aliasHistory('churn', 'champion')
  expect(history.map((event) => event.by).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `user${i}`).sort())
  expect((await registry.aliases('churn')).champion).toBe(history[history.length - 1]?.to)
})
