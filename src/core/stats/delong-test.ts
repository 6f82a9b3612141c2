import { statsMessages } from './messages.js'
import { normalCdf } from './normal-cdf.js'

/** Both models' ROC-AUCs on the same rows. */
interface DeLongAucs {
  readonly aucA: number
  readonly aucB: number
  /** aucB − aucA. */
  readonly difference: number
}

/** DeLong's test where its variance exists. */
export interface DeLongDefined extends DeLongAucs {
  readonly kind: 'defined'
  /** Variance of the difference. */
  readonly variance: number
  readonly z: number
  /** Two-sided p-value of H₀: AUC_A = AUC_B. */
  readonly pValue: number
}

/** DeLong's test where its variance does not exist (fewer than 2 of a class) or is 0 while the AUCs differ. */
export interface DeLongUndefined extends DeLongAucs {
  readonly kind: 'undefined'
  /** Why there is no z or p-value (a statsMessages text). */
  readonly reason: string
}

export type DeLongResult = DeLongDefined | DeLongUndefined

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

/** Twice the midranks (1-based, ties averaged), so whole numbers: a native numeric sort, then two binary searches. */
function doubledMidranks(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort()
  const ranks = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number
    ranks[i] = bound(sorted, x, false) + bound(sorted, x, true) + 1
  }
  return ranks
}

/** Sample variance (divisor k − 1) of whole numbers: exactly 0 when they are all equal. */
function wholeNumberVariance(x: Float64Array): number {
  const k = x.length
  let sum = 0
  for (let i = 0; i < k; i++) sum += x[i] as number
  const mean = sum / k
  let s = 0
  for (let i = 0; i < k; i++) {
    const d = (x[i] as number) - mean
    s += d * d
  }
  return s / (k - 1)
}

/**
 * DeLong's z and p from the per-row differences of the two models' placement values, kept as whole numbers:
 * `pos[i]` = 2N·(V₁₀ᴬ − V₁₀ᴮ) for positive i, `neg[j]` = 2M·(V₀₁ᴬ − V₀₁ᴮ) for negative j. Then
 * Var(AUC_B − AUC_A) = Var(V₁₀ᴬ − V₁₀ᴮ)/M + Var(V₀₁ᴬ − V₀₁ᴮ)/N (the S_AA + S_BB − 2S_AB of DeLong 1988, computed
 * as one variance so that constant differences give exactly 0). Undefined with fewer than 2 positives or
 * negatives (the covariances divide by count − 1) and when the variance is 0 while the AUCs differ; variance 0
 * with equal AUCs is z = 0, p = 1, the convention of pROC's roc.test (identical or rank-equivalent scores, or
 * both models separating the classes perfectly).
 */
export function deLongFromPlacementDifferences(aucs: DeLongAucs, pos: Float64Array, neg: Float64Array): DeLongResult {
  const m = pos.length
  const n = neg.length
  if (m < 2 || n < 2) return { kind: 'undefined', ...aucs, reason: statsMessages.deLongTooFew(m, n) }
  const variance = wholeNumberVariance(pos) / (4 * n * n * m) + wholeNumberVariance(neg) / (4 * m * m * n)
  if (variance === 0) {
    if (aucs.difference === 0) return { kind: 'defined', ...aucs, variance: 0, z: 0, pValue: 1 }
    return { kind: 'undefined', ...aucs, reason: statsMessages.deLongZeroVariance(aucs.aucA, aucs.aucB) }
  }
  const z = aucs.difference / Math.sqrt(variance)
  return { kind: 'defined', ...aucs, variance, z, pValue: 2 * normalCdf(-Math.abs(z)) }
}

/**
 * DeLong's test for two correlated ROC-AUCs on the same rows, in the O(n log n) form of Sun & Xu (2014):
 * placement values from midranks of positives, negatives and both pooled; covariance S = S₁₀/m + S₀₁/n;
 * z = (AUC_B − AUC_A)/√(S_AA + S_BB − 2S_AB), p = 2(1 − Φ(|z|)). With fewer than 2 positives or 2 negatives,
 * or a zero variance while the AUCs differ, the result is `kind: 'undefined'` with the reason, never a p-value.
 * @see DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44:837; Sun & Xu (2014), IEEE SPL 21(11):1389
 * @throws {RangeError} if lengths differ, a label is not 0/1, or one class is absent (no AUC at all)
 * @example
 * deLongTest([0, 0, 1, 1, 0, 1], [0.1, 0.4, 0.35, 0.8, 0.5, 0.3], [0.2, 0.3, 0.6, 0.9, 0.4, 0.7]).aucB // => 1
 * @example
 * deLongTest([0, 0, 1], [0.1, 0.4, 0.35], [0.2, 0.3, 0.6]).kind // => 'undefined'
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
  // Per model: 2N·V₁₀ per positive and 2M·(1 − V₀₁) per negative, whole numbers from doubled midranks.
  const placements = (score: ArrayLike<number>): { pos: Float64Array; neg: Float64Array; auc: number } => {
    const posScores = new Float64Array(m)
    const negScores = new Float64Array(n)
    const all = new Float64Array(total)
    let p = 0
    let q = 0
    for (let i = 0; i < total; i++) {
      const s = score[i] as number
      all[i] = s
      if (yTrue[i] === 1) posScores[p++] = s
      else negScores[q++] = s
    }
    const tx = doubledMidranks(posScores)
    const ty = doubledMidranks(negScores)
    const tz = doubledMidranks(all)
    const pos = new Float64Array(m)
    const neg = new Float64Array(n)
    let sumPos = 0
    p = 0
    q = 0
    for (let i = 0; i < total; i++) {
      const z = tz[i] as number
      if (yTrue[i] === 1) {
        pos[p] = z - (tx[p] as number)
        sumPos += pos[p++] as number
      } else {
        neg[q] = z - (ty[q] as number)
        q++
      }
    }
    return { pos, neg, auc: sumPos / (2 * n * m) }
  }
  const a = placements(scoreA)
  const b = placements(scoreB)
  const pos = a.pos.map((x, i) => x - (b.pos[i] as number))
  const neg = b.neg.map((x, j) => x - (a.neg[j] as number))
  return deLongFromPlacementDifferences({ aucA: a.auc, aucB: b.auc, difference: b.auc - a.auc }, pos, neg)
}
