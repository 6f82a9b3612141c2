import { binaryMetricsFromCounts } from './binary-metrics-from-counts.js'
import type { BinaryMetricName } from './metric-name.js'
import type { PreparedBinary } from './prepare-binary.js'

/**
 * binaryMetrics of two models on the same rows under the same weights (a paired bootstrap resample), with one
 * pass over the rows for both: each row's weight is read once and added to both models' bucket counts.
 * @see binaryMetrics for the conventions (scikit-learn 1.2)
 * @throws {RangeError} if the models have different row counts; {UndefinedMetricError} (a RangeError) if a
 *   metric is undefined and `undefinedAs` is 'throw'
 * @example
 * pairedBinaryMetrics(prepareBinary([0, 1], [0.2, 0.7]), prepareBinary([0, 1], [0.7, 0.2]), ['roc-auc'])[1] // => [0]
 */
export function pairedBinaryMetrics(
  a: PreparedBinary,
  b: PreparedBinary,
  metrics: readonly BinaryMetricName[],
  weights?: Float64Array,
  undefinedAs: 'throw' | 'nan' = 'throw',
): [number[], number[]] {
  const n = a.n
  if (b.n !== n) throw new RangeError(`pairedBinaryMetrics: row counts differ (${n} vs ${b.n})`)
  const bucketA = a.bucket
  const bucketB = b.bucket
  const countsA = new Float64Array(2 * a.groupCount)
  const countsB = new Float64Array(2 * b.groupCount)
  if (weights === undefined) {
    for (let i = 0; i < n; i++) {
      const ka = bucketA[i] as number
      const kb = bucketB[i] as number
      countsA[ka] = (countsA[ka] as number) + 1
      countsB[kb] = (countsB[kb] as number) + 1
    }
  } else {
    for (let i = 0; i < n; i++) {
      const w = weights[i] as number
      const ka = bucketA[i] as number
      const kb = bucketB[i] as number
      countsA[ka] = (countsA[ka] as number) + w
      countsB[kb] = (countsB[kb] as number) + w
    }
  }
  return [
    binaryMetricsFromCounts(a, countsA, metrics, undefinedAs),
    binaryMetricsFromCounts(b, countsB, metrics, undefinedAs),
  ]
}
