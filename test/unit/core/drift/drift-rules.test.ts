// The rules issue #16 added to drift, each with literal evidence: minimum effect, missing share, constant
// references, hashed high-cardinality comparisons, one global method with warn/fail bands, large_sample_size.
import { describe, expect, it } from 'vitest'
import { decideDrift } from '../../../../src/core/drift/decide-drift.js'
import { measureColumnDrift, type ColumnDriftMeasure } from '../../../../src/core/drift/measure-column-drift.js'
import { driftMessages } from '../../../../src/core/drift/messages.js'
import {
  DEFAULT_VALIDATE_DATA_POLICY,
  resolveValidateDataPolicy,
} from '../../../../src/core/drift/resolve-validate-data-policy.js'
import { CATEGORY_CAP, createColumnProfile, profileAdd } from '../../../../src/core/profile/column-profile.js'
import type { CellValue } from '../../../../src/core/data/cell-value.js'

function profile(name: string, cells: readonly CellValue[]) {
  const p = createColumnProfile(name)
  for (const c of cells) profileAdd(p, c)
  return p
}
const repeat = <T>(n: number, v: T): T[] => Array.from({ length: n }, () => v)
function measured(ref: CellValue[], cur: CellValue[], kind: 'numeric' | 'categorical' = 'numeric', method = 'ks') {
  const r = measureColumnDrift(profile('x', ref), profile('x', cur), kind, method as ColumnDriftMeasure['method'], 10)
  if (r.kind !== 'measured') throw new Error(r.reason)
  return r.measure
}
const base: ColumnDriftMeasure = {
  column: 'x',
  kind: 'numeric',
  method: 'ks',
  referenceCount: 100_000,
  currentCount: 100_000,
  statistic: 0.01,
  pValue: 1e-6,
  effectSize: 0.01,
  psi: 0.001,
  approximation: 0,
  comparison: 'exact',
  histogram: { bins: ['all'], reference: [1], current: [1] },
}

