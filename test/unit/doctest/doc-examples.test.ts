// The doctest runner's own parts: a runner that cannot tell a wrong value from a right one would pass every example.
import { describe, expect, it } from 'vitest'
import { differences, docExamples, evaluateExample, parseExpected } from './doc-examples.js'

describe('docExamples', () => {
  it('docExamples(file, source) reads one-line, multi-line and illustrative examples, and flags the rest', () => {
    const source = [
      '/**',
      ' * Adds.',
      ' * @example add(1, 2) // => 3',
      ' * @example',
      ' * add(',
      ' *   1, 2) // => 3',
      ' * add(2, 2) // => 4',
      ' * @example (illustrative) add(x, y)',
      ' * @example add(1, 2)',
      ' * @returns the sum',
      ' */',
    ].join('\n')
    const { examples, skipped, malformed } = docExamples('add.ts', source)
    expect(examples).toEqual([
      { file: 'add.ts', line: 3, expression: 'add(1, 2)', expected: '3' },
      { file: 'add.ts', line: 6, expression: 'add( 1, 2)', expected: '3' },
      { file: 'add.ts', line: 7, expression: 'add(2, 2)', expected: '4' },
    ])
    expect(skipped).toEqual([{ file: 'add.ts', line: 8, text: '(illustrative) add(x, y)' }])
    expect(malformed.map((m) => [m.line, m.problem])).toEqual([[9, 'text after the last case has no // => VALUE']])
  })
})

describe('evaluateExample', () => {
  it('evaluateExample(expression, scope) sees the scope and TypeScript syntax, and no other name', () => {
    expect(evaluateExample('twice(21)!', { twice: (n: number) => 2 * n })).toBe(42)
    expect(() => evaluateExample('missing(1)', {})).toThrow(ReferenceError)
  })
})

describe('parseExpected and differences', () => {
  const check = (actual: unknown, expected: string): string[] => differences(actual, parseExpected(expected))

  it('numbers: integers exactly, decimals to the printed digits', () => {
    expect(check(0.7500000001, '0.75')).toEqual([])
    expect(check(0.76, '0.75')).toEqual(['value: expected 0.75 (to 2 decimals), got 0.76'])
    expect(check(0.9, '1')).toEqual(['value: expected 1, got 0.9'])
    expect(check(Number.NaN, 'NaN')).toEqual([])
    expect(check(-Infinity, '-Infinity')).toEqual([])
  })

  it('strings, scalars, a trailing remark', () => {
    expect(check('a\n…', "'a\\n…'")).toEqual([])
    expect(check('…', "'a\\n…'")).toEqual(['value: expected "a\\n…", got "…"'])
    expect(check(3.178053830347944, '3.178053830347944 (ln 24)')).toEqual([])
    expect(check(undefined, 'null')).toEqual(['value: expected null, got undefined'])
  })

  it('objects need exactly the printed keys; arrays the printed length; typed arrays the printed type', () => {
    expect(check({ a: 1, b: [true] }, '{ a: 1, "b": [true] }')).toEqual([])
    expect(check({ a: 1, b: 2 }, '{ a: 1 }')).toEqual(['value: keys not in the example: b'])
    expect(check([1, 2], '[1]')).toEqual(['value: expected 1 items, got 2: [1,2]'])
    expect(check(Uint32Array.of(1, 0), 'Uint32Array [1, 0]')).toEqual([])
    expect(check(Float64Array.of(1, 0), 'Uint32Array [1, 0]')).toEqual([
      'value: expected a Uint32Array, got Float64Array [1, 0]',
    ])
  })

  it('parseExpected(text) rejects what is not a literal', () => {
    expect(() => parseExpected('someVariable')).toThrow('unknown name someVariable')
    expect(() => parseExpected('[1, 2')).toThrow(SyntaxError)
    expect(() => parseExpected('1 + 1')).toThrow('unexpected text after the value')
  })
})
