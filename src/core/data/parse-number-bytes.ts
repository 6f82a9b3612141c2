import { parseNumberText } from './parse-number-text.js'

const ZERO = 48
const NINE = 57
const PLUS = 43
const MINUS = 45
const DOT = 46
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`))

/**
 * The number the UTF-8 bytes `bytes[start, end)` spell, exactly as {@link parseNumberText} reads their text (NaN when
 * they are no number), without making a string on the common path: plain ASCII decimals of at most 15 significant
 * digits within 10^±22 take Clinger's fast path over the bytes; everything else (surrounding whitespace, non-ASCII
 * edges, `inf`, long mantissas) is decoded with `decode` and handed to parseNumberText.
 * @throws never
 * @example
 * parseNumberBytes(new TextEncoder().encode('-1.5e3'), 0, 6, (b, s, e) => new TextDecoder().decode(b.subarray(s, e))) // => -1500
 */
export function parseNumberBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  decode: (bytes: Uint8Array, start: number, end: number) => string,
): number {
  if (end <= start) return Number.NaN
  const first = bytes[start] as number
  const last = bytes[end - 1] as number
  if (first <= 32 || last <= 32 || first >= 127 || last >= 127) return parseNumberText(decode(bytes, start, end))
  let i = start
  if (first === PLUS || first === MINUS) i++
  let mantissa = 0
  let digits = 0
  let fractionDigits = 0
  let c = i < end ? (bytes[i] as number) : -1
  while (c >= ZERO && c <= NINE) {
    mantissa = mantissa * 10 + (c - ZERO)
    digits++
    c = ++i < end ? (bytes[i] as number) : -1
  }
  if (c === DOT) {
    c = ++i < end ? (bytes[i] as number) : -1
    while (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO)
      digits++
      fractionDigits++
      c = ++i < end ? (bytes[i] as number) : -1
    }
  }
  if (digits === 0) {
    return i === end || (c !== 73 && c !== 105) ? Number.NaN : parseNumberText(decode(bytes, start, end))
  }
  let exponent = 0
  if (c === 69 || c === 101) {
    c = ++i < end ? (bytes[i] as number) : -1
    let exponentSign = 1
    if (c === PLUS || c === MINUS) {
      if (c === MINUS) exponentSign = -1
      c = ++i < end ? (bytes[i] as number) : -1
    }
    let exponentDigits = 0
    while (c >= ZERO && c <= NINE) {
      if (exponent < 1e6) exponent = exponent * 10 + (c - ZERO)
      exponentDigits++
      c = ++i < end ? (bytes[i] as number) : -1
    }
    if (exponentDigits === 0) return Number.NaN
    exponent *= exponentSign
  }
  if (i !== end) return Number.NaN
  const scale = exponent - fractionDigits
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    const value =
      scale >= 0 ? mantissa * (POWERS_OF_TEN[scale] as number) : mantissa / (POWERS_OF_TEN[-scale] as number)
    return first === MINUS ? -value : value
  }
  return Number(decode(bytes, start, end))
}
