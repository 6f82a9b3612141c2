import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/metrics.sklearn.json' with { type: 'json' }
import { normalCdf } from '../../../../src/core/stats/normal-cdf.js'

describe('normalCdf', () => {
  it('normalCdf(x) matches scipy.stats.norm.cdf within 1e-12 absolute and the lower tail within 1e-9 relative', () => {
    for (const c of golden.normalCdf) {
      expect(Math.abs(normalCdf(c.x) - c.cdf)).toBeLessThanOrEqual(1e-12)
      if (c.x < 0) expect(Math.abs(normalCdf(c.x) - c.cdf) / c.cdf).toBeLessThanOrEqual(1e-9)
    }
  })
  it('normalCdf(NaN) throws', () => {
    expect(() => normalCdf(Number.NaN)).toThrow(RangeError)
  })
})
