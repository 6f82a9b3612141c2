import { describe, expect, it } from 'vitest'
import { checkingMermaid } from '../../helpers/mermaid.js'
import type { BundleRun } from '../../helpers/run-bundle.js'

const runWith = (summary: string) => (): Promise<BundleRun> =>
  Promise.resolve({ exitCode: 0, stdout: '', stderr: '', outputs: {}, summary, state: {} })
const chart = (axis: string): string => `## r\n\n\`\`\`mermaid\nxychart-beta\n  x-axis ${axis}\n  bar [1]\n\`\`\`\n`

describe('checkingMermaid (the integration setup that parses every bundle summary)', () => {
  it('checkingMermaid(run) hands back the run when every Mermaid block parses', async () => {
    const result = await checkingMermaid(runWith(chart('["a"]')))('validate-data')
    expect(result.summary).toBe(chart('["a"]'))
  })

  it('checkingMermaid(run) rejects naming the bundle and the block when one does not parse', async () => {
    await expect(checkingMermaid(runWith(chart('[]')))('validate-data')).rejects.toThrow(
      /^dist\/validate-data: 1 Mermaid block\(s\) in the job summary do not parse with mermaid 11:\nxychart-beta\n {2}x-axis \[\]/,
    )
  })
})
