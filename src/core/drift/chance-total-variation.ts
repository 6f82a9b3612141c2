/** Pooled counts up to this are summed exactly over the hypergeometric law; larger ones use its normal limit. */
const EXACT_POOLED_COUNT = 64

/**
 * The total variation distance two count vectors over the same cells show by chance alone: its mean under the
 * permutation null given the margins (each cell's pooled count kᵢ split between the sides as Hypergeometric(N, kᵢ,
 * n₁)), ½ Σᵢ E|c₁ᵢ/n₁ − (kᵢ − c₁ᵢ)/n₂|, summed exactly for kᵢ ≤ 64 and as √(2/π)·sd beyond. The plug-in TVD of
 * equal distributions over K cells grows like √(K/n); subtracting this keeps a minimum effect meaningful when a
 * column has many categories or hash buckets. 0 when either side is empty.
 * @throws never
 * @example
 * chanceTotalVariation([1, 1], [1, 1]) // => 0.3333333333333333
 * @example
 * chanceTotalVariation([5, 0], [0, 0]) // => 0
 */
export function chanceTotalVariation(a: readonly number[], b: readonly number[]): number {
  let n1 = 0
  let n2 = 0
  for (let i = 0; i < a.length; i++) {
    n1 += a[i] as number
    n2 += b[i] as number
  }
  if (n1 === 0 || n2 === 0) return 0
  let sum = 0
  for (let i = 0; i < a.length; i++) {
    const k = (a[i] as number) + (b[i] as number)
    if (k > 0) sum += k <= EXACT_POOLED_COUNT ? exactMeanGap(k, n1, n2) : normalMeanGap(k, n1, n2)
  }
  return sum / 2
}

/** E|c/n₁ − (k − c)/n₂| for c ~ Hypergeometric(n₁ + n₂, k, n₁), summed over its support. */
function exactMeanGap(k: number, n1: number, n2: number): number {
  const lo = Math.max(0, k - n2)
  const hi = Math.min(k, n1)
  let weight = 1
  let total = 0
  let mean = 0
  for (let c = lo; c <= hi; c++) {
    total += weight
    mean += weight * Math.abs(c / n1 - (k - c) / n2)
    weight *= ((k - c) * (n1 - c)) / ((c + 1) * (n2 - k + c + 1))
  }
  return mean / total
}

/** √(2/π) times the standard deviation of c/n₁ − (k − c)/n₂ (the normal limit of exactMeanGap). */
function normalMeanGap(k: number, n1: number, n2: number): number {
  const n = n1 + n2
  const variance = (k * (n1 / n) * (n2 / n) * (n - k)) / (n - 1)
  return Math.sqrt((2 / Math.PI) * variance) * (n / (n1 * n2))
}
