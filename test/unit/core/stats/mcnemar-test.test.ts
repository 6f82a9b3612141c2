import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/metrics.sklearn.json' with { type: 'json' }
import { binomialTwoSidedPValue } from '../../../../src/core/stats/binomial-two-sided-p-value.js'
import { mcnemarTest } from '../../../../src/core/stats/mcnemar-test.js'

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
  it('mcnemarTest(b, c) rejects negative or fractional counts', () => {
    expect(() => mcnemarTest(-1, 2)).toThrow(RangeError)
    expect(() => mcnemarTest(1.5, 2)).toThrow(RangeError)
  })
})
