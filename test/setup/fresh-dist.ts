// Global setup of the integration and e2e projects: the bundle tests run dist/<name>/index.js, so they must never
// run a bundle built from other sources than the checkout's. scripts/build.mjs writes dist/<name>/source-hash.txt;
// this recomputes the hash (scripts/source-hash.mjs, ~50 ms) and fails the run, naming the stale bundles and the
// command that rebuilds them. There is no switch to skip it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ENTRIES } from '../../scripts/entries.mjs'
import { SOURCE_HASH_FILE, sourceHash } from '../../scripts/source-hash.mjs'
import { repoRoot } from '../helpers/fixture-path.js'

export interface StaleBundle {
  readonly name: string
  readonly reason: string
}

/** The bundles under `root`/dist that were not built from the sources in `root`, each with why. */
export function findStaleBundles(root: string): StaleBundle[] {
  const current = sourceHash(root)
  const stale: StaleBundle[] = []
  for (const { name } of ENTRIES) {
    const hashFile = join(root, 'dist', name, SOURCE_HASH_FILE)
    if (!existsSync(join(root, 'dist', name, 'index.js'))) stale.push({ name, reason: `no dist/${name}/index.js` })
    else if (!existsSync(hashFile))
      stale.push({
        name,
        reason: `no dist/${name}/${SOURCE_HASH_FILE} (built before source hashes, or the build failed)`,
      })
    else if (readFileSync(hashFile, 'utf8').trim() !== current)
      stale.push({ name, reason: 'built from other sources than these' })
  }
  return stale
}

/** The message that fails the run: what is stale, why, and the one command that fixes it. */
export function staleDistMessage(stale: readonly StaleBundle[]): string {
  return [
    `dist/ is stale against the sources: ${stale.length} bundle(s) would test yesterday's code.`,
    ...stale.map((bundle) => `  dist/${bundle.name}: ${bundle.reason}`),
    `Rebuild them, then run the tests again: ${
      stale.length === ENTRIES.length
        ? 'npm run build'
        : `node scripts/build.mjs ${stale.map((bundle) => bundle.name).join(' ')}`
    }`,
  ].join('\n')
}

export default function setup(): void {
  const stale = findStaleBundles(repoRoot)
  if (stale.length > 0) throw new Error(staleDistMessage(stale))
}
