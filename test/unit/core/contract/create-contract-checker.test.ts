import { describe, expect, it } from 'vitest'
import { createContractChecker } from '../../../../src/core/contract/create-contract-checker.js'
import { contractMessages } from '../../../../src/core/contract/messages.js'
import { inferContract } from '../../../../src/core/contract/infer-contract.js'
import { createColumnProfile, finishColumnProfile, profileAdd } from '../../../../src/core/profile/column-profile.js'
import { inferNullFraction } from '../../../../src/core/contract/infer-bounds.js'
import { cellHasType } from '../../../../src/core/contract/classify-cell.js'
import type { CellValue } from '../../../../src/core/data/cell-value.js'

function run(
  contract: Parameters<typeof createContractChecker>[0],
  header: string[],
  rows: CellValue[][],
  options = {},
) {
  const checker = createContractChecker(contract, header, 'd.csv', options)
  checker.observe(
    rows,
    rows.map((_, i) => i + 2),
  )
  return new Map(checker.finish().map((c) => [c.id, c]))
}

describe('createContractChecker', () => {
  it('checker reports count, fraction, examples and lines for each violated rule', () => {
    const checks = run(
      { columns: { a: { type: 'int', min: 0, max: 10 } } },
      ['a'],
      [['1'], ['11'], ['x'], ['-1'], ['12']],
    )
    expect(checks.get('contract.a.max')).toMatchObject({
      status: 'fail',
      observed: 2,
      locations: [
        { file: 'd.csv', line: 3 },
        { file: 'd.csv', line: 6 },
      ],
      details: { count: 2, fraction: 0.4 },
    })
    expect(checks.get('contract.a.min')?.message).toBe(contractMessages.belowMin('a', 1, 0))
    expect(checks.get('contract.a.type')).toMatchObject({
      status: 'fail',
      observed: 1,
      locations: [{ file: 'd.csv', line: 4 }],
    })
  })

  it('checker limits examples to maxExamples but counts all', () => {
    const checks = run(
      { columns: { a: { type: 'int' } } },
      ['a'],
      Array.from({ length: 20 }, () => ['x']),
      { maxExamples: 3 },
    )
    expect(checks.get('contract.a.type')?.observed).toBe(20)
    expect(checks.get('contract.a.type')?.locations).toHaveLength(3)
  })

  it('checker enforces max_null_fraction, row bounds, required and forbidden extra columns', () => {
    const checks = run(
      {
        columns: { a: { type: 'string', max_null_fraction: 0.25 }, b: { type: 'int' } },
        rows: { min: 5 },
        extra_columns: 'forbid',
      },
      ['a', 'c'],
      [
        [null, 'x'],
        [null, 'y'],
        ['z', 'w'],
      ],
    )
    expect(checks.get('contract.a.nulls')).toMatchObject({ status: 'fail', observed: 2 / 3 })
    expect(checks.get('contract.rows')).toMatchObject({ status: 'fail', observed: 3 })
    expect(checks.get('contract.b.present')?.message).toBe(contractMessages.missingColumn('b'))
    expect(checks.get('contract.columns.extra')?.message).toBe(contractMessages.extraColumns(['c']))
  })

  it('checker finds duplicates, regex and length violations, and allowed values', () => {
    const checks = run(
      {
        columns: {
          id: { type: 'string', unique: true, pattern: '^[a-z]+$', max_length: 3 },
          p: { type: 'category', allowed_values: ['a', 'b'] },
        },
      },
      ['id', 'p'],
      [
        ['ab', 'a'],
        ['ab', 'c'],
        ['A1', 'b'],
        ['abcd', 'b'],
      ],
    )
    expect(checks.get('contract.id.unique')).toMatchObject({ observed: 1, locations: [{ line: 3, file: 'd.csv' }] })
    expect(checks.get('contract.id.pattern')).toMatchObject({ observed: 1, locations: [{ line: 4, file: 'd.csv' }] })
    expect(checks.get('contract.id.length')).toMatchObject({ observed: 1, locations: [{ line: 5, file: 'd.csv' }] })
    expect(checks.get('contract.p.allowed-values')).toMatchObject({
      observed: 1,
      locations: [{ line: 3, file: 'd.csv' }],
    })
  })

  it('checker gives error (never pass) on no rows and on uniqueness beyond its limit', () => {
    expect(run({ columns: { a: { type: 'int' } } }, ['a'], []).get('contract.rows')?.status).toBe('error')
    const checks = run({ columns: { a: { type: 'int', unique: true } } }, ['a'], [['1'], ['2'], ['3']], {
      uniqueLimit: 2,
    })
    expect(checks.get('contract.a.unique')).toMatchObject({
      status: 'error',
      message: contractMessages.uniquenessLimit('a', 2),
    })
  })

  it('checker turns an invalid pattern into an error check', () => {
    expect(
      run({ columns: { a: { type: 'string', pattern: '(' } } }, ['a'], [['x']]).get('contract.a.pattern')?.status,
    ).toBe('error')
  })
})

