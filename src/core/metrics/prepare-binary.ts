import { calibrationBin } from './calibration-bin.js'
import { metricsMessages } from './messages.js'
import { rankDistinctDescending } from '../stats/rank-distinct-descending.js'
import { sharedTypedArray } from '../stats/shared-typed-array.js'

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
  /** Per row, 2·group + y: the (distinct score, class) bucket. Every binary metric is a function of the weighted
   * bucket counts, so a weighted evaluation is one pass `counts[bucket[i]] += w[i]` plus a walk over the buckets. */
  readonly bucket: Uint32Array
  readonly threshold: number
  /** Groups 0 … positiveGroups − 1 (the distinct scores ≥ threshold) are predicted positive. */
  readonly positiveGroups: number
  /** Per bucket 2·group + y, the log loss −ln p(y) of such a row, sklearn-clipped (ε = float64 epsilon) and renormalised. */
  readonly bucketLogLoss: Float64Array
  /** Per bucket 2·group + y, the squared error (p − y)² of such a row. */
  readonly bucketBrier: Float64Array
  /** Per group, its distinct score (the positive-class probability). */
  readonly groupScore: Float64Array
  /** Per group, its equal-width calibration bin (calibrationBin, ECE_BINS bins). */
  readonly groupBin: Uint8Array
}

/** float64 machine epsilon: sklearn's `log_loss(eps='auto')` clipping bound for float64 scores. */
const EPS = 2.220446049250313e-16

/**
 * Validates binary labels (0/1) and probability scores in [0, 1] and prepares them for the binary metrics:
 * predictions are `score >= threshold`, and each row gets the rank of its distinct score in descending order
 * (native numeric sort of the scores, then a binary search per row: O(n log n) without a comparator), its
 * (score, label) bucket, and each bucket its log-loss and Brier terms.
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
  for (let i = 0; i < n; i++) {
    const label = yTrue[i] as number
    if (label !== 0 && label !== 1) throw new RangeError(metricsMessages.notBinaryLabel(fn, i, label))
    const s = yScore[i] as number
    if (!(s >= 0 && s <= 1)) throw new RangeError(metricsMessages.scoreOutOfRange(fn, i, s))
    y[i] = label
    score[i] = s
    pred[i] = s >= threshold ? 1 : 0
  }
  const { rank: group, distinctAscending: unique } = rankDistinctDescending(score)
  const distinct = unique.length
  const bucket = sharedTypedArray(Uint32Array, n)
  for (let i = 0; i < n; i++) bucket[i] = 2 * (group[i] as number) + (y[i] as number)
  let positiveGroups = 0
  // Shared memory: the bootstrap's worker threads read these tables without a copy.
  const bucketLogLoss = sharedTypedArray(Float64Array, 2 * distinct)
  const bucketBrier = sharedTypedArray(Float64Array, 2 * distinct)
  const groupScore = sharedTypedArray(Float64Array, distinct)
  const groupBin = sharedTypedArray(Uint8Array, distinct)
  for (let g = 0; g < distinct; g++) {
    const s = unique[distinct - 1 - g] as number
    if (s >= threshold) positiveGroups = g + 1
    groupScore[g] = s
    groupBin[g] = calibrationBin(s)
    const p = Math.min(Math.max(s, EPS), 1 - EPS)
    const q = 1 - p
    for (const label of [0, 1]) {
      bucketLogLoss[2 * g + label] = -Math.log((label === 1 ? p : q) / (q + p))
      bucketBrier[2 * g + label] = (s - label) * (s - label)
    }
  }
  return {
    n,
    y,
    score,
    pred,
    group,
    groupCount: distinct,
    bucket,
    threshold,
    positiveGroups,
    bucketLogLoss,
    bucketBrier,
    groupScore,
    groupBin,
  }
}

/** Binary labels read from label texts by a positive label, and the distinct texts seen (the first three). */
export interface TextLabelCoding {
  /** 1 where the text equals the positive label, else 0; absent when the texts are not two labels with it. */
  readonly labels?: Uint8Array
  /** The distinct label texts in first-seen order, at most three (enough to say "more than two"). */
  readonly distinct: readonly string[]
}

/**
 * String labels made binary by `positive-label`: the texts are compared as text, 1 where equal to it. Defined only
 * when at most two distinct labels are present and the positive one is among them (a third label, or a positive
 * label no row has, is the caller's error, listing `distinct`). Without a positive label it only lists the labels.
 * @example codeTextLabels(['benign', 'malignant', 'benign'], 'malignant').labels // => Uint8Array [0, 1, 0]
 * @example codeTextLabels(['a', 'b', 'c'], 'a').distinct // => ['a', 'b', 'c']
 */
export function codeTextLabels(texts: readonly string[], positiveLabel: string | undefined): TextLabelCoding {
  const distinct: string[] = []
  for (const text of texts) {
    if (!distinct.includes(text)) distinct.push(text)
    if (distinct.length > 2) return { distinct }
  }
  if (positiveLabel === undefined || !distinct.includes(positiveLabel)) return { distinct }
  return { labels: Uint8Array.from(texts, (text) => (text === positiveLabel ? 1 : 0)), distinct }
}
