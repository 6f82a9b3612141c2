/**
 * A finite number written as a plain decimal, never in exponent notation: the Mermaid xychart grammar reads
 * numbers as `[+-]?(\d+(\.\d+)?|\.\d+)`, so `1e-9` or `1e+21` break a chart. The digits are the shortest ones
 * that round-trip (as `String(value)` gives them), only the decimal point moves; `-0` is written `0`.
 * @throws {RangeError} if `value` is NaN or ±Infinity
 * @example plainDecimal(1e-9) // => '0.000000001'
 * @example plainDecimal(-1.25e21) // => '-1250000000000000000000'
 * @example plainDecimal(0.5) // => '0.5'
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`plainDecimal: ${value} is not a finite number`)
  if (value === 0) return '0'
  const text = String(Math.abs(value))
  const sign = value < 0 ? '-' : ''
  const e = text.indexOf('e')
  if (e < 0) return sign + text
  const [whole = '', fraction = ''] = text.slice(0, e).split('.')
  const digits = whole + fraction
  const point = whole.length + Number(text.slice(e + 1))
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length)
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}
