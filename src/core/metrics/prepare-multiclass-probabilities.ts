import { metricsMessages } from './messages.js'
import { probabilityRowSumIsOne } from './probability-row-sum-is-one.js'
import { rankDistinctDescending } from '../stats/rank-distinct-descending.js'

/**
 * Multiclass labels and a class-probability matrix checked once and grouped by distinct score once per class
 * column, so that every probability metric (and every bootstrap resample, which only changes row weights) is
 * one O(n) pass per class column.
 */
export interface PreparedMulticlassProbabilities {
  readonly n: number
  /** Number of classes = columns of the probability matrix. */
  readonly classCount: number
  /** Class index of each row's label, 0 … classCount − 1. */
  readonly y: Uint32Array
  /** Row-major n × classCount probabilities (column c = class c). */
  readonly probabilities: Float64Array
  /** Argmax class per row; ties go to the lowest class index, as numpy.argmax. */
  readonly argmax: Uint32Array
  /** Per row, −ln of the label's probability after sklearn 1.2's clipping to [ε, 1−ε] and row renormalisation. */
  readonly logLossTerm: Float64Array
  /** Per class column c, per row, the index of its distinct score in column c, 0 = highest. */
  readonly groups: readonly Uint32Array[]
  /** Per class column, the number of distinct scores. */
  readonly groupCounts: readonly number[]
}

/** float64 machine epsilon: sklearn 1.2 `log_loss(eps='auto')` clips probabilities to [ε, 1−ε]. */
const EPS = 2.220446049250313e-16

/**
 * Validates class indices and a row-major probability matrix (values in [0, 1], each row summing to 1 within
 * numpy.allclose's tolerance, see probabilityRowSumIsOne) and prepares them for the multiclass probability
 * metrics: the argmax class, the per-row log loss term (sklearn 1.2 `log_loss`: clip to [ε, 1−ε] with ε the
 * float64 epsilon, divide by the clipped row's sum, −ln p(label)) and, per class column, each row's rank among
 * the distinct scores of that column, descending (native numeric sort, then a binary search per row).
 * @see https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.log_loss.html
 * @throws {RangeError} on empty input, fewer than 2 classes, a matrix of the wrong size, a label that is not a
 *   class index, a probability outside [0, 1] or a row that does not sum to 1
 * @example
 * prepareMulticlassProbabilities([0, 2], Float64Array.of(0.7, 0.2, 0.1, 0.2, 0.2, 0.6), 3).argmax // => Uint32Array [0, 2]
 */
export function prepareMulticlassProbabilities(
  yTrue: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  classCount: number,
): PreparedMulticlassProbabilities {
  const fn = 'prepareMulticlassProbabilities'
  const n = yTrue.length
  const k = classCount
  if (!(Number.isInteger(k) && k >= 2)) throw new RangeError(metricsMessages.tooFewClasses(fn, k))
  if (probabilities.length !== n * k)
    throw new RangeError(metricsMessages.lengthMismatch(fn, n * k, probabilities.length))
  if (n === 0) throw new RangeError(metricsMessages.empty(fn))
  const y = new Uint32Array(n)
  const p = Float64Array.from(probabilities)
  const argmax = new Uint32Array(n)
  const logLossTerm = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const label = yTrue[i] as number
    if (!(Number.isInteger(label) && label >= 0 && label < k))
      throw new RangeError(metricsMessages.classOutOfRange(fn, i, label, k))
    y[i] = label
    let sum = 0
    let clippedSum = 0
    let best = 0
    for (let c = 0; c < k; c++) {
      const v = p[i * k + c] as number
      if (!(v >= 0 && v <= 1)) throw new RangeError(metricsMessages.probabilityOutOfRange(fn, i, c, v))
      sum += v
      clippedSum += Math.min(Math.max(v, EPS), 1 - EPS)
      if (v > (p[i * k + best] as number)) best = c
    }
    if (!probabilityRowSumIsOne(sum)) throw new RangeError(metricsMessages.probabilitiesDoNotSumToOne(fn, i, sum))
    argmax[i] = best
    const own = Math.min(Math.max(p[i * k + label] as number, EPS), 1 - EPS)
    logLossTerm[i] = -Math.log(own / clippedSum)
  }
  const groups: Uint32Array[] = []
  const groupCounts: number[] = []
  const column = new Float64Array(n)
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) column[i] = p[i * k + c] as number
    const { rank, distinctAscending } = rankDistinctDescending(column)
    groups.push(rank)
    groupCounts.push(distinctAscending.length)
  }
  return { n, classCount: k, y, probabilities: p, argmax, logLossTerm, groups, groupCounts }
}
