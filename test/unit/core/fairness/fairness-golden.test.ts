import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/fairness.pandas.json' with { type: 'json' }
import { analyzeFairness } from '../../../../src/core/fairness/analyze-fairness.js'
import { DISPARITY_METRICS } from '../../../../src/core/fairness/fairness-disparities.js'
import { RATE_NAMES } from '../../../../src/core/fairness/group-rates.js'
import { resolveFairnessPolicy } from '../../../../src/core/fairness/resolve-fairness-policy.js'

// Tolerance stated by the generator: 1e-12 absolute.
const TOL = 1e-12

interface Case {
  name: string
  columns: string[]
  rows: (string | number | null)[][]
  min_group_size: number
  intersectional?: boolean
  reference?: Record<string, string>
  method?: 'between_groups' | 'to_overall'
  expected: { name: string; groups: Record<string, unknown>[]; disparities: Record<string, number | null> }[]
}

const close = (actual: number | null, expected: number | null | undefined): void => {
  if (expected === null || expected === undefined) expect(actual).toBeNull()
  else {
    expect(actual).not.toBeNull()
    expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(TOL)
  }
}

const AIF360_METRICS: readonly string[] = [
  'accuracy_parity_difference',
  'average_odds_difference',
  'disparate_impact_two_sided',
]

describe('fairness golden values (pandas groupby, textbook definitions)', () => {
  for (const c of golden.cases as unknown as Case[]) {
    it(`analyzeFairness(rows, policy) matches pandas for "${c.name}"`, () => {
      const policy = resolveFairnessPolicy({
        min_group_size: c.min_group_size,
        intersectional: c.intersectional ?? false,
        reference_groups: c.reference ?? {},
        bootstrap_resamples: 1,
        method: c.method ?? 'between_groups',
      })
      const result = analyzeFairness(
        {
          yTrue: Uint8Array.from(c.rows.map((r) => Number(r[0]))),
          yPred: Uint8Array.from(c.rows.map((r) => Number(r[1]))),
          sensitive: c.columns.map((name, j) => ({
            name,
            values: c.rows.map((r) => (r[2 + j] === null ? null : String(r[2 + j]))),
          })),
        },
        policy,
      )
      expect(result.map((g) => g.name)).toEqual(c.expected.map((g) => g.name))
      for (const expected of c.expected) {
        const actual = result.find((g) => g.name === expected.name)!
        expect(new Set(actual.groups.map((g) => g.key))).toEqual(
          new Set(expected.groups.map((g) => g['key'] as string)),
        )
        for (const eg of expected.groups) {
          const ag = actual.groups.find((g) => g.key === eg['key'])!
          expect(ag.counts).toEqual({ n: eg['n'], tp: eg['tp'], fp: eg['fp'], tn: eg['tn'], fn: eg['fn'] })
          expect(ag.included).toBe(eg['included'])
          for (const rate of RATE_NAMES) close(ag.rates[rate], eg[rate] as number | null)
        }
        // fairness.pandas.json holds the Fairlearn-convention metrics; the AIF360 ones are golden-tested against
        // fairness.aif360.json (fairness-aif360.test.ts).
        const fairlearn = DISPARITY_METRICS.filter((m) => !AIF360_METRICS.includes(m))
        expect(Object.keys(expected.disparities).sort()).toEqual([...fairlearn].sort())
        for (const m of fairlearn) close(actual.disparities[m].value, expected.disparities[m])
      }
    })
  }

  it('the golden file covers undefined rates, one group, missing values, unicode and intersections', () => {
    const names = (golden.cases as unknown as Case[]).map((c) => c.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'group without positives',
        'single group',
        'missing sensitive values',
        'unicode group names',
        'intersectional',
      ]),
    )
    const noPos = (golden.cases as unknown as Case[]).find((c) => c.name === 'group without positives')!
    expect(noPos.expected[0]!.groups.find((g) => g['key'] === 'group=C')!['tpr']).toBeNull()
  })
})
