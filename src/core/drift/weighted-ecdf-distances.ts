/** A weighted sample in ascending order (exact data has weight 1 everywhere; sketches carry 2^level). */
export interface WeightedSorted {
  readonly values: ArrayLike<number>
  readonly weights: ArrayLike<number> | undefined
}

/**
 * Kolmogorov–Smirnov statistic sup|F_a − F_b| and first Wasserstein distance ∫|F_a − F_b| of two weighted sorted
 * samples in one merge pass. With unit weights these equal scipy's ks_2samp statistic and wasserstein_distance;
 * with sketch weights each ECDF is within the sketch's rank error ε, so KS is within ε_a + ε_b.
 * @throws {RangeError} if either sample is empty
 * @example
 * weightedEcdfDistances({ values: [0, 1], weights: undefined }, { values: [2, 3], weights: undefined }) // => { ks: 1, wasserstein: 2 }
 */
export function weightedEcdfDistances(a: WeightedSorted, b: WeightedSorted): { ks: number; wasserstein: number } {
  const na = a.values.length
  const nb = b.values.length
  if (na === 0 || nb === 0) throw new RangeError('weightedEcdfDistances: both samples must be non-empty')
  const total = (s: WeightedSorted): number => {
    if (s.weights === undefined) return s.values.length
    let t = 0
    for (let i = 0; i < s.weights.length; i++) t += s.weights[i] as number
    return t
  }
  const ta = total(a)
  const tb = total(b)
  let i = 0
  let j = 0
  let ca = 0
  let cb = 0
  let previous = Math.min(a.values[0] as number, b.values[0] as number)
  let ks = 0
  let wasserstein = 0
  while (i < na || j < nb) {
    const va = i < na ? (a.values[i] as number) : Infinity
    const vb = j < nb ? (b.values[j] as number) : Infinity
    const t = va <= vb ? va : vb
    wasserstein += Math.abs(ca / ta - cb / tb) * (t - previous)
    previous = t
    while (i < na && (a.values[i] as number) <= t) {
      ca += a.weights === undefined ? 1 : (a.weights[i] as number)
      i++
    }
    while (j < nb && (b.values[j] as number) <= t) {
      cb += b.weights === undefined ? 1 : (b.weights[j] as number)
      j++
    }
    const d = Math.abs(ca / ta - cb / tb)
    if (d > ks) ks = d
  }
  return { ks, wasserstein }
}
