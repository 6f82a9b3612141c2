import { describe, expect, it } from 'vitest'
import { driftMethodFor } from '../../../../src/core/drift/drift-method-for.js'
import { decideDrift } from '../../../../src/core/drift/decide-drift.js'
import { driftFigures } from '../../../../src/core/drift/drift-figures.js'
import {
  measureColumnDrift,
  type ColumnDriftMeasure,
  type ColumnDriftResult,
} from '../../../../src/core/drift/measure-column-drift.js'
import { driftMessages } from '../../../../src/core/drift/messages.js'
import { columnKindOf } from '../../../../src/core/drift/column-kind-of.js'
import {
  DEFAULT_VALIDATE_DATA_POLICY,
  resolveValidateDataPolicy,
} from '../../../../src/core/drift/resolve-validate-data-policy.js'
import {
  CATEGORY_CAP,
  createColumnProfile,
  finishColumnProfile,
  profileAdd,
  EXACT_VALUES_LIMIT,
} from '../../../../src/core/profile/column-profile.js'
import { ksTwoSample } from '../../../../src/core/stats/ks-two-sample.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'
import type { CellValue } from '../../../../src/core/data/cell-value.js'

function profile(name: string, cells: readonly CellValue[]) {
  const p = createColumnProfile(name)
  for (const c of cells) profileAdd(p, c)
  return p
}

/** The measure of a comparable column (fails the test with the reason otherwise). */
function measured(result: ColumnDriftResult): ColumnDriftMeasure {
  if (result.kind !== 'measured') throw new Error(`expected a measure, got not-comparable: ${result.reason}`)
  return result.measure
}

const measure = (
  column: string,
  method: ColumnDriftMeasure['method'],
  statistic: number,
  pValue?: number,
): ColumnDriftMeasure => ({
  column,
  kind: 'numeric',
  method,
  referenceCount: 100,
  currentCount: 100,
  statistic,
  effectSize: statistic,
  psi: 0.01,
  approximation: 0,
  comparison: 'exact',
  histogram: { bins: ['a'], reference: [1], current: [1] },
  ...(pValue === undefined ? {} : { pValue }),
})

describe('driftMethodFor', () => {
  it.each([
    ['numeric', 'ks'],
    ['categorical', 'chi-square'],
  ] as const)('driftMethodFor(%s) is %s at every sample size (no switch to distances)', (kind, expected) => {
    expect(driftMethodFor(kind)).toBe(expected)
  })
  it('driftMethodFor(kind, override) returns the override', () => {
    expect(driftMethodFor('numeric', 'psi')).toBe('psi')
  })
})

describe('decideDrift', () => {
  it('decideDrift applies Benjamini–Hochberg across p-value columns by default', () => {
    // raw p 0.03 and 0.04 are both < 0.05, but BH over [0.03, 0.04, 0.9] gives 0.06, 0.06, 0.9.
    const ms = [measure('a', 'ks', 0.2, 0.03), measure('b', 'ks', 0.2, 0.04), measure('c', 'ks', 0.1, 0.9)]
    expect(decideDrift(ms, [], DEFAULT_VALIDATE_DATA_POLICY).drifted).toEqual([])
    const noFdr = resolveValidateDataPolicy({ drift: { fdr: false } })
    expect(decideDrift(ms, [], noFdr).drifted).toEqual(['a', 'b'])
  })

  it('decideDrift compares distances with their thresholds and dataset share', () => {
    const d = decideDrift(
      [measure('a', 'wasserstein', 0.15), measure('b', 'jensen-shannon', 0.05)],
      [],
      DEFAULT_VALIDATE_DATA_POLICY,
    )
    expect(d.drifted).toEqual(['a'])
    expect(d.checks[0]).toMatchObject({ id: 'drift.dataset', status: 'fail', observed: 0.5 })
  })

  it('decideDrift gives error (never pass) for unmeasurable columns and for no columns at all', () => {
    const d = decideDrift([], [{ column: 'x', message: 'no values' }], DEFAULT_VALIDATE_DATA_POLICY)
    expect(d.checks.map((c) => c.status)).toEqual(['error', 'error'])
  })

  it('driftFigures gives a table, a PSI bar chart and two-series histograms of drifted columns', () => {
    const figures = driftFigures(decideDrift([measure('a', 'wasserstein', 0.5)], [], DEFAULT_VALIDATE_DATA_POLICY))
    expect(figures.map((f) => f.kind)).toEqual(['table', 'bar', 'bar'])
    const hist = figures[2]
    expect(hist?.kind === 'bar' ? hist.series.map((s) => s.name) : []).toEqual(['reference', 'current'])
  })
})

