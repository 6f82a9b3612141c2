import type { DeLongResult } from './delong-test.js'
import { normalCdf } from './normal-cdf.js'

/** One model's scores as ranks of distinct values: per row, the index of its distinct score, 0 = highest. */
export interface GroupedScores {
  readonly group: Uint32Array
  readonly groupCount: number
}

/**
 * DeLong's test for two correlated ROC-AUCs on the same rows, from scores already ranked into distinct values
 * (prepareBinary's `group`), in O(n) with no sort: the placement values of Sun & Xu (2014) follow from per-group
 * class counts — for a positive at distinct score g, V₁₀ = (negatives below g + ½·negatives at g)/N; for a
 * negative, V₀₁ = 1 − (positives below g + ½·positives at g)/M (ties count ½). Then S = S₁₀/M + S₀₁/N and
 * z = (AUC_B − AUC_A)/√(S_AA + S_BB − 2S_AB), p = 2(1 − Φ(|z|)) — the same statistic as deLongTest, which sorts.
 * @see DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44:837; Sun & Xu (2014), IEEE SPL 21(11):1389
 * @throws {RangeError} if lengths differ, a label is not 0/1, one class is absent, or the variance is 0 while the AUCs differ
 * @example
 * deLongTestGrouped(Uint8Array.of(0, 1, 1), { group: Uint32Array.of(1, 0, 1), groupCount: 2 }, { group: Uint32Array.of(2, 1, 0), groupCount: 3 }).aucB // => 1
 */
export function deLongTestGrouped(yTrue: ArrayLike<number>, a: GroupedScores, b: GroupedScores): DeLongResult {
  const total = yTrue.length
  if (a.group.length !== total || b.group.length !== total) {
    throw new RangeError(`deLongTestGrouped: lengths differ (${total}, ${a.group.length}, ${b.group.length})`)
  }
  let m = 0
  for (let i = 0; i < total; i++) {
    const y = yTrue[i]
    if (y !== 0 && y !== 1) throw new RangeError(`deLongTestGrouped: label at row ${i} is ${String(y)}; must be 0 or 1`)
    if (y === 1) m++
  }
  const n = total - m
  if (m === 0 || n === 0) throw new RangeError('deLongTestGrouped: both classes must be present')
  // Per model and group: placement of a positive (V₁₀) and of a negative (V₀₁) at that distinct score.
  const placements = (s: GroupedScores): { pos: Float64Array; neg: Float64Array } => {
    const g = s.groupCount
    const cPos = new Float64Array(g)
    const cNeg = new Float64Array(g)
    for (let i = 0; i < total; i++) {
      const k = s.group[i] as number
      if (yTrue[i] === 1) cPos[k] = (cPos[k] as number) + 1
      else cNeg[k] = (cNeg[k] as number) + 1
    }
    const pos = new Float64Array(g)
    const neg = new Float64Array(g)
    let belowPos = 0
    let belowNeg = 0
    for (let k = g - 1; k >= 0; k--) {
      pos[k] = (belowNeg + 0.5 * (cNeg[k] as number)) / n
      neg[k] = 1 - (belowPos + 0.5 * (cPos[k] as number)) / m
      belowPos += cPos[k] as number
      belowNeg += cNeg[k] as number
    }
    return { pos, neg }
  }
  const pa = placements(a)
  const pb = placements(b)
  // Means, then centred second moments, over positives (V₁₀) and negatives (V₀₁).
  let sa10 = 0
  let sb10 = 0
  let sa01 = 0
  let sb01 = 0
  for (let i = 0; i < total; i++) {
    const ga = a.group[i] as number
    const gb = b.group[i] as number
    if (yTrue[i] === 1) {
      sa10 += pa.pos[ga] as number
      sb10 += pb.pos[gb] as number
    } else {
      sa01 += pa.neg[ga] as number
      sb01 += pb.neg[gb] as number
    }
  }
  const ma10 = sa10 / m
  const mb10 = sb10 / m
  const ma01 = sa01 / n
  const mb01 = sb01 / n
  let aa10 = 0
  let bb10 = 0
  let ab10 = 0
  let aa01 = 0
  let bb01 = 0
  let ab01 = 0
  for (let i = 0; i < total; i++) {
    const ga = a.group[i] as number
    const gb = b.group[i] as number
    if (yTrue[i] === 1) {
      const x = (pa.pos[ga] as number) - ma10
      const y = (pb.pos[gb] as number) - mb10
      aa10 += x * x
      bb10 += y * y
      ab10 += x * y
    } else {
      const x = (pa.neg[ga] as number) - ma01
      const y = (pb.neg[gb] as number) - mb01
      aa01 += x * x
      bb01 += y * y
      ab01 += x * y
    }
  }
  const s10 = m < 2 ? 0 : (aa10 + bb10 - 2 * ab10) / (m - 1)
  const s01 = n < 2 ? 0 : (aa01 + bb01 - 2 * ab01) / (n - 1)
  const variance = s10 / m + s01 / n
  const aucA = ma10
  const aucB = mb10
  const difference = aucB - aucA
  if (!(variance > 0)) {
    if (difference === 0) return { aucA, aucB, difference, variance: 0, z: 0, pValue: 1 }
    throw new RangeError('deLongTestGrouped: the variance of the AUC difference is 0; the scores are degenerate')
  }
  const z = difference / Math.sqrt(variance)
  return { aucA, aucB, difference, variance, z, pValue: 2 * normalCdf(-Math.abs(z)) }
}
