import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contractAggregateChecks, profileQuantile } from '../../../../src/core/contract/aggregate-checks.js'
import { combineShardChecks } from '../../../../src/core/contract/combine-shard-checks.js'
import type { Contract } from '../../../../src/core/contract/contract.js'
import { contractProblem } from '../../../../src/core/contract/contract-problems.js'
import { createContractChecker } from '../../../../src/core/contract/create-contract-checker.js'
import type { CellValue } from '../../../../src/core/data/cell-value.js'
import type { Check } from '../../../../src/core/gate/check.js'
import { createColumnProfile, finishColumnProfile, profileAdd } from '../../../../src/core/profile/column-profile.js'
import { mergeProfiles } from '../../../../src/core/profile/merge-profiles.js'
import { createQuantileSketch, sketchAdd } from '../../../../src/core/profile/quantile-sketch.js'

const golden = JSON.parse(
  readFileSync(new URL('../../../../fixtures/golden/contract-aggregates.pandas.json', import.meta.url), 'utf8'),
) as {
  cases: {
    name: string
    values: (number | null)[]
    mean: number
    stdev: number
    quantiles: { q: number; value: number }[]
  }[]
}

function profileOf(name: string, values: readonly (number | null)[]) {
  const p = createColumnProfile(name)
  for (const v of values) profileAdd(p, v === null ? null : String(v))
  return finishColumnProfile(p)
}

function checks(contract: Contract, rows: CellValue[][], firstLine = 2): Check[] {
  const checker = createContractChecker(contract, Object.keys(contract.columns), 'd.csv')
  checker.observe(
    rows,
    rows.map((_, i) => i + firstLine),
  )
  return checker.finish()
}

const byId = (list: readonly Check[], id: string): Check | undefined => list.find((c) => c.id === id)

describe('contract aggregate expectations (mean, stdev, quantiles)', () => {
  it('mean, sample stdev and nearest-rank quantiles match pandas (the calls of Great Expectations’ pandas engine)', () => {
    expect(golden.cases).toHaveLength(5)
    for (const c of golden.cases) {
      const profile = profileOf('x', c.values)
      const contract: Contract = {
        columns: {
          x: {
            type: 'float',
            mean: { min: -1e9 },
            stdev: { min: 0 },
            quantiles: c.quantiles.map((q) => ({ q: q.q, min: -1e9 })),
          },
        },
      }
      const out = contractAggregateChecks(contract, [profile])
      // Welford vs pandas' two-pass sum: equal to 1e-12 relative.
      expect(Math.abs((byId(out, 'contract.x.mean')?.observed as number) - c.mean)).toBeLessThan(
        1e-12 * Math.abs(c.mean),
      )
      expect(Math.abs((byId(out, 'contract.x.stdev')?.observed as number) - c.stdev)).toBeLessThan(1e-12 * c.stdev)
      for (const q of c.quantiles)
        expect(byId(out, `contract.x.quantile-${q.q}`)?.observed, `${c.name} q=${q.q}`).toBe(q.value)
    }
  })

  it('bounds are inclusive unless strict, and the check says which bound', () => {
    const p = profileOf('x', [1, 2, 3, 4])
    const at = (bounds: { min?: number; max?: number; strict_min?: boolean; strict_max?: boolean }) =>
      contractAggregateChecks({ columns: { x: { type: 'int', mean: bounds } } }, [p])[0]?.status
    expect(at({ min: 2.5, max: 2.5 })).toBe('pass')
    expect(at({ min: 2.5, strict_min: true })).toBe('fail')
    expect(at({ max: 2.5, strict_max: true })).toBe('fail')
    expect(at({ max: 2.4 })).toBe('fail')
  })

  it('the same value from merged shard profiles as from one profile', () => {
    const values = golden.cases[4]?.values ?? []
    const whole = profileOf('x', values)
    const merged = mergeProfiles(profileOf('x', values.slice(0, 77)), profileOf('x', values.slice(77)))
    const contract: Contract = {
      columns: { x: { type: 'float', mean: { min: 0 }, stdev: { min: 0 }, quantiles: [{ q: 0.9, max: 1e9 }] } },
    }
    const a = contractAggregateChecks(contract, [whole])
    const b = contractAggregateChecks(contract, [merged])
    expect(b.map((c) => c.status)).toEqual(a.map((c) => c.status))
    expect(b[2]?.observed).toBe(a[2]?.observed)
    expect(Math.abs((b[1]?.observed as number) - (a[1]?.observed as number))).toBeLessThan(1e-9)
  })

  it('a column with too few numbers is an error, never a pass', () => {
    const p = profileOf('x', [null, 5])
    const out = contractAggregateChecks(
      { columns: { x: { type: 'float', mean: { max: 10 }, stdev: { max: 1 }, quantiles: [{ q: 0.5, max: 1 }] } } },
      [p],
    )
    expect(out.map((c) => c.status)).toEqual(['pass', 'error', 'fail'])
    const empty = contractAggregateChecks({ columns: { x: { type: 'float', mean: { max: 10 } } } }, [
      profileOf('x', [null]),
    ])
    expect(empty[0]).toMatchObject({ status: 'error', observed: null })
  })

  it('a quantile from the sketch is within its stated rank error and the check says it is an estimate', () => {
    const sketch = createQuantileSketch(64)
    const n = 20_000
    for (let i = 0; i < n; i++) sketchAdd(sketch, (i * 7919) % n)
    const q = profileQuantile({ numbers: n, values: null, sketch }, 0.5)
    expect(q?.epsilon).toBeGreaterThan(0)
    // Values are a permutation of 0 … n − 1: value v has rank v.
    expect(Math.abs((q?.value as number) - 0.5 * (n - 1))).toBeLessThanOrEqual((q?.epsilon as number) * n + 1)
    const p = { ...createColumnProfile('x'), numbers: n, values: null, sketch }
    const [check] = contractAggregateChecks({ columns: { x: { type: 'int', quantiles: [{ q: 0.5, min: 0 }] } } }, [p])
    expect(check?.message).toContain('quantile sketch')
    expect(check?.details).toMatchObject({ approximate: true, rankErrorBound: q?.epsilon })
  })

  it('severity warning on an aggregate reports warn', () => {
    const p = profileOf('x', [1, 2, 3])
    const [check] = contractAggregateChecks(
      { columns: { x: { type: 'int', mean: { max: 1 }, severity: { mean: 'warning' } } } },
      [p],
    )
    expect(check).toMatchObject({ status: 'warn', details: { severity: 'warning' } })
  })

  it('contractProblem refuses non-finite aggregate numbers and reversed bounds', () => {
    expect(contractProblem({ columns: { a: { type: 'float', mean: { min: Number.NaN } } } })?.path).toBe(
      'columns.a.mean.min',
    )
    expect(contractProblem({ columns: { a: { type: 'float', quantiles: [{ q: 0.5, min: 2, max: 1 }] } } })?.path).toBe(
      'columns.a.quantiles[0]',
    )
    expect(contractProblem({ columns: { a: { type: 'float', mostly: { max: Number.NaN } } } })?.path).toBe(
      'columns.a.mostly.max',
    )
  })
})

