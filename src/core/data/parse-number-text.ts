// A decimal number: optional sign, digits with an optional fraction (or a fraction alone), optional exponent.
// Also the IEEE words Infinity/-Infinity/+Infinity (pandas reads `inf`; we accept the JS spelling and `inf`).
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
const INFINITY = /^([+-]?)(?:inf|infinity)$/i

const ZERO = 48
const NINE = 57
const PLUS = 43
const MINUS = 45
const DOT = 46

/**
 * The number a text cell spells, or NaN when it is not one: the grammar of `cellToNumber` (a whole decimal literal
 * after trimming whitespace, or `inf`/`Infinity` with an optional sign). This is the hot path of every dataset
 * scan, so plain ASCII text is checked by one pass over its character codes; text with surrounding whitespace or
 * non-ASCII edges takes the trimming regular-expression path, which accepts exactly the same language.
 * @throws never
 * @example
 * parseNumberText('-1.5e3') // => -1500
 */
export function parseNumberText(text: string): number {
  const n = text.length
  if (n === 0) return Number.NaN
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(n - 1)
  if (first <= 32 || last <= 32 || first >= 127 || last >= 127) return parseTrimmed(text)
  let i = 0
  if (first === PLUS || first === MINUS) i = 1
  // Digits accumulate into an exact integer mantissa while they fit (≤ 15 significant digits, < 2⁵³).
  let mantissa = 0
  let digits = 0
  let fractionDigits = 0
  let c = text.charCodeAt(i)
  while (c >= ZERO && c <= NINE) {
    mantissa = mantissa * 10 + (c - ZERO)
    digits++
    c = text.charCodeAt(++i)
  }
  if (c === DOT) {
    c = text.charCodeAt(++i)
    while (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO)
      digits++
      fractionDigits++
      c = text.charCodeAt(++i)
    }
  }
  if (digits === 0) return i === n || (c !== 73 && c !== 105) ? Number.NaN : parseTrimmed(text) // I/i: inf, Infinity
  let exponent = 0
  if (c === 69 || c === 101) {
    // e/E: an exponent needs at least one digit after its optional sign.
    c = text.charCodeAt(++i)
    let exponentSign = 1
    if (c === PLUS || c === MINUS) {
      if (c === MINUS) exponentSign = -1
      c = text.charCodeAt(++i)
    }
    let exponentDigits = 0
    while (c >= ZERO && c <= NINE) {
      if (exponent < 1e6) exponent = exponent * 10 + (c - ZERO)
      exponentDigits++
      c = text.charCodeAt(++i)
    }
    if (exponentDigits === 0) return Number.NaN
    exponent *= exponentSign
  }
  if (i !== n) return Number.NaN
  // Clinger's fast path: an exact mantissa times or divided by an exact power of ten is one correctly rounded
  // IEEE operation, so it equals what Number() computes; anything longer goes to Number().
  const scale = exponent - fractionDigits
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    const value =
      scale >= 0 ? mantissa * (POWERS_OF_TEN[scale] as number) : mantissa / (POWERS_OF_TEN[-scale] as number)
    return first === MINUS ? -value : value
  }
  return Number(text)
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`))

function parseTrimmed(cell: string): number {
  const text = cell.trim()
  if (text.length === 0) return Number.NaN
  if (DECIMAL.test(text)) return Number(text)
  const infinity = INFINITY.exec(text)
  if (infinity) return infinity[1] === '-' ? -Infinity : Infinity
  return Number.NaN
}
