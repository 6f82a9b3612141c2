import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/metrics.sklearn.json' with { type: 'json' }
import { deLongTest } from '../../../../src/core/stats/delong-test.js'

describe('deLongTest', () => {
  for (const [index, c] of golden.delong.entries()) {
    it(`deLongTest(y, a, b) case ${index} equals the O(m·n) DeLong definition computed with numpy/scipy (1e-9)`, () => {
      const r = deLongTest(c.yTrue, c.scoreA, c.scoreB)
      expect(Math.abs(r.aucA - c.auc1)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.aucA - c.auc1Sklearn)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.aucB - c.auc2)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.variance - c.variance)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.z - c.z)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.pValue - c.pValue)).toBeLessThanOrEqual(1e-9)
    })
  }
  it('deLongTest(y, a, a) has z = 0 and p = 1 for identical scores', () => {
    const r = deLongTest([0, 1, 0, 1], [0.1, 0.9, 0.4, 0.3], [0.1, 0.9, 0.4, 0.3])
    expect(r.pValue).toBe(1)
  })
  it('deLongTest throws when one class is absent', () => {
    expect(() => deLongTest([1, 1], [0.1, 0.2], [0.3, 0.4])).toThrow('both classes')
  })
})
