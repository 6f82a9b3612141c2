import { normalCdf } from './normal-cdf.js'

export interface DeLongResult {
  readonly aucA: number
  readonly aucB: number
  /** aucB − aucA. */
  readonly difference: number
  /** Variance of the difference. */
  readonly variance: number
  readonly z: number
  /** Two-sided p-value of H₀: AUC_A = AUC_B. */
  readonly pValue: number
}

/** First index in ascending `sorted` whose value is >= x (or > x when `strict`). */
function bound(sorted: Float64Array, x: number, strict: boolean): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const v = sorted[mid] as number
    if (v < x || (strict && v === x)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Midranks (1-based, ties averaged) of `values`: a native numeric sort, then two binary searches per value. */
function midranks(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort()
  const ranks = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number
    const first = bound(sorted, x, false)
    const last = bound(sorted, x, true)
    ranks[i] = 0.5 * (first + last - 1) + 1
  }
  return ranks
}

/**
 * DeLong's test for two correlated ROC-AUCs on the same rows, in the O(n log n) form of Sun & Xu (2014):
 * placement values from midranks of positives, negatives and both pooled; covariance S = S₁₀/m + S₀₁/n;
 * z = (AUC_B − AUC_A)/√(S_AA + S_BB − 2S_AB), p = 2(1 − Φ(|z|)).
 * @see DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44:837; Sun & Xu (2014), IEEE SPL 21(11):1389
 * @throws {RangeError} if lengths differ, a label is not 0/1, one class is absent, or the variance is 0
 * @example
 * deLongTest([0, 0, 1, 1, 0, 1], [0.1, 0.4, 0.35, 0.8, 0.5, 0.3], [0.2, 0.3, 0.6, 0.9, 0.4, 0.7]).aucB // => 1
 */
export function deLongTest(
  yTrue: ArrayLike<number>,
  scoreA: ArrayLike<number>,
  scoreB: ArrayLike<number>,
): DeLongResult {
  const total = yTrue.length
  if (scoreA.length !== total || scoreB.length !== total) {
    throw new RangeError(`deLongTest: lengths differ (${total}, ${scoreA.length}, ${scoreB.length})`)
  }
  let m = 0
  for (let i = 0; i < total; i++) {
    const y = yTrue[i]
    if (y !== 0 && y !== 1) throw new RangeError(`deLongTest: label at row ${i} is ${String(y)}; must be 0 or 1`)
    if (y === 1) m++
  }
  const n = total - m
  if (m === 0 || n === 0) throw new RangeError('deLongTest: both classes must be present')
  const v10: Float64Array[] = []
  const v01: Float64Array[] = []
  const aucs: number[] = []
  for (const score of [scoreA, scoreB]) {
    const pos = new Float64Array(m)
    const neg = new Float64Array(n)
    const all = new Float64Array(total)
    let p = 0
    let q = 0
    for (let i = 0; i < total; i++) {
      const s = score[i] as number
      all[i] = s
      if (yTrue[i] === 1) pos[p++] = s
      else neg[q++] = s
    }
    const tx = midranks(pos)
    const ty = midranks(neg)
    const tz = midranks(all)
    const a10 = new Float64Array(m)
    const a01 = new Float64Array(n)
    let sumPos = 0
    p = 0
    q = 0
    for (let i = 0; i < total; i++) {
      const z = tz[i] as number
      if (yTrue[i] === 1) {
        sumPos += z
        a10[p] = (z - (tx[p] as number)) / n
        p++
      } else {
        a01[q] = 1 - (z - (ty[q] as number)) / m
        q++
      }
    }
    aucs.push((sumPos - (m * (m + 1)) / 2) / (m * n))
    v10.push(a10)
    v01.push(a01)
  }
  const cov = (x: Float64Array, y: Float64Array): number => {
    const k = x.length
    if (k < 2) return 0
    let mx = 0
    let my = 0
    for (let i = 0; i < k; i++) {
      mx += x[i] as number
      my += y[i] as number
    }
    mx /= k
    my /= k
    let s = 0
    for (let i = 0; i < k; i++) s += ((x[i] as number) - mx) * ((y[i] as number) - my)
    return s / (k - 1)
  }
  const [a10, b10] = v10 as [Float64Array, Float64Array]
  const [a01, b01] = v01 as [Float64Array, Float64Array]
  const variance =
    (cov(a10, a10) + cov(b10, b10) - 2 * cov(a10, b10)) / m + (cov(a01, a01) + cov(b01, b01) - 2 * cov(a01, b01)) / n
  const [aucA, aucB] = aucs as [number, number]
  const difference = aucB - aucA
  if (!(variance > 0)) {
    if (difference === 0) return { aucA, aucB, difference, variance: 0, z: 0, pValue: 1 }
    throw new RangeError('deLongTest: the variance of the AUC difference is 0; the scores are degenerate')
  }
  const z = difference / Math.sqrt(variance)
  return { aucA, aucB, difference, variance, z, pValue: 2 * normalCdf(-Math.abs(z)) }
}
