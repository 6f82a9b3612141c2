import { deLongFromPlacementDifferences, type DeLongResult } from './delong-test.js'

/**
 * One model's scores as ranks of distinct values, as prepareBinary's buckets: per row 2·g + y, where g is the index
 * of its distinct score (0 = highest) and y its label (only g is read here: the labels are `yTrue`).
 */
export interface GroupedScores {
  readonly bucket: Uint32Array
  readonly groupCount: number
}

/**
 * DeLong's test for two correlated ROC-AUCs on the same rows, from scores already ranked into distinct values
 * (prepareBinary's `bucket`), in O(n) with no sort: the placement values of Sun & Xu (2014) follow from per-group
 * class counts — for a positive at distinct score g, V₁₀ = (negatives below g + ½·negatives at g)/N; for a
 * negative, V₀₁ = 1 − (positives below g + ½·positives at g)/M (ties count ½). Then S = S₁₀/M + S₀₁/N and
 * z = (AUC_B − AUC_A)/√(S_AA + S_BB − 2S_AB), p = 2(1 − Φ(|z|)) — the same statistic as deLongTest, which sorts,
 * with the same undefined cases (fewer than 2 of a class; zero variance while the AUCs differ).
 * @see DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44:837; Sun & Xu (2014), IEEE SPL 21(11):1389
 * @throws {RangeError} if lengths differ, a label is not 0/1, or one class is absent (no AUC at all)
 * @example
 * deLongTestGrouped(Uint8Array.of(0, 1, 1, 0), { bucket: Uint32Array.of(2, 1, 3, 4), groupCount: 3 }, { bucket: Uint32Array.of(4, 3, 1, 6), groupCount: 4 }).aucB // => 1
 */
export function deLongTestGrouped(yTrue: ArrayLike<number>, a: GroupedScores, b: GroupedScores): DeLongResult {
  const total = yTrue.length
  if (a.bucket.length !== total || b.bucket.length !== total) {
    throw new RangeError(`deLongTestGrouped: lengths differ (${total}, ${a.bucket.length}, ${b.bucket.length})`)
  }
  let m = 0
  for (let i = 0; i < total; i++) {
    const y = yTrue[i]
    if (y !== 0 && y !== 1) throw new RangeError(`deLongTestGrouped: label at row ${i} is ${String(y)}; must be 0 or 1`)
    if (y === 1) m++
  }
  const n = total - m
  if (m === 0 || n === 0) throw new RangeError('deLongTestGrouped: both classes must be present')
  // Per model and group, as whole numbers: 2N·V₁₀ of a positive and 2M·(1 − V₀₁) of a negative at that score.
  const placements = (s: GroupedScores): { pos: Float64Array; neg: Float64Array } => {
    const g = s.groupCount
    const cPos = new Float64Array(g)
    const cNeg = new Float64Array(g)
    for (let i = 0; i < total; i++) {
      const k = (s.bucket[i] as number) >>> 1
      if (yTrue[i] === 1) cPos[k] = (cPos[k] as number) + 1
      else cNeg[k] = (cNeg[k] as number) + 1
    }
    const pos = new Float64Array(g)
    const neg = new Float64Array(g)
    let belowPos = 0
    let belowNeg = 0
    for (let k = g - 1; k >= 0; k--) {
      pos[k] = 2 * belowNeg + (cNeg[k] as number)
      neg[k] = 2 * belowPos + (cPos[k] as number)
      belowPos += cPos[k] as number
      belowNeg += cNeg[k] as number
    }
    return { pos, neg }
  }
  const pa = placements(a)
  const pb = placements(b)
  const pos = new Float64Array(m)
  const neg = new Float64Array(n)
  let sumA = 0
  let sumB = 0
  let p = 0
  let q = 0
  for (let i = 0; i < total; i++) {
    const ga = (a.bucket[i] as number) >>> 1
    const gb = (b.bucket[i] as number) >>> 1
    if (yTrue[i] === 1) {
      const x = pa.pos[ga] as number
      const y = pb.pos[gb] as number
      sumA += x
      sumB += y
      pos[p++] = x - y
    } else {
      neg[q++] = (pb.neg[gb] as number) - (pa.neg[ga] as number)
    }
  }
  const aucA = sumA / (2 * n * m)
  const aucB = sumB / (2 * n * m)
  return deLongFromPlacementDifferences({ aucA, aucB, difference: aucB - aucA }, pos, neg)
}
