// The job summaries of real bundles in the situations issue #15 found broken Mermaid in. Every runBundle call in the
// integration project parses its summary's Mermaid blocks (test/helpers/mermaid-in-summaries.ts); these cases make
// sure the situations are run, and that the summaries really carry charts.
import { describe, expect, it } from 'vitest'
import { repoRoot as root } from '../helpers/fixture-path.js'
import { mermaidBlocks, unparsableMermaid } from '../helpers/mermaid.js'
import { runBundle } from '../helpers/run-bundle.js'

const DATA = 'fixtures/datasets/validate-data'

describe('Mermaid in bundle job summaries', () => {
  it('validate-data with data identical to the reference writes a PSI chart that parses with mermaid 11', async () => {
    const result = await runBundle('validate-data', {
      inputs: { data: `${DATA}/reference.csv`, reference: `${DATA}/reference.csv` },
      cwd: root,
    })
    expect(result.exitCode).toBe(0)
    const blocks = mermaidBlocks(result.summary)
    expect(blocks.length).toBeGreaterThan(0)
    expect(blocks.join('\n')).toContain('y-axis "PSI" 0 --> 1')
    expect(await unparsableMermaid(result.summary)).toEqual([])
  })
})
