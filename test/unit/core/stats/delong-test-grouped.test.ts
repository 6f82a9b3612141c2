import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/metrics.sklearn.json' with { type: 'json' }
import { deLongTest, type DeLongResult } from '../../../../src/core/stats/delong-test.js'
import { deLongTestGrouped, type GroupedScores } from '../../../../src/core/stats/delong-test-grouped.js'
import { expectEdgeCase, type DeLongEdgeCase } from '../../../helpers/delong-edge-case.js'

/** Ranks of distinct values, 0 = highest, as buckets 2·rank + label (what prepareBinary computes for probabilities). */
function grouped(scores: readonly number[], labels: ArrayLike<number>): GroupedScores {
  const distinct = [...new Set(scores)].sort((x, y) => y - x)
  const index = new Map(distinct.map((v, i) => [v, i]))
  const bucket = Uint32Array.from(scores, (s, i) => 2 * (index.get(s) as number) + ((labels[i] ?? 0) === 1 ? 1 : 0))
  return { bucket, groupCount: distinct.length }
}

describe('deLongTestGrouped', () => {
  for (const [index, c] of golden.delong.entries()) {
    it(`deLongTestGrouped(y, a, b) case ${index} equals the O(m·n) DeLong definition computed with numpy/scipy (1e-9)`, () => {
      const r = deLongTestGrouped(c.yTrue, grouped(c.scoreA, c.yTrue), grouped(c.scoreB, c.yTrue))
      if (r.kind !== 'defined') throw new Error(r.reason)
      expect(Math.abs(r.aucA - c.auc1)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.aucB - c.auc2)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.variance - c.variance)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.z - c.z)).toBeLessThanOrEqual(1e-9)
      expect(Math.abs(r.pValue - c.pValue)).toBeLessThanOrEqual(1e-9)
    })
  }
  for (const c of golden.delongEdge as DeLongEdgeCase[]) {
    it(`deLongTestGrouped on "${c.name}" agrees with the definition, reporting undefined where it divides by zero`, () => {
      expectEdgeCase(deLongTestGrouped(c.yTrue, grouped(c.scoreA, c.yTrue), grouped(c.scoreB, c.yTrue)), c)
    })
  }
  it('deLongTestGrouped equals deLongTest (which sorts) on random tied scores, undefined cases and reasons included', () => {
    const rows = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
      { minLength: 4, maxLength: 60 },
    )
    fc.assert(
      fc.property(rows, (list) => {
        const y = list.map(([l]) => l)
        const a = list.map(([, s]) => s / 6)
        const b = list.map(([, , s]) => s / 6)
        let expected: DeLongResult | string
        try {
          expected = deLongTest(y, a, b)
        } catch (error) {
          expected = (error as Error).message.replace('deLongTest:', '')
        }
        let actual: DeLongResult | string
        try {
          actual = deLongTestGrouped(y, grouped(a, y), grouped(b, y))
        } catch (error) {
          actual = (error as Error).message.replace('deLongTestGrouped:', '')
        }
        if (typeof expected === 'string' || typeof actual === 'string') return expected === actual
        if (expected.kind !== 'defined' || actual.kind !== 'defined')
          return expected.kind === actual.kind && JSON.stringify(expected) === JSON.stringify(actual)
        return (['aucA', 'aucB', 'variance', 'z', 'pValue'] as const).every(
          (k) => Math.abs(expected[k] - actual[k]) < 1e-9,
        )
      }),
      { numRuns: 300 },
    )
  })
  it('deLongTestGrouped throws when one class is absent', () => {
    expect(() => deLongTestGrouped([1, 1], grouped([0.1, 0.2], [1, 1]), grouped([0.3, 0.4], [1, 1]))).toThrow(
      'both classes',
    )
  })
})
