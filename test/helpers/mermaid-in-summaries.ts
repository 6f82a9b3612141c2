// Setup file of the integration and e2e projects (vitest.config.ts): every job summary a bundle writes through
// runBundle or runPostBundle has its ```mermaid blocks parsed with the real mermaid 11 parser, and the call rejects,
// naming the bundle, the block and Mermaid's error, when one does not parse (issue #15: every block every bundle
// emits in the integration suite parses). The wrapper is the only change; the tests' assertions are their own.
import { vi } from 'vitest'
import { checkingMermaid } from './mermaid.js'
import type * as RunBundleModule from './run-bundle.js'

vi.mock('./run-bundle.js', async (importOriginal) => {
  const original = await importOriginal<typeof RunBundleModule>()
  return {
    ...original,
    runBundle: checkingMermaid(original.runBundle),
    runPostBundle: checkingMermaid(original.runPostBundle),
  }
})
