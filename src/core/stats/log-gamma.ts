// Lanczos approximation, g = 7, n = 9 (the coefficients published by Numerical Recipes 3rd ed. / Boost).
const G = 7
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
]
const HALF_LOG_2PI = 0.9189385332046727

/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0 (Lanczos approximation, g = 7; relative error
 * about 1e-15 over the positive reals).
 * @see https://en.wikipedia.org/wiki/Lanczos_approximation
 * @throws {RangeError} if x is not a positive finite number
 * @example
 * logGamma(5) // => 3.178053830347944 (ln 24 = 3.1780538303479458)
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma: x must be a positive finite number, got ${x}`)
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let sum = COEFFICIENTS[0] as number
  for (let i = 1; i < G + 2; i++) sum += (COEFFICIENTS[i] as number) / (z + i)
  const t = z + G + 0.5
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum)
}
