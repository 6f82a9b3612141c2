/**
 * Katz's log interval for the ratio of two independent proportions p₁/p₂, with 0.5 added to every count and total
 * (statsmodels `confint_proportions_2indep(x1, n1, x2, n2, compare='ratio', method='log-adjusted')`, its default
 * for ratios): exp(ln(p̃₁/p̃₂) ± z·√(1/x̃₁ − 1/ñ₁ + 1/x̃₂ − 1/ñ₂)) with x̃ = x + ½, ñ = n + ½, so it is finite
 * when a count is 0.
 * @see Katz, Baptista, Azen & Pike (1978), Biometrics 34:469–474
 * @throws {RangeError} if a total is not positive, a count is not in [0, n], or z is not positive
 * @example katzRatioInterval(30, 100, 40, 100, 1.959963984540054) // => [0.5150383469753107, 1.1011590864004321]
 */
export function katzRatioInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z: number,
): readonly [number, number] {
  for (const [x, n] of [
    [x1, n1],
    [x2, n2],
  ] as const) {
    if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`katzRatioInterval: n must be a positive count, got ${n}`)
    if (!(x >= 0 && x <= n)) throw new RangeError(`katzRatioInterval: x must be in [0, ${n}], got ${x}`)
  }
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`katzRatioInterval: z must be positive, got ${z}`)
  const a = x1 + 0.5,
    m = n1 + 0.5,
    b = x2 + 0.5,
    k = n2 + 0.5
  const log = Math.log(a / m / (b / k))
  const half = z * Math.sqrt(1 / a - 1 / m + 1 / b - 1 / k)
  return [Math.exp(log - half), Math.exp(log + half)]
}
