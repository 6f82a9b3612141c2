import { wilsonInterval } from './wilson-interval.js'

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions p₁ − p₂ = x₁/n₁ − x₂/n₂
 * (statsmodels `confint_proportions_2indep(x1, n1, x2, n2, compare='diff', method='newcomb')`): with Wilson
 * intervals [l₁, u₁] and [l₂, u₂], the bounds are d̂ − √((p̂₁ − l₁)² + (u₂ − p̂₂)²) and
 * d̂ + √((u₁ − p̂₁)² + (p̂₂ − l₂)²). It always contains d̂, stays in [−1, 1], and keeps close to nominal coverage
 * at small n and at rates near 0 or 1, where the Wald interval fails.
 * @see Newcombe (1998), Statistics in Medicine 17:873–890, method 10
 * @throws {RangeError} as `wilsonInterval` for either sample
 * @example newcombeDifferenceInterval(56, 70, 48, 80, 1.959963984540054) // => [0.05243147240236498, 0.333872654036906]
 */
export function newcombeDifferenceInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z: number,
): readonly [number, number] {
  const [l1, u1] = wilsonInterval(x1, n1, z)
  const [l2, u2] = wilsonInterval(x2, n2, z)
  const p1 = x1 / n1,
    p2 = x2 / n2
  const d = p1 - p2
  return [d - Math.hypot(p1 - l1, u2 - p2), d + Math.hypot(u1 - p1, p2 - l2)]
}
