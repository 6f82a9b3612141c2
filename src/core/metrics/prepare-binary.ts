import { DataError, type Location } from '../errors.js'
import { calibrationBin } from './calibration-bin.js'
import { metricsMessages, textLabelMessages } from './messages.js'
import { rankDistinctDescending } from '../stats/rank-distinct-descending.js'
import { sharedTypedArray } from '../stats/shared-typed-array.js'

/**
 * Binary labels and scores checked once and grouped by distinct score once, so that every metric (and every
 * bootstrap resample, which only changes row weights) is one O(n) pass.
 */
export interface PreparedBinary {
  readonly n: number
  /** Number of distinct scores (sklearn: one ROC/PR point per distinct score); group g is the g-th highest. */
  readonly groupCount: number
  /** Per row, 2·group + y: the (distinct score, class) bucket, group g being its score's rank (0 = highest). Every binary metric is a function of the weighted
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
 * prepareBinary([0, 1, 1], [0.2, 0.7, 0.7]).bucket // => Uint32Array [2, 1, 1]
 */
export function prepareBinary(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): PreparedBinary {
  const fn = 'prepareBinary'
  const n = yTrue.length
  if (n !== yScore.length) throw new RangeError(metricsMessages.lengthMismatch(fn, n, yScore.length))
  if (n === 0) throw new RangeError(metricsMessages.empty(fn))
  // Checked in place: no copy of the labels or scores is kept (at millions of rows each copy is tens of MB, and
  // every metric reads the buckets).
  for (let i = 0; i < n; i++) {
    const label = yTrue[i] as number
    if (label !== 0 && label !== 1) throw new RangeError(metricsMessages.notBinaryLabel(fn, i, label))
    const s = yScore[i] as number
    if (!(s >= 0 && s <= 1)) throw new RangeError(metricsMessages.scoreOutOfRange(fn, i, s))
  }
  const { rank: group, distinctAscending: unique } = rankDistinctDescending(yScore)
  const distinct = unique.length
  const bucket = sharedTypedArray(Uint32Array, n)
  for (let i = 0; i < n; i++) bucket[i] = 2 * (group[i] as number) + (yTrue[i] as number)
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

/**
 * Binary labels read from label texts, or why the texts are not two labels: `not-two-labels` (a positive label was
 * given, but a third label is present or no row has it), `needs-positive-label` (no positive label, and the texts
 * are exactly two labels: the caller says which input makes them binary), `not-text-labels` (no positive label,
 * and not two labels: the caller's own error stands). `distinct` lists the label texts in first-seen order, at most
 * three (enough to say "more than two").
 */
export type BinaryTextLabels =
  | { readonly labels: Uint8Array; readonly distinct: readonly string[] }
  | {
      readonly problem: 'not-two-labels' | 'needs-positive-label' | 'not-text-labels'
      readonly distinct: readonly string[]
    }

/**
 * {@link binaryLabelsFromText} on texts given as codes into `entries` (a dictionary in first-seen order: code c is
 * the text entries[c]), as column chunks hold them: 1 where the text is the positive label.
 * @throws never
 * @example binaryLabelsFromCodes(Int32Array.of(0, 1, 0), ['benign', 'malignant'], 'malignant').labels // => Uint8Array [0, 1, 0]
 * @example binaryLabelsFromCodes(Int32Array.of(0, 1), ['a', 'b'], undefined).problem // => 'needs-positive-label'
 */
export function binaryLabelsFromCodes(
  codes: Int32Array,
  entries: readonly string[],
  positiveLabel: string | undefined,
): BinaryTextLabels {
  const distinct = entries.slice(0, 3)
  if (positiveLabel === undefined)
    return { problem: distinct.length === 2 ? 'needs-positive-label' : 'not-text-labels', distinct }
  const positive = entries.indexOf(positiveLabel)
  if (entries.length > 2 || positive < 0) return { problem: 'not-two-labels', distinct }
  const labels = new Uint8Array(codes.length)
  for (let i = 0; i < codes.length; i++) labels[i] = codes[i] === positive ? 1 : 0
  return { labels, distinct }
}

/**
 * {@link binaryLabelsFromCodes} on a column that codes its own texts (ColumnValues, a missing cell reading as '').
 * @throws never
 * @example binaryLabelsOfColumn({ codes: () => ({ codes: Int32Array.of(0, 1), entries: ['n', 'y'] }) }, 'y').labels // => Uint8Array [0, 1]
 */
export function binaryLabelsOfColumn(
  column: { codes(limit?: number): { readonly codes: Int32Array; readonly entries: readonly string[] } },
  positiveLabel: string | undefined,
): BinaryTextLabels {
  // Three labels are enough to know they are not two.
  const { codes, entries } = column.codes(2)
  return binaryLabelsFromCodes(codes, entries, positiveLabel)
}

/**
 * String labels made binary by `positive-label`: the texts are compared as text, 1 where equal to it. Defined only
 * when at most two distinct labels are present and the positive one is among them (else a typed problem listing
 * the distinct labels, see {@link BinaryTextLabels}). The one coding of text labels for every gate.
 * @throws never
 * @example binaryLabelsFromText(['benign', 'malignant', 'benign'], 'malignant').labels // => Uint8Array [0, 1, 0]
 * @example binaryLabelsFromText(['a', 'b', 'c'], 'a').distinct // => ['a', 'b', 'c']
 * @example binaryLabelsFromText(['a', 'b', 'c', 'd'], undefined).problem // => 'not-text-labels'
 */
export function binaryLabelsFromText(texts: readonly string[], positiveLabel: string | undefined): BinaryTextLabels {
  const index = new Map<string, number>()
  const codes = new Int32Array(texts.length)
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string
    let code = index.get(text)
    if (code === undefined) {
      code = index.size
      index.set(text, code)
      // A third label decides: not two labels, whatever the rest holds.
      if (code >= 2) break
    }
    codes[i] = code
  }
  return binaryLabelsFromCodes(codes, [...index.keys()], positiveLabel)
}

/**
 * The user error for text labels that are not binary as given: a positive label that is not one of two labels
 * (naming `input`, the gate's positive-label input), or two text labels without one (saying to set `input`).
 * Undefined for `not-text-labels`, where the caller's own error (labels that are not 0/1) stands.
 * @throws never
 * @example textLabelError({ problem: 'not-text-labels', distinct: [] }, 'label', undefined, 'positive-label', {}) // => undefined
 */
export function textLabelError(
  coded: BinaryTextLabels,
  column: string,
  positiveLabel: string | undefined,
  input: string,
  where: Location,
): DataError | undefined {
  if (!('problem' in coded)) return undefined
  const { distinct } = coded
  if (coded.problem === 'not-two-labels')
    return new DataError(
      textLabelMessages.notTwoLabels(column, positiveLabel ?? '', distinct),
      { ...where, input },
      textLabelMessages.notTwoLabelsHint(),
    )
  if (coded.problem === 'needs-positive-label')
    return new DataError(
      textLabelMessages.needsPositiveLabel(column, distinct),
      where,
      textLabelMessages.needsPositiveLabelHint(input, distinct),
    )
  return undefined
}