describe('mostly and severity on row-level rules', () => {
  // 100 non-null cells (and 10 nulls); `bad` of them above max 10.
  const rows = (bad: number): CellValue[][] => [
    ...Array.from({ length: 100 }, (_, i): CellValue[] => [i < bad ? '99' : '1']),
    ...Array.from({ length: 10 }, (): CellValue[] => [null]),
  ]
  const contract = (mostly: number): Contract => ({
    columns: { a: { type: 'int', max: 10, max_null_fraction: 0.5, mostly } },
  })

  it('mostly 0.95 passes at exactly 95 of 100 non-null cells and fails at 94 (nulls not counted)', () => {
    expect(byId(checks(contract(0.95), rows(5)), 'contract.a.max')).toMatchObject({
      status: 'pass',
      observed: 0.95,
      threshold: { min: 0.95 },
      details: { count: 5, considered: 100, mostly: 0.95 },
    })
    const failed = byId(checks(contract(0.95), rows(6)), 'contract.a.max')
    expect(failed).toMatchObject({ status: 'fail', observed: 0.94, details: { count: 6, considered: 100 } })
    expect(failed?.locations).toHaveLength(5)
  })

  it('mostly per rule applies to that rule only', () => {
    const c: Contract = {
      columns: { a: { type: 'int', min: 50, max: 10, max_null_fraction: 0.5, mostly: { max: 0.9 } } },
    }
    const out = checks(c, rows(5))
    expect(byId(out, 'contract.a.max')?.status).toBe('pass')
    expect(byId(out, 'contract.a.min')).toMatchObject({ status: 'fail', observed: 95, threshold: { max: 0 } })
  })

  it('severity warning turns a broken rule into warn (reported, not failing); error is the default', () => {
    const c: Contract = { columns: { a: { type: 'int', max: 10, max_null_fraction: 0, severity: 'warning' } } }
    const out = checks(c, rows(3))
    expect(byId(out, 'contract.a.max')).toMatchObject({ status: 'warn', observed: 3, details: { severity: 'warning' } })
    expect(byId(out, 'contract.a.max')?.message).toContain('severity: warning')
    expect(byId(out, 'contract.a.nulls')?.status).toBe('warn')
    const perRule: Contract = {
      columns: { a: { type: 'int', max: 10, max_null_fraction: 0, severity: { max: 'warning' } } },
    }
    expect(byId(checks(perRule, rows(3)), 'contract.a.nulls')?.status).toBe('fail')
    expect(byId(checks(perRule, rows(3)), 'contract.a.max')?.status).toBe('warn')
  })

  it('sharded checks combine to the checks of one pass (mostly at the boundary, severity, nulls)', () => {
    const variants: Contract[] = [
      contract(0.95),
      { columns: { a: { type: 'int', max: 10, max_null_fraction: 0.05, severity: 'warning', mostly: 0.95 } } },
      { columns: { a: { type: 'int', max: 10, max_null_fraction: 0.05, severity: 'warning' } } },
    ]
    for (const c of variants) {
      for (const bad of [5, 6]) {
        const all = rows(bad)
        // Shuffle-free split that puts every bad row in the first shard and the nulls in the second.
        const one = checks(c, all)
        const shards = [checks(c, all.slice(0, 40)), checks(c, all.slice(40), 42)]
        const combined = combineShardChecks(shards)
        for (const check of one) {
          const other = byId(combined, check.id)
          expect(other?.status, `${check.id} bad=${bad}`).toBe(check.status)
          expect(other?.observed, `${check.id} bad=${bad}`).toBe(check.observed)
          if (typeof check.details?.mostly === 'number') expect(other).toEqual(check)
        }
      }
    }
  })
})
