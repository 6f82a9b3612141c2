import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/metrics.sklearn.json' with { type: 'json' }
import statsmodels from '../../../../fixtures/golden/mcnemar.statsmodels.json' with { type: 'json' }
import { binomialTwoSidedPValue } from '../../../../src/core/stats/binomial-two-sided-p-value.js'
import { mcnemarTest } from '../../../../src/core/stats/mcnemar-test.js'

interface StatsmodelsCase {
  readonly b: number
  readonly c: number
  readonly exactStatistic: number
  readonly exactPValue: number
  readonly correctedStatistic?: number
  readonly correctedPValue?: number
  readonly uncorrectedStatistic?: number
  readonly uncorrectedPValue?: number
}

describe('mcnemarTest', () => {
  for (const c of golden.mcnemar) {
    it(`mcnemarTest(${c.b}, ${c.c}) matches scipy binomtest / chi2.sf by the textbook definition (1e-9)`, () => {
      const result = mcnemarTest(c.b, c.c)
      const expected = c.b + c.c < 25 ? c.exactPValue : c.chiSquarePValue
      expect(result.method).toBe(c.b + c.c < 25 ? 'exact' : 'chi-square-corrected')
      expect(Math.abs(result.pValue - expected)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(binomialTwoSidedPValue(Math.min(c.b, c.c), c.b + c.c) - c.exactPValue)).toBeLessThanOrEqual(1e-9)
      if (result.method === 'chi-square-corrected') expect(result.statistic).toBeCloseTo(c.chiSquareStatistic, 12)
    })
  }
  for (const c of statsmodels.cases as readonly StatsmodelsCase[]) {
    it(`mcnemarTest(${c.b}, ${c.c}) equals statsmodels mcnemar exact=True and exact=False with and without correction (1e-12)`, () => {
      const exact = mcnemarTest(c.b, c.c, { exactBelow: Number.POSITIVE_INFINITY })
      expect(exact.method).toBe('exact')
      expect(exact.statistic).toBe(c.exactStatistic)
      expect(Math.abs(exact.pValue - c.exactPValue)).toBeLessThanOrEqual(1e-12)
      if (c.correctedPValue === undefined || c.uncorrectedPValue === undefined) return
      const corrected = mcnemarTest(c.b, c.c, { exactBelow: 0 })
      expect(corrected.method).toBe('chi-square-corrected')
      expect(corrected.statistic).toBe(c.correctedStatistic)
      expect(Math.abs(corrected.pValue - c.correctedPValue)).toBeLessThanOrEqual(1e-12)
      const plain = mcnemarTest(c.b, c.c, { exactBelow: 0, correction: false })
      expect(plain.method).toBe('chi-square')
      expect(plain.statistic).toBe(c.uncorrectedStatistic)
      expect(Math.abs(plain.pValue - c.uncorrectedPValue)).toBeLessThanOrEqual(1e-12)
      // The default picks one of the two by b + c < 25.
      const byDefault = mcnemarTest(c.b, c.c)
      expect(byDefault.pValue).toBe(c.b + c.c < 25 ? exact.pValue : corrected.pValue)
    })
  }
  it('b = c = 15 (the case issue 16 names) gives statsmodels p = 0.855, not 1: the correction is not clamped at 0', () => {
    const r = mcnemarTest(15, 15)
    expect(r.method).toBe('chi-square-corrected')
    expect(r.statistic).toBe(1 / 30)
    expect(r.pValue).toBeCloseTo(0.8551321405847059, 12)
  })
  it('the grid has b = c at every size from 1 to 1000 and |b − c| = 1 on both sides', () => {
    const cases = statsmodels.cases as readonly StatsmodelsCase[]
    expect(cases.filter((c) => c.b === c.c && c.b > 0).length).toBeGreaterThanOrEqual(15)
    expect(cases.some((c) => c.c - c.b === 1) && cases.some((c) => c.b - c.c === 1)).toBe(true)
  })
  it('b + c = 0 gives p = 1 in every method (statsmodels divides by zero there)', () => {
    for (const options of [{}, { exactBelow: 0 }, { exactBelow: 0, correction: false }])
      expect(mcnemarTest(0, 0, options)).toMatchObject({ statistic: 0, pValue: 1 })
  })
  it('mcnemarTest(b, c) rejects negative or fractional counts', () => {
    expect(() => mcnemarTest(-1, 2)).toThrow(RangeError)
    expect(() => mcnemarTest(1.5, 2)).toThrow(RangeError)
  })
})
