// Issue #15: contract numbers that lie (NaN, ±Infinity) and patterns that hang are refused before any data is read;
// patterns run in RE2 (re2js), linear in the cell's length.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compileContractPattern } from '../../../../src/core/contract/compile-contract-pattern.js'
import { contractProblem } from '../../../../src/core/contract/contract-problems.js'
import { createContractChecker } from '../../../../src/core/contract/create-contract-checker.js'
import { contractMessages } from '../../../../src/core/contract/messages.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { readContract } from '../../../../src/validate-data/read-contract.js'

const tmp = mkdtempSync(join(tmpdir(), 'modelgate-contract-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function configurationError(run: () => unknown): ConfigurationError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return error as ConfigurationError
  }
  throw new Error('expected a ConfigurationError')
}

describe('contract numbers must be finite', () => {
  it.each([
    ['columns.a.max', { columns: { a: { type: 'float', max: Number.NaN } } }, Number.NaN],
    ['columns.a.min', { columns: { a: { type: 'float', min: -Infinity } } }, -Infinity],
    ['columns.a.max_null_fraction', { columns: { a: { type: 'float', max_null_fraction: Number.NaN } } }, Number.NaN],
    ['columns.a.max_length', { columns: { a: { type: 'string', max_length: Infinity } } }, Infinity],
    ['rows.max', { columns: { a: { type: 'int' } }, rows: { max: Infinity } }, Infinity],
  ] as const)('contractProblem names %s', (path, contract, value) => {
    expect(contractProblem(contract)).toEqual({
      path,
      message: `data contract: ${path} is ${String(value)}; bounds, fractions and counts must be finite numbers`,
      hint: contractMessages.nonFiniteNumberHint(),
    })
  })

  it('readContract refuses YAML .nan and .inf, naming the contract path (the schema holds numbers finite)', () => {
    const file = join(tmp, 'nan.yml')
    writeFileSync(file, 'columns:\n  a: { type: float, max: .nan }\n')
    const nan = configurationError(() => readContract(file))
    expect(nan.location).toMatchObject({ file, path: 'columns.a.max' })
    // Policy and contract documents are validated with strictNumbers, so the schema itself names the NaN.
    expect(nan.message).toBe('data contract: columns.a.max must be number (value: NaN)')
    writeFileSync(file, 'columns:\n  a: { type: int }\nrows: { min: 0, max: .inf }\n')
    expect(configurationError(() => readContract(file)).location).toMatchObject({ file, path: 'rows.max' })
    writeFileSync(file, 'columns:\n  a: { type: float, max_null_fraction: .nan }\n')
    expect(configurationError(() => readContract(file)).location).toMatchObject({
      file,
      path: 'columns.a.max_null_fraction',
    })
  })
})

describe('contract patterns run in linear time (RE2)', () => {
  it('the catastrophic pattern ^(a+)+$ on a 10,000-character cell finishes with the right answers', () => {
    const checker = createContractChecker({ columns: { s: { type: 'string', pattern: '^(a+)+$' } } }, ['s'], 'd.csv')
    const cells = ['a'.repeat(10_000), `${'a'.repeat(10_000)}!`, 'aaa', 'b']
    checker.observe(
      cells.map((c) => [c]),
      [2, 3, 4, 5],
    )
    const check = checker.finish().find((c) => c.id === 'contract.s.pattern')
    expect(check).toMatchObject({ status: 'fail', observed: 2 })
    expect(check?.locations).toEqual([
      { file: 'd.csv', line: 3 },
      { file: 'd.csv', line: 5 },
    ])
  })

  it('JavaScript syntax RE2 shares is accepted: \\d, named groups, \\u escapes, Unicode classes; test finds anywhere', () => {
    const test = (pattern: string, text: string): boolean => {
      const p = compileContractPattern(pattern)
      if (!p.ok) throw new Error(p.reason)
      return p.test(text)
    }
    expect(test('^\\d{4}-(?<m>\\d{2})$', '2024-01')).toBe(true)
    expect(test('^\\u00e9+$', 'éé')).toBe(true)
    expect(test('^\\p{Lu}', 'Élan')).toBe(true)
    expect(test('b', 'abc')).toBe(true)
    expect(test('^b', 'abc')).toBe(false)
  })

  it.each([
    ['(a)\\1', 'error parsing regexp: invalid escape sequence: `\\1`'],
    ['x(?!y)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?!`'],
    ['(?<=a)b', 'error parsing regexp: invalid named capture: `(?<=a)b`'],
  ])('readContract refuses %s (no linear-time match), naming the contract path and why', (pattern, reason) => {
    const file = join(tmp, 'pattern.yml')
    writeFileSync(file, `columns:\n  code: { type: string, pattern: '${pattern}' }\n`)
    const error = configurationError(() => readContract(file))
    const why = `${reason} (patterns run in RE2, a linear-time engine without backreferences or lookaround)`
    expect(error.message).toBe(`data contract: columns.code.pattern /${pattern}/ cannot be used: ${why}`)
    expect(error.location).toEqual({ file, path: 'columns.code.pattern', input: 'contract' })
    expect(error.hint).toBe(contractMessages.unusablePatternHint())
  })
})