describe('drift rules (issue #16)', () => {
  it('decideDrift: a significant change below the minimum effect is stable, at or above it drifts', () => {
    const small = decideDrift([base], [], DEFAULT_VALIDATE_DATA_POLICY)
    expect(small.drifted).toEqual([])
    expect(small.checks[1]?.message).toBe(
      `column "x" stable: ${driftMessages.pValueRule('ks', true, 1e-6, 0.05, 0.01, undefined, 0.05, false)}; PSI 0.001`,
    )
    expect(small.checks[1]?.message).toContain('(significant but below the minimum effect)')
    expect(
      decideDrift([{ ...base, effectSize: 0.05, statistic: 0.05 }], [], DEFAULT_VALIDATE_DATA_POLICY).drifted,
    ).toEqual(['x'])
    // A column's own min_effect wins.
    const strict = resolveValidateDataPolicy({ drift: { columns: { x: { min_effect: 0.005 } } } })
    expect(decideDrift([base], [], strict).drifted).toEqual(['x'])
  })

  it('measureColumnDrift + decideDrift: 0 → 13% missing cells drifts on the missing share alone', () => {
    const ref = Array.from({ length: 200 }, (_, i) => String(i))
    const cur = Array.from({ length: 200 }, (_, i) => (i % 100 < 13 ? null : String(i)))
    const m = measured(ref, cur)
    expect(m.missing).toMatchObject({ reference: 0, current: 0.13 })
    const d = decideDrift([m], [], DEFAULT_VALIDATE_DATA_POLICY)
    expect(d.rows[0]?.reasons).toEqual(['missing-share'])
    expect(d.checks[1]?.message).toContain(driftMessages.missingShare(0, 0.13, d.rows[0]?.adjustedMissingPValue, true))
    // No missing cell on either side: no missing-share test at all.
    expect(measured(ref, ref).missing).toBeUndefined()
  })

  it('a constant reference is compared scale-free: 0 → 0.05 and 1000 → 1000.5 give the same figures and verdict', () => {
    const a = measured(repeat(100, '0'), repeat(100, '0.05'))
    const b = measured(repeat(100, '1000'), repeat(100, '1000.5'))
    for (const m of [a, b]) {
      expect(m.constantReference).toBe(true)
      expect(m.effectSize).toBe(1)
      expect(m.histogram.bins.length).toBe(3)
    }
    expect(a.psi).toBeCloseTo(b.psi, 12)
    expect(a.psi).toBeGreaterThan(1)
    expect(decideDrift([a], [], DEFAULT_VALIDATE_DATA_POLICY).drifted).toEqual(['x'])
    expect(decideDrift([b], [], DEFAULT_VALIDATE_DATA_POLICY).drifted).toEqual(['x'])
    // Wasserstein ÷ the pooled standard deviation (the reference's is 0): 2 for both, not raw units.
    expect(measured(repeat(100, '0'), repeat(100, '0.05'), 'numeric', 'wasserstein').statistic).toBeCloseTo(2, 12)
    expect(measured(repeat(100, '1000'), repeat(100, '1000.5'), 'numeric', 'wasserstein').statistic).toBeCloseTo(2, 9)
    // The same constant stays stable; 2 of 100 values off the constant are below the minimum effect.
    expect(
      decideDrift([measured(repeat(100, '7'), repeat(100, '7'))], [], DEFAULT_VALIDATE_DATA_POLICY).drifted,
    ).toEqual([])
    const few = measured(repeat(1000, '7'), [...repeat(980, '7'), ...repeat(20, '8')])
    expect(few.effectSize).toBeCloseTo(0.02, 12)
    expect(decideDrift([few], [], DEFAULT_VALIDATE_DATA_POLICY).drifted).toEqual([])
  })

  it('categories past CATEGORY_CAP are compared on hash buckets of every value, and the check says so', () => {
    const ref = Array.from({ length: 3000 }, (_, i) => `a${i % 1500}`)
    const cur = Array.from({ length: 3000 }, (_, i) => `b${i % 1500}`)
    const m = measured(ref, cur, 'categorical', 'chi-square')
    expect(m.comparison).toBe('hashed')
    expect(m.unseenShare).toBeGreaterThan(0.2)
    // The coordinated hash sample sees that the two sets are disjoint: every sampled current value is unseen.
    expect(m.unseenShare).toBe(1)
    expect(m.sampled).toBeGreaterThan(500)
    const d = decideDrift([m], [], DEFAULT_VALIDATE_DATA_POLICY)
    expect(d.drifted).toEqual(['x'])
    expect(d.checks[1]?.message).toContain(driftMessages.hashedComparison(1, m.sampled))
    expect(driftMessages.hashedComparison(0.5, 800)).toContain(`more than ${CATEGORY_CAP} categories`)
    // Equal sets past the cap: the sample matches value for value, nothing is unseen, nothing drifts.
    const same = measured(ref, [...ref].reverse(), 'categorical', 'chi-square')
    expect(same).toMatchObject({ comparison: 'hashed', unseenShare: 0, effectSize: 0 })
    expect(decideDrift([same], [], DEFAULT_VALIDATE_DATA_POLICY).drifted).toEqual([])
    // Below the cap every category is compared exactly (not only the top 50): 60 disjoint categories per side.
    const exact = measured(
      Array.from({ length: 600 }, (_, i) => `a${i % 60}`),
      Array.from({ length: 600 }, (_, i) => `b${i % 60}`),
      'categorical',
      'chi-square',
    )
    expect(exact).toMatchObject({ comparison: 'exact', unseenShare: 1 })
    expect(exact.effectSize).toBeCloseTo(1, 12)
  })

  it("one global method with warn/fail bands (PSI 0.1 / 0.25, the seeds' style)", () => {
    const policy = resolveValidateDataPolicy({
      drift: { method: 'psi', thresholds: { psi: 0.25 }, warn_thresholds: { psi: 0.1 } },
    })
    const { pValue: _p, ...noP } = base
    const psi = (v: number): ColumnDriftMeasure => ({ ...noP, method: 'psi', statistic: v, effectSize: v, psi: v })
    const d = decideDrift([psi(0.05), { ...psi(0.15), column: 'y' }, { ...psi(0.3), column: 'z' }], [], policy)
    expect(d.checks.slice(1).map((c) => c.status)).toEqual(['pass', 'warn', 'fail'])
    expect(d.drifted).toEqual(['z'])
    expect(d.checks[2]?.message).toBe(
      `column "y" stable: ${driftMessages.distanceRule('psi', 0.15, 0.25, 0.1, false, true)}; PSI 0.15`,
    )
    expect(policy.drift.method).toBe('psi')
  })

  it('large_sample_size is accepted and ignored, with a deprecation notice', () => {
    expect(resolveValidateDataPolicy({ drift: { large_sample_size: 5000 } }).deprecations).toEqual([
      driftMessages.largeSampleSizeDeprecated(),
    ])
    expect(DEFAULT_VALIDATE_DATA_POLICY.deprecations).toEqual([])
  })
})