describe('cellHasType', () => {
  it.each([
    ['42', 'int', true],
    ['4.5', 'int', false],
    [' 1e3 ', 'int', true],
    ['4.5', 'float', true],
    ['abc', 'float', false],
    ['yes', 'bool', true],
    ['2', 'bool', false],
    ['2024-02-30', 'timestamp', false],
    ['2024-02-29', 'timestamp', true],
    ['2023-02-29', 'timestamp', false],
    ['2024-01-31T24:00', 'timestamp', false],
    ['2024-01-31T12:00:00Z', 'timestamp', true],
    ['yesterday', 'timestamp', false],
  ] as const)('cellHasType(%j, %s) is %s', (cell, type, expected) => {
    expect(cellHasType(cell, type)).toBe(expected)
  })
})

describe('inferContract', () => {
  it('inferContract(profiles) picks the narrowest type, robust bounds, null tolerances and identifiers (issue #16)', () => {
    const columns: Record<string, CellValue[]> = {
      n: ['1', '2', '3', null],
      f: ['1.5', '2'],
      b: ['true', 'false'],
      c: ['x', 'y', 'x', 'x'],
      s: ['hello', 'a', 'b', 'c'],
      code: ['AB1', 'CD2', 'AB1'],
      id: Array.from({ length: 25 }, (_, i) => String(100 + i)),
      key: Array.from({ length: 25 }, (_, i) => `k-${i}`),
    }
    const profiles = Object.entries(columns).map(([name, cells]) => {
      const p = createColumnProfile(name)
      for (const cell of cells) profileAdd(p, cell)
      return finishColumnProfile(p)
    })
    const contract = inferContract(profiles)
    // n: Q1 1.5, Q3 2.5, IQR 1 → far fences −1.5 (never negative: 0) and 5.5 (an int: 6); 1 of 4 missing → the
    // 99.9% Wilson upper bound + 0.02, not the observed 0.25.
    expect(contract.columns.n).toMatchObject({
      type: 'int',
      min: 0,
      max: 6,
      max_null_fraction: inferNullFraction(1, 4),
    })
    expect(inferNullFraction(1, 4)).toBeGreaterThan(0.25)
    expect(inferNullFraction(0, 4)).toBe(0)
    // f: Q1 1.625, Q3 1.875 → 0.875 and 2.625.
    expect(contract.columns.f).toMatchObject({ type: 'float', min: 0.875, max: 2.625 })
    expect(contract.columns.b?.type).toBe('bool')
    expect(contract.columns.c).toMatchObject({ type: 'category', allowed_values: ['x', 'y'] })
    // Free text: no length bounds; a fixed-width code keeps its one length.
    expect(contract.columns.s).toEqual({ type: 'string', required: true, max_null_fraction: 0 })
    expect(contract.columns.code).toMatchObject({ type: 'string', min_length: 3, max_length: 3 })
    // Identifiers: unique, no range, no domain.
    expect(contract.columns.id).toEqual({ type: 'int', required: true, max_null_fraction: 0, unique: true })
    expect(contract.columns.key).toEqual({ type: 'string', required: true, max_null_fraction: 0, unique: true })
  })
})
