import { statsMessages } from './messages.js'

/**
 * Quantile `p` of an ascending-sorted sample with linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of numpy.quantile and R): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * The caller guarantees the order (the name says so); unsorted input gives a meaningless value.
 * @see https://en.wikipedia.org/wiki/Quantile#Estimating_quantiles_from_a_sample
 * @throws {RangeError} if `sorted` is empty or `p` is outside [0, 1]
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5) // => 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) throw new RangeError(statsMessages.emptySample('quantileSorted', 'sorted'))
  if (!(p >= 0 && p <= 1)) throw new RangeError(statsMessages.probabilityOutOfRange('quantileSorted', p))
  const h = (n - 1) * p
  const lo = Math.floor(h)
  const a = sorted[lo] as number
  if (lo + 1 >= n) return a
  const b = sorted[lo + 1] as number
  return a + (h - lo) * (b - a)
}
