import { ksTwoSampleSorted, type KsTwoSampleResult } from './ks-two-sample-sorted.js'

/**
 * Two-sided two-sample Kolmogorov–Smirnov test on unsorted samples (sorts copies, then
 * {@link ksTwoSampleSorted}); equals scipy.stats.ks_2samp(x, y, method='auto').
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ks_2samp.html
 * @throws {RangeError} if either sample is empty or holds a NaN
 * @example
 * ksTwoSample([3, 1, 2], [6, 5, 4]).pValue // => 0.09999999999999999
 */
export function ksTwoSample(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { method?: 'auto' | 'exact' | 'asymp' } = {},
): KsTwoSampleResult {
  const xs = Float64Array.from(x).sort()
  const ys = Float64Array.from(y).sort()
  return ksTwoSampleSorted(xs, ys, options)
}
