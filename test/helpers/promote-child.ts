// Child process of the cross-process promotion test: waits for a common start instant, then moves alias champion
// of model churn in a file registry to the given version, recording `by`.
import { FileRegistry } from '../../src/registry/file-registry.js'

const [root = '', version = '1', by = 'child', startAt = '0'] = process.argv.slice(2)
await new Promise((done) => setTimeout(done, Math.max(0, Number(startAt) - Date.now())))
await new FileRegistry(root).setAlias('churn', 'champion', Number(version), { by })
process.stdout.write('moved\n')
