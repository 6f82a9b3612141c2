import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseNumberText } from '../../../../src/core/data/parse-number-text.js'

// The definition parseNumberText implements, written the slow and obvious way (trim, regex, Number).
function referenceParse(cell: string): number {
  const text = cell.trim()
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return Number(text)
  const infinity = /^([+-]?)(?:inf|infinity)$/i.exec(text)
  if (infinity) return infinity[1] === '-' ? -Infinity : Infinity
  return Number.NaN
}

const numberish = fc.stringMatching(/^[ \t]?[+-]{0,2}[0-9]{0,20}\.?[0-9]{0,8}(?:[eE][+-]?[0-9]{0,3})?[ x]?$/)

describe('parseNumberText', () => {
  it('parseNumberText(text) agrees with trim + regex + Number on number-like text', () => {
    fc.assert(
      fc.property(numberish, (text) => Object.is(parseNumberText(text), referenceParse(text))),
      { numRuns: 20000 },
    )
  })
  it('parseNumberText(text) agrees with the definition on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', '0', '9', '.', 'e', 'E', '+', '-', ' ', 'i', 'n', 'f', 'x', '\u00a0') }),
        (text) => Object.is(parseNumberText(text), referenceParse(text)),
      ),
      { numRuns: 20000 },
    )
  })
  it('parseNumberText(String(x)) is x for every double (the fast path and Number() agree bit for bit)', () => {
    // String(-0) is '0', so -0 comes back as 0; every other double comes back bit for bit.
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => Object.is(parseNumberText(String(x)), Object.is(x, -0) ? 0 : x)),
      { numRuns: 20000 },
    )
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 9 }), (m, places) => {
        const text = (m / 10 ** places).toFixed(places)
        return Object.is(parseNumberText(text), Number(text))
      }),
      { numRuns: 20000 },
    )
  })
  it('parseNumberText(text) reads the cases a CSV holds', () => {
    expect(parseNumberText('48104.89')).toBe(48104.89)
    expect(parseNumberText('-0')).toBe(-0)
    expect(Object.is(parseNumberText('-0'), -0)).toBe(true)
    expect(parseNumberText('1e-400')).toBe(0)
    expect(parseNumberText('1e400')).toBe(Infinity)
    expect(parseNumberText('12345678901234567890')).toBe(12345678901234567000)
    expect(parseNumberText('+inf')).toBe(Infinity)
    expect(parseNumberText(' -Infinity ')).toBe(-Infinity)
    for (const text of ['', '.', '-', '1e', '1e+', '0x10', '1_000', 'NaN', '2024-01-05', 'basic'])
      expect(parseNumberText(text), text).toBeNaN()
  })
})
