// Child process of the file-registry concurrency test: registers one version and prints its number.
import { FileRegistry } from '../../src/registry/file-registry.js'
import { draft, makeModelDir } from './registry-contract.js'

const [root, seed, startAt] = process.argv.slice(2)
const registry = new FileRegistry(root ?? '')
const modelDir = await makeModelDir(seed ?? 'x')
// Barrier: every child starts registering at the same instant, so the version claims really race.
await new Promise((done) => setTimeout(done, Math.max(0, Number(startAt) - Date.now())))
const ref = await registry.register({ name: 'race', modelDir, card: draft('race') })
process.stdout.write(`${ref.version}\n`)
