import type { LatencySummary } from '../compare/latency-comparison.js'
import { quantileSorted } from '../stats/quantile-sorted.js'

/**
 * p50, p95 and p99 of per-request latencies, each the type-7 sample quantile (linear interpolation between order
 * statistics, h = (n − 1)·p; numpy.quantile's default `method='linear'`), and the number of requests.
 * @see https://numpy.org/doc/stable/reference/generated/numpy.quantile.html
 * @throws {RangeError} if `milliseconds` is empty
 * @example
 * latencySummary([4, 1, 3, 2]) // => { p50: 2.5, p95: 3.8499999999999996, p99: 3.9699999999999998, requests: 4 }
 */
export function latencySummary(milliseconds: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(milliseconds).sort()
  return {
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
    requests: sorted.length,
  }
}
