/**
 * Formats a number for reports: integers as is, others to `digits` significant digits, without
 * exponent noise for ordinary magnitudes.
 * @example formatNumber(0.123456789) // => '0.1235'
 * @example formatNumber(1234567) // => '1234567'
 */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞'
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value)
  const abs = Math.abs(value)
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(digits - 1)
  return String(Number(value.toPrecision(digits)))
}

/**
 * Formats a share in [0, 1] as a percentage.
 * @example formatPercent(0.1234) // => '12.34%'
 */
export function formatPercent(share: number, decimals = 2): string {
  return `${(share * 100).toFixed(decimals)}%`
}
