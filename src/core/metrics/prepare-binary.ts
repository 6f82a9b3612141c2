import { metricsMessages } from './messages.js'

/**
 * Binary labels and scores checked once and sorted once, so that every metric (and every bootstrap
 * resample, which only changes row weights) is one O(n) pass.
 */
export interface PreparedBinary {
  readonly n: number
  /** 0/1 labels. */
  readonly y: Uint8Array
  /** Probability of the positive class. */
  readonly score: Float64Array
  /** 0/1 predictions: score >= threshold. */
  readonly pred: Uint8Array
  /** Row indices ordered by descending score. */
  readonly order: Uint32Array
  /** `groupEnd[g]` is the exclusive end (in `order`) of the g-th group of equal scores. */
  readonly groupEnd: Uint32Array
  readonly threshold: number
}

/**
 * Validates binary labels (0/1) and probability scores in [0, 1] and prepares them for the binary metrics:
 * predictions are `score >= threshold`, rows are sorted by descending score and ties are grouped
 * (sklearn's convention: one ROC/PR point per distinct score).
 * @throws {RangeError} on empty input, different lengths, a label other than 0/1 or a score outside [0, 1]
 * @example
 * prepareBinary([0, 1, 1], [0.2, 0.7, 0.7]).groupEnd // => Uint32Array [2, 3]
 */
export function prepareBinary(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): PreparedBinary {
  const fn = 'prepareBinary'
  const n = yTrue.length
  if (n !== yScore.length) throw new RangeError(metricsMessages.lengthMismatch(fn, n, yScore.length))
  if (n === 0) throw new RangeError(metricsMessages.empty(fn))
  const y = new Uint8Array(n)
  const score = new Float64Array(n)
  const pred = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const label = yTrue[i] as number
    if (label !== 0 && label !== 1) throw new RangeError(metricsMessages.notBinaryLabel(fn, i, label))
    const s = yScore[i] as number
    if (!(s >= 0 && s <= 1)) throw new RangeError(metricsMessages.scoreOutOfRange(fn, i, s))
    y[i] = label
    score[i] = s
    pred[i] = s >= threshold ? 1 : 0
  }
  // Sort indices by descending score via a sort of (score, index) packed keys: sort the scores with their
  // index in a Float64Array pair is not native, so sort an index array with a typed comparator.
  const order = new Uint32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  order.sort((a, b) => (score[b] as number) - (score[a] as number))
  const ends: number[] = []
  for (let k = 1; k < n; k++) {
    if (score[order[k] as number] !== score[order[k - 1] as number]) ends.push(k)
  }
  ends.push(n)
  return { n, y, score, pred, order, groupEnd: Uint32Array.from(ends), threshold }
}
