import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/two-proportion.statsmodels.json' with { type: 'json' }
import { twoProportionZTest } from '../../../../src/core/stats/two-proportion-z-test.js'

// Tolerances stated by the generator (fixtures/golden/generate/two-proportion.py): z within 1e-12 relative,
// p-values within 1e-10 relative or 1e-15 absolute.
describe('twoProportionZTest against statsmodels proportions_ztest', () => {
  it('twoProportionZTest(x1, n1, x2, n2, alternative) matches proportions_ztest (pooled variance)', () => {
    for (const c of golden.ztest) {
      const r = twoProportionZTest(c.x1, c.n1, c.x2, c.n2, c.alternative as 'two-sided' | 'larger' | 'smaller')
      expect(Math.abs(r.z - c.z), JSON.stringify(c)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(c.z)))
      expect(Math.abs(r.pValue - c.p), JSON.stringify(c)).toBeLessThanOrEqual(Math.max(1e-15, 1e-10 * c.p))
    }
  })
  it('twoProportionZTest throws RangeError without variance or for counts outside [0, n]', () => {
    expect(() => twoProportionZTest(10, 10, 5, 5, 'two-sided')).toThrow(RangeError)
    expect(() => twoProportionZTest(11, 10, 5, 10, 'larger')).toThrow(RangeError)
    expect(() => twoProportionZTest(1, 0, 5, 10, 'smaller')).toThrow(RangeError)
  })
})
