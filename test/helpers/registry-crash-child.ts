// Child process of the kill -9 tests: starts a registration (or an alias move) in a file registry and stops at the
// named stage, printing `paused <stage>` so that the parent can SIGKILL it there. Arguments: root, register|alias,
// stage, model directory (register) or version (alias).
import { FileRegistry, type FileRegistryStage } from '../../src/registry/file-registry.js'
import { draft } from './registry-contract.js'

const [root = '', action = 'register', stage = 'register:card', arg = ''] = process.argv.slice(2)
const registry = new FileRegistry(root, {
  checkpoint: async (at: FileRegistryStage) => {
    if (at !== stage) return
    process.stdout.write(`paused ${at}\n`)
    await new Promise(() => undefined)
  },
})
if (action === 'register') await registry.register({ name: 'churn', modelDir: arg, card: draft('churn') })
else await registry.setAlias('churn', 'champion', Number(arg), { by: 'killed' })
process.stdout.write('finished\n')
