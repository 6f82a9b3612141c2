import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { binaryMetrics } from '../../../../src/core/metrics/binary-metrics.js'
import { BINARY_METRICS } from '../../../../src/core/metrics/metric-name.js'
import { prepareBinary } from '../../../../src/core/metrics/prepare-binary.js'
import { rocAuc } from '../../../../src/core/metrics/roc-auc.js'
import { pairRows } from '../../../../src/core/compare/pair-rows.js'

// Scores on a coarse grid so that ties are frequent.
const rows = fc
  .array(
    fc.tuple(
      fc.constantFrom(0, 1),
      fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
    ),
    { minLength: 2, maxLength: 60 },
  )
  .filter((r) => r.some(([y]) => y === 0) && r.some(([y]) => y === 1))

describe('metric invariants (fast-check)', () => {
  it('rocAuc(y, s) equals the brute-force Mann–Whitney share of (positive, negative) pairs, ties ½', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const pos = r.filter(([y]) => y === 1).map(([, s]) => s)
        const neg = r.filter(([y]) => y === 0).map(([, s]) => s)
        let wins = 0
        for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0
        expect(
          rocAuc(
            r.map(([y]) => y),
            r.map(([, s]) => s),
          ),
        ).toBeCloseTo(wins / (pos.length * neg.length), 12)
      }),
    )
  })
  it('binaryMetrics with integer weights equals the metrics of the rows repeated that many times', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 60, maxLength: 60 }), (r, w) => {
        const weights = r.map((_, i) => w[i] ?? 1)
        const repeated = r.flatMap((row, i) => Array.from({ length: weights[i] ?? 0 }, () => row))
        const weighted = binaryMetrics(
          prepareBinary(
            r.map(([y]) => y),
            r.map(([, s]) => s),
          ),
          BINARY_METRICS,
          weights,
          'nan',
        )
        if (repeated.length === 0) return
        const plain = binaryMetrics(
          prepareBinary(
            repeated.map(([y]) => y),
            repeated.map(([, s]) => s),
          ),
          BINARY_METRICS,
          undefined,
          'nan',
        )
        weighted.forEach((v, k) =>
          Number.isNaN(plain[k]) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(plain[k] as number, 12),
        )
      }),
    )
  })
  it('pairRows(a, shuffled a) pairs every id with itself', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        fc.integer(),
        (ids, seed) => {
          const shuffled = [...ids].sort(
            (x, y) => ((x.charCodeAt(0) * 31 + seed) % 7) - ((y.charCodeAt(0) * 31 + seed) % 7),
          )
          const p = pairRows(ids, shuffled)
          p.candidate.forEach((i, k) => expect(shuffled[p.champion[k] as number]).toBe(ids[i]))
          expect(p.candidate.length).toBe(ids.length)
        },
      ),
    )
  })
})
