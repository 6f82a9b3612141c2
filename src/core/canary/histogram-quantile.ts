/** A cumulative histogram bucket: count of observations ≤ `le`. */
export interface Bucket {
  readonly le: number
  readonly count: number
}

/**
 * The φ-quantile of a cumulative histogram, interpolating linearly inside the bucket as Prometheus's
 * `histogram_quantile` does (the lowest bucket's lower bound is 0 when its upper bound is positive; a
 * quantile in the +Inf bucket returns the highest finite bound). NaN when there are no observations.
 * Reference: prometheus/promql/quantile.go (bucketQuantile).
 * @example histogramQuantile(0.5, [{ le: 0.1, count: 0 }, { le: 0.2, count: 10 }, { le: Infinity, count: 10 }]) // => 0.15
 */
export function histogramQuantile(q: number, buckets: readonly Bucket[]): number {
  const sorted = [...buckets].sort((a, b) => a.le - b.le)
  const last = sorted.at(-1)
  if (last === undefined || last.le !== Number.POSITIVE_INFINITY || sorted.length < 2) return Number.NaN
  const total = last.count
  if (!(total > 0)) return Number.NaN
  if (q < 0) return Number.NEGATIVE_INFINITY
  if (q > 1) return Number.POSITIVE_INFINITY
  const rank = q * total
  let index = sorted.findIndex((bucket) => bucket.count >= rank)
  if (index === -1) index = sorted.length - 1
  if (index === sorted.length - 1) return sorted[sorted.length - 2]?.le ?? Number.NaN
  const bucket = sorted[index] as Bucket
  if (index === 0 && bucket.le <= 0) return bucket.le
  const lower = index === 0 ? 0 : (sorted[index - 1] as Bucket).le
  const below = index === 0 ? 0 : (sorted[index - 1] as Bucket).count
  const inBucket = bucket.count - below
  return inBucket === 0 ? bucket.le : lower + (bucket.le - lower) * ((rank - below) / inBucket)
}
