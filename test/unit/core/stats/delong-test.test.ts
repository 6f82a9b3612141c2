import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/metrics.sklearn.json' with { type: 'json' }
import { deLongTest } from '../../../../src/core/stats/delong-test.js'
import { defined, expectEdgeCase, type DeLongEdgeCase } from '../../../helpers/delong-edge-case.js'

describe('deLongTest', () => {
  for (const [index, c] of golden.delong.entries()) {
    it(`deLongTest(y, a, b) case ${index} equals the O(m·n) DeLong definition computed with numpy/scipy (1e-9)`, () => {
      const r = defined(deLongTest(c.yTrue, c.scoreA, c.scoreB))
      expect(Math.abs(r.aucA - c.auc1)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.aucA - c.auc1Sklearn)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.aucB - c.auc2)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.variance - c.variance)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.z - c.z)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.pValue - c.pValue)).toBeLessThanOrEqual(1e-9)
    })
  }
  for (const c of golden.delongEdge as DeLongEdgeCase[]) {
    it(`deLongTest on "${c.name}" agrees with the definition, reporting undefined where it divides by zero`, () => {
      expectEdgeCase(deLongTest(c.yTrue, c.scoreA, c.scoreB), c)
    })
  }
  it('the edge cases cover one positive, one negative, both models perfect and a zero variance with different AUCs', () => {
    const names = (golden.delongEdge as DeLongEdgeCase[]).map((c) => c.name)
    expect(names).toEqual(
      expect.arrayContaining(['one positive', 'one negative', 'both perfect', 'perfect vs all tied']),
    )
  })
  it('deLongTest with one positive never gives a p-value, at any size', () => {
    const n = 5000
    const y = Array.from({ length: n }, (_, i) => (i === 17 ? 1 : 0))
    const a = Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 1000)
    const b = Array.from({ length: n }, (_, i) => ((i * 104729) % 997) / 997)
    const r = deLongTest(y, a, b)
    expect(r.kind).toBe('undefined')
    expect('pValue' in r).toBe(false)
  })
  it('deLongTest(y, a, a) has z = 0 and p = 1 for identical scores', () => {
    const r = defined(deLongTest([0, 1, 0, 1], [0.1, 0.9, 0.4, 0.3], [0.1, 0.9, 0.4, 0.3]))
    expect(r.pValue).toBe(1)
  })
  it('deLongTest throws when one class is absent', () => {
    expect(() => deLongTest([1, 1], [0.1, 0.2], [0.3, 0.4])).toThrow('both classes')
  })
})
