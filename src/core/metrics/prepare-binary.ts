import { metricsMessages } from './messages.js'

/**
 * Binary labels and scores checked once and grouped by distinct score once, so that every metric (and every
 * bootstrap resample, which only changes row weights) is one O(n) pass.
 */
export interface PreparedBinary {
  readonly n: number
  /** 0/1 labels. */
  readonly y: Uint8Array
  /** Probability of the positive class. */
  readonly score: Float64Array
  /** 0/1 predictions: score >= threshold. */
  readonly pred: Uint8Array
  /** Per row, the index of its distinct score, 0 = highest score (sklearn: one ROC/PR point per distinct score). */
  readonly group: Uint32Array
  /** Number of distinct scores. */
  readonly groupCount: number
  /** Per row, 2·pred + y (0 = tn, 1 = fn, 2 = fp, 3 = tp): the confusion cell, for branch-free weighted counts. */
  readonly cell: Uint8Array
  /** Per row, 2·group + y: the (distinct score, class) bucket, for branch-free weighted ROC/PR counts. */
  readonly bucket: Uint32Array
  readonly threshold: number
  /** Per-row log loss −ln p(y), sklearn-clipped (ε = float64 epsilon) and renormalised, computed once. */
  readonly logLossTerm: Float64Array
  /** Per-row squared error (p − y)², computed once. */
  readonly brierTerm: Float64Array
}

/** float64 machine epsilon: sklearn's `log_loss(eps='auto')` clipping bound for float64 scores. */
const EPS = 2.220446049250313e-16

/**
 * Validates binary labels (0/1) and probability scores in [0, 1] and prepares them for the binary metrics:
 * predictions are `score >= threshold`, and each row gets the rank of its distinct score in descending order
 * (native numeric sort of the scores, then a binary search per row: O(n log n) without a comparator).
 * @throws {RangeError} on empty input, different lengths, a label other than 0/1 or a score outside [0, 1]
 * @example
 * prepareBinary([0, 1, 1], [0.2, 0.7, 0.7]).group // => Uint32Array [1, 0, 0]
 */
export function prepareBinary(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): PreparedBinary {
  const fn = 'prepareBinary'
  const n = yTrue.length
  if (n !== yScore.length) throw new RangeError(metricsMessages.lengthMismatch(fn, n, yScore.length))
  if (n === 0) throw new RangeError(metricsMessages.empty(fn))
  const y = new Uint8Array(n)
  const score = new Float64Array(n)
  const pred = new Uint8Array(n)
  const logLossTerm = new Float64Array(n)
  const brierTerm = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const label = yTrue[i] as number
    if (label !== 0 && label !== 1) throw new RangeError(metricsMessages.notBinaryLabel(fn, i, label))
    const s = yScore[i] as number
    if (!(s >= 0 && s <= 1)) throw new RangeError(metricsMessages.scoreOutOfRange(fn, i, s))
    y[i] = label
    score[i] = s
    pred[i] = s >= threshold ? 1 : 0
    const p = Math.min(Math.max(s, EPS), 1 - EPS)
    const q = 1 - p
    logLossTerm[i] = -Math.log((label === 1 ? p : q) / (q + p))
    brierTerm[i] = (s - label) * (s - label)
  }
  const sorted = Float64Array.from(score).sort()
  // Distinct values, ascending.
  let distinct = 0
  for (let k = 0; k < n; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k] as number
  const unique = sorted.subarray(0, distinct)
  const group = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const x = score[i] as number
    let lo = 0
    let hi = distinct - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((unique[mid] as number) < x) lo = mid + 1
      else hi = mid
    }
    group[i] = distinct - 1 - lo
  }
  const cell = new Uint8Array(n)
  const bucket = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    cell[i] = 2 * (pred[i] as number) + (y[i] as number)
    bucket[i] = 2 * (group[i] as number) + (y[i] as number)
  }
  return { n, y, score, pred, group, groupCount: distinct, cell, bucket, threshold, logLossTerm, brierTerm }
}
