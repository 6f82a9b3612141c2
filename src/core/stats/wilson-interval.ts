/**
 * Wilson score interval for a binomial proportion x/n at critical value z (statsmodels
 * `proportion_confint(x, n, alpha, method='wilson')` with z = Φ⁻¹(1 − alpha/2)):
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). It stays inside [0, 1] and is defined at x = 0 and x = n.
 * @see Wilson (1927), JASA 22:209–212; Newcombe (1998), Statistics in Medicine 17:857–872, method 3
 * @throws {RangeError} if n is not a positive integer count, x is not in [0, n], or z is not positive
 * @example wilsonInterval(3, 10, 1.959963984540054) // => [0.10779126740630099, 0.6032218525388546]
 */
export function wilsonInterval(x: number, n: number, z: number): readonly [number, number] {
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`wilsonInterval: n must be a positive count, got ${n}`)
  if (!(x >= 0 && x <= n)) throw new RangeError(`wilsonInterval: x must be in [0, ${n}], got ${x}`)
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`wilsonInterval: z must be positive, got ${z}`)
  const p = x / n
  const z2 = z * z
  const center = (p + z2 / (2 * n)) / (1 + z2 / n)
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n)
  return [x === 0 ? 0 : Math.max(0, center - half), x === n ? 1 : Math.min(1, center + half)]
}
