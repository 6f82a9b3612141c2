import { quantileSorted } from './quantile-sorted.js'

/**
 * Two-sided percentile interval of an ascending-sorted bootstrap distribution: the (1 − confidence)/2 and
 * (1 + confidence)/2 quantiles (type 7 interpolation, numpy.quantile's default), Efron's percentile method.
 * @see Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 13
 * @throws {RangeError} if `sorted` is empty or confidence is not in (0, 1)
 * @example
 * percentileInterval([1, 2, 3, 4, 5], 0.5) // => [2, 4]
 */
export function percentileInterval(sorted: ArrayLike<number>, confidence: number): readonly [number, number] {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`percentileInterval: confidence must be in (0, 1), got ${confidence}`)
  const alpha = (1 - confidence) / 2
  return [quantileSorted(sorted, alpha), quantileSorted(sorted, 1 - alpha)]
}
