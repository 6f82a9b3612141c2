// fairness-gate's main() in-process with the AIF360 thresholds in the policy: the two-sided disparate impact rule
// (|DI − 1| ≤ 0.2) fails a model whose unprivileged group is selected 1.34× as often, while the one-sided
// four-fifths ratio cannot see it; accuracy parity and average odds are judged beside it.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import golden from '../../../fixtures/golden/fairness.aif360.json' with { type: 'json' }
import { main } from '../../../src/fairness-gate/main.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

const c = golden.cases[0] as unknown as {
  rows: [number, number, string][]
  expected: Record<string, number>
}

describe('fairness-gate with AIF360 thresholds (in-process)', () => {
  it('disparate_impact_two_sided, average_odds_difference and accuracy_parity_difference become checks', async () => {
    const dir = makeTempDir('modelgate-aif360-')
    const path = join(dir, 'predictions.csv')
    // The golden case's rows 8 times: the same rates, enough rows for the intervals to exclude parity.
    const rows = Array.from({ length: 8 }, () => c.rows).flat()
    writeFileSync(path, ['label,prediction,gender', ...rows.map((r) => r.join(','))].join('\n') + '\n')
    const policy = {
      'fairness-gate': {
        reference_groups: { gender: 'priv' },
        thresholds: { disparate_impact_two_sided: 0.2, average_odds_difference: 0.5, accuracy_parity_difference: 0.1 },
      },
    }
    const inputs = {
      predictions: path,
      'label-column': 'label',
      'prediction-column': 'prediction',
      'sensitive-columns': 'gender',
    }
    const { report } = await runInProcess('fairness-gate', main, fakeContext({ inputs, policy, workDir: dir }).context)
    const get = (m: string) => report.checks.find((k) => k.id.endsWith(`.${m}`))
    expect(get('disparate_impact_two_sided')).toMatchObject({ status: 'fail', threshold: { max: 0.2 } })
    expect(
      Math.abs(
        (get('disparate_impact_two_sided')?.observed as number) - (c.expected.disparate_impact_two_sided as number),
      ),
    ).toBeLessThan(1e-12)
    expect(get('average_odds_difference')?.status).toBe('pass')
    expect(get('accuracy_parity_difference')?.status).toBe('pass')
    expect(get('disparate_impact_ratio')?.status).toBe('pass')
    expect(report.status).toBe('fail')
  })
})
