import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/fairness.aif360.json' with { type: 'json' }
import { analyzeFairness } from '../../../../src/core/fairness/analyze-fairness.js'
import { decideFairness } from '../../../../src/core/fairness/decide-fairness.js'
import { resolveFairnessPolicy } from '../../../../src/core/fairness/resolve-fairness-policy.js'

// The generator implements AIF360's ClassificationMetric formulas with numpy; the tests compare within 1e-12.
const TOL = 1e-12
const METRICS = ['accuracy_parity_difference', 'average_odds_difference', 'disparate_impact_two_sided'] as const

interface Case {
  name: string
  column: string
  reference: string | null
  rows: [number, number, string][]
  expected: Record<(typeof METRICS)[number], number>
}

const cases = golden.cases as unknown as Case[]

function analyze(c: Case, section: Parameters<typeof resolveFairnessPolicy>[0] = {}) {
  const policy = resolveFairnessPolicy({
    min_group_size: 1,
    ...(c.reference === null ? {} : { reference_groups: { [c.column]: c.reference } }),
    ...section,
  })
  const input = {
    yTrue: Uint8Array.from(c.rows.map((r) => r[0])),
    yPred: Uint8Array.from(c.rows.map((r) => r[1])),
    sensitive: [{ name: c.column, values: c.rows.map((r) => r[2]) }],
  }
  return { policy, results: analyzeFairness(input, policy) }
}

describe('AIF360 fairness metrics (accuracy parity, average odds difference, two-sided disparate impact)', () => {
  it('match AIF360’s ClassificationMetric formulas, with a reference group and between groups', () => {
    expect(cases.map((c) => c.reference)).toEqual(['priv', 'B', null])
    for (const c of cases) {
      const [result] = analyze(c).results
      for (const m of METRICS) {
        const value = result?.disparities[m].value
        expect(value, `${c.name} ${m}`).not.toBeNull()
        expect(Math.abs((value as number) - c.expected[m]), `${c.name} ${m}`).toBeLessThanOrEqual(TOL)
      }
    }
  })

  it('each gets a simultaneous interval that holds the point estimate', () => {
    for (const c of cases) {
      const [result] = analyze(c).results
      for (const m of METRICS) {
        const interval = result?.intervals?.[m]
        const value = result?.disparities[m].value as number
        expect(interval?.low, `${c.name} ${m}`).not.toBeNull()
        expect(interval?.low as number).toBeLessThanOrEqual(value + 1e-12)
        expect(interval?.high as number).toBeGreaterThanOrEqual(value - 1e-12)
        expect(interval?.low as number).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it('groups with identical predictions and labels give 0 with an interval reaching 0', () => {
    const rows: [number, number, string][] = []
    for (const g of ['a', 'b'])
      for (let i = 0; i < 80; i++) rows.push([i % 2, i % 4 === 0 || i % 4 === 1 ? 1 : i % 3 === 0 ? 1 : 0, g])
    const c: Case = {
      name: 'equal',
      column: 'g',
      reference: 'a',
      rows,
      expected: golden.cases[0]!.expected,
    }
    const [result] = analyze(c).results
    for (const m of METRICS) {
      expect(result?.disparities[m].value).toBe(0)
      expect(result?.intervals?.[m].low).toBe(0)
    }
  })

  it('are off by default (reported only) and judged when the policy sets a threshold', () => {
    const c = cases[0] as Case
    const off = analyze(c)
    const ids = decideFairness(off.results, off.policy).checks.map((k) => k.id)
    for (const m of METRICS) expect(ids.some((id) => id.endsWith(`.${m}`))).toBe(false)
    // |DI − 1| = 0.337 > 0.2 (the seeds' two-sided rule); accuracy parity 0.075 ≤ 0.1.
    const on = analyze(c, {
      thresholds: { disparate_impact_two_sided: 0.2, accuracy_parity_difference: 0.1, average_odds_difference: 0.5 },
    })
    const checks = decideFairness(on.results, on.policy).checks
    const get = (m: string) => checks.find((k) => k.id.endsWith(`.${m}`))
    // 500 rows: beyond the threshold, but the simultaneous interval still reaches parity: warn, not fail.
    expect(get('disparate_impact_two_sided')).toMatchObject({ status: 'warn', threshold: { max: 0.2 } })
    expect(get('accuracy_parity_difference')?.status).toBe('pass')
    expect(get('average_odds_difference')?.status).toBe('pass')
    // The same rates on 8× the rows: the interval excludes parity and the check fails.
    const larger = { ...c, rows: Array.from({ length: 8 }, () => c.rows).flat() }
    const big = analyze(larger, { thresholds: { disparate_impact_two_sided: 0.2 } })
    const [bigCheck] = decideFairness(big.results, big.policy).checks.filter((k) =>
      k.id.endsWith('.disparate_impact_two_sided'),
    )
    expect(bigCheck).toMatchObject({ status: 'fail' })
    expect(Math.abs((bigCheck?.observed as number) - c.expected.disparate_impact_two_sided)).toBeLessThanOrEqual(TOL)
  })
})
