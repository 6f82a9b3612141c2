import type { ExpositionSample } from './parse-exposition.js'
import { histogramQuantile } from './histogram-quantile.js'

/** Names of the counters and histogram a model server exposes (defaults match fixtures/canary/model-server.mjs). */
export interface ScrapeMetricNames {
  readonly requests: string
  /** Label on `requests` holding the HTTP status code. */
  readonly codeLabel: string
  /** Histogram base name in seconds (…_bucket, …_sum, …_count). */
  readonly latency: string
}

export const DEFAULT_SCRAPE_NAMES: ScrapeMetricNames = {
  requests: 'model_requests_total',
  codeLabel: 'code',
  latency: 'model_request_duration_seconds',
}

/** Error rate, p95 latency and request count between two scrapes of the same service. */
export interface IntervalMetrics {
  readonly requests: number
  readonly 'error-rate': number | null
  readonly 'latency-p95-ms': number | null
}

function sum(samples: readonly ExpositionSample[], keep: (s: ExpositionSample) => boolean): number {
  return samples.filter(keep).reduce((total, s) => total + s.value, 0)
}

/**
 * Computes interval metrics from two scrapes (counters are differenced; a counter that went down means the
 * process restarted, and the later value alone is the increase, as Prometheus's `increase()` assumes).
 * Error rate = 5xx / all requests; p95 from the differenced histogram buckets. Null where there were no requests.
 * @example intervalMetrics([], [], DEFAULT_SCRAPE_NAMES).requests // => 0
 */
export function intervalMetrics(
  before: readonly ExpositionSample[],
  after: readonly ExpositionSample[],
  names: ScrapeMetricNames,
): IntervalMetrics {
  const delta = (keep: (s: ExpositionSample) => boolean): number => {
    const a = sum(after, keep)
    const b = sum(before, keep)
    return a >= b ? a - b : a
  }
  const isRequests = (s: ExpositionSample): boolean => s.name === names.requests
  const requests = delta(isRequests)
  const errors = delta((s) => isRequests(s) && (s.labels[names.codeLabel] ?? '').startsWith('5'))
  const bounds = new Set(after.filter((s) => s.name === `${names.latency}_bucket`).map((s) => s.labels.le ?? ''))
  const buckets = [...bounds].map((le) => ({
    le: le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le),
    count: delta((s) => s.name === `${names.latency}_bucket` && s.labels.le === le),
  }))
  const p95 = histogramQuantile(0.95, buckets)
  return {
    requests,
    'error-rate': requests > 0 ? errors / requests : null,
    'latency-p95-ms': Number.isFinite(p95) ? p95 * 1000 : null,
  }
}