describe('measureColumnDrift', () => {
  it('measureColumnDrift(ks) on exact profiles equals ksTwoSample', () => {
    const random = seededRandom(9)
    const a = Array.from({ length: 300 }, () => random())
    const b = Array.from({ length: 200 }, () => random() + 0.1)
    const m = measured(
      measureColumnDrift(profile('x', a.map(String)), profile('x', b.map(String)), 'numeric', 'ks', 10),
    )
    const r = ksTwoSample(a, b)
    expect(m.statistic).toBe(r.statistic)
    expect(m.pValue).toBe(r.pValue)
  })

  it('measureColumnDrift on sketched profiles stays within the stated KS bound', () => {
    const random = seededRandom(2)
    const n = EXACT_VALUES_LIMIT + 50_000
    const ref = createColumnProfile('x')
    const cur = createColumnProfile('x')
    const a = new Float64Array(n)
    const b = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      a[i] = random() + random()
      b[i] = random() + random() + 0.02
      profileAdd(ref, a[i] as number)
      profileAdd(cur, b[i] as number)
    }
    expect(ref.values).toBeNull()
    const m = measured(measureColumnDrift(ref, cur, 'numeric', 'ks', 10))
    const exact = ksTwoSample(a, b)
    expect(m.approximation).toBeGreaterThan(0)
    expect(Math.abs(m.statistic - exact.statistic)).toBeLessThanOrEqual(m.approximation)
  }, 60_000)

  it('measureColumnDrift is not-comparable, with the side named, when a side has no values (all null)', () => {
    expect(measureColumnDrift(profile('x', [null, null]), profile('x', ['1']), 'numeric', 'ks', 10)).toEqual({
      kind: 'not-comparable',
      column: 'x',
      reason: driftMessages.noValues('x', 'reference'),
    })
    expect(measureColumnDrift(profile('x', ['a']), profile('x', [null]), 'categorical', 'chi-square', 10)).toEqual({
      kind: 'not-comparable',
      column: 'x',
      reason: driftMessages.noValues('x', 'current'),
    })
  })

  it('measureColumnDrift(numeric) is not-comparable when a side has values but no numbers', () => {
    const result = measureColumnDrift(profile('t', ['1', '2']), profile('t', ['a', 'b']), 'numeric', 'ks', 10)
    expect(result).toEqual({ kind: 'not-comparable', column: 't', reason: driftMessages.noNumericValues('t') })
    // The same text compares fine as categories.
    expect(measureColumnDrift(profile('t', ['1', '2']), profile('t', ['a', 'b']), 'categorical', 'ks', 10).kind).toBe(
      'measured',
    )
  })

  it('measureColumnDrift(categorical) is not-comparable when the current side froze its category counts', () => {
    const reference = profile('n', ['1', '2', '3'])
    const current = finishColumnProfile(
      profile(
        'n',
        Array.from({ length: CATEGORY_CAP + 5 }, (_, i) => String(i)),
      ),
    )
    expect(current.categoriesFrozen).toBe(true)
    expect(measureColumnDrift(reference, current, 'categorical', 'chi-square', 10)).toEqual({
      kind: 'not-comparable',
      column: 'n',
      reason: driftMessages.tooManyCategories('n', CATEGORY_CAP, 'current'),
    })
  })

  it('columnKindOf treats 0/1 flags as categorical and many distinct numbers as numeric', () => {
    expect(columnKindOf(profile('f', ['0', '1', '1']))).toBe('categorical')
    expect(
      columnKindOf(
        profile(
          'n',
          Array.from({ length: 50 }, (_, i) => String(i)),
        ),
      ),
    ).toBe('numeric')
  })
})

describe('measureColumnDrift on capped categories', () => {
  it('measureColumnDrift does not see drift in values one side stopped tracking (category cap)', () => {
    const random = seededRandom(4)
    const draw = (): string[] => Array.from({ length: 60_000 }, () => `v${Math.floor(random() * 1500)}`)
    const m = measured(
      measureColumnDrift(profile('c', draw()), profile('c', draw()), 'categorical', 'jensen-shannon', 10),
    )
    expect(m.statistic).toBeLessThan(0.05)
  })
})

describe('new categories in the report (issue #18 item 4)', () => {
  it('a categorical drift check names the current categories the reference never had, most frequent first', () => {
    const ref = profile('region', [...Array<string>(60).fill('eu'), ...Array<string>(40).fill('us')])
    const cur = profile('region', [
      ...Array<string>(50).fill('eu'),
      ...Array<string>(20).fill('us'),
      ...Array<string>(25).fill('Korea'),
      ...Array<string>(5).fill('Peru'),
    ])
    const m = measured(measureColumnDrift(ref, cur, 'categorical', 'chi-square', 10))
    expect(m.unseen).toEqual([
      { value: 'Korea', count: 25 },
      { value: 'Peru', count: 5 },
    ])
    const check = decideDrift([m], [], DEFAULT_VALIDATE_DATA_POLICY).checks.find((c) => c.id === 'drift.region')
    expect(check?.status).toBe('fail')
    expect(check?.examples).toEqual([
      { value: 'Korea', count: 25 },
      { value: 'Peru', count: 5 },
    ])
    expect(check?.measure).toBe('chi-square p (BH-adjusted)')
  })
})
