import { ConfigurationError } from '../errors.js'
import { governanceMessages as m } from './messages.js'

/** The `latency` object of the evaluate-vs-champion section, as written (schemas/policy/evaluate-vs-champion.schema.json). */
export interface LatencyPolicySection {
  readonly max_p95_ms?: number
  readonly max_p99_ms?: number
  readonly max_relative_slowdown?: number
  readonly warmup_requests?: number
  readonly requests?: number
  readonly request_timeout_ms?: number
  readonly startup_timeout_ms?: number
}

/** The effective latency policy: the budgets (absent = not judged) and how the measurement runs. */
export interface LatencyPolicy {
  /** Candidate p95 budget in ms (`latency.max_p95_ms`, `max_latency_ms` or the `max-latency-ms` input). */
  readonly maxP95Ms?: number
  readonly maxP99Ms?: number
  /** The candidate's p95 may exceed the champion's by at most this share (0.2 = 20% slower). */
  readonly maxRelativeSlowdown?: number
  /** Untimed requests per model before timing starts. */
  readonly warmupRequests: number
  /** Timed requests per model (at least 100), sent alternately to candidate and champion. */
  readonly requests: number
  /** One request's limit; a model that does not answer within it is an error. */
  readonly requestTimeoutMs: number
  /** The first request's limit per model: the serve process starts (loads the model) before it answers. */
  readonly startupTimeoutMs: number
}

export const LATENCY_DEFAULTS = {
  warmupRequests: 10,
  requests: 200,
  requestTimeoutMs: 10_000,
  startupTimeoutMs: 120_000,
} as const

/** The least number of timed requests per model: p99 of fewer is the maximum in disguise. */
export const MIN_LATENCY_REQUESTS = 100

/**
 * Resolves the latency policy: the `max-latency-ms` input, else `latency.max_p95_ms`, else the older
 * `max_latency_ms`, for the p95 budget; the rest from `latency` or the defaults. `undefined` when no budget is set
 * and nothing else (`measure`: a peak memory limit) needs the models served.
 * @throws {ConfigurationError} when both `max_latency_ms` and `latency.max_p95_ms` are written, or `requests` is below 100
 * @example
 * resolveLatencyPolicy({ max_p99_ms: 80 }, undefined, undefined)?.requests // => 200
 */
export function resolveLatencyPolicy(
  section: LatencyPolicySection | undefined,
  legacyMaxLatencyMs: number | undefined,
  inputMaxLatencyMs: number | undefined,
  measure = false,
): LatencyPolicy | undefined {
  const s = section ?? {}
  if (legacyMaxLatencyMs !== undefined && s.max_p95_ms !== undefined)
    throw new ConfigurationError(
      m.latencyBudgetTwice,
      { path: 'evaluate-vs-champion.latency.max_p95_ms' },
      m.fixLatencyBudgetTwice,
    )
  const requests = s.requests ?? LATENCY_DEFAULTS.requests
  if (requests < MIN_LATENCY_REQUESTS)
    throw new ConfigurationError(
      m.tooFewLatencyRequests(requests, MIN_LATENCY_REQUESTS),
      { path: 'evaluate-vs-champion.latency.requests' },
      m.fixTooFewLatencyRequests(MIN_LATENCY_REQUESTS),
    )
  const maxP95Ms = inputMaxLatencyMs ?? s.max_p95_ms ?? legacyMaxLatencyMs
  if (!measure && maxP95Ms === undefined && s.max_p99_ms === undefined && s.max_relative_slowdown === undefined)
    return undefined
  return {
    ...(maxP95Ms === undefined ? {} : { maxP95Ms }),
    ...(s.max_p99_ms === undefined ? {} : { maxP99Ms: s.max_p99_ms }),
    ...(s.max_relative_slowdown === undefined ? {} : { maxRelativeSlowdown: s.max_relative_slowdown }),
    warmupRequests: s.warmup_requests ?? LATENCY_DEFAULTS.warmupRequests,
    requests,
    requestTimeoutMs: s.request_timeout_ms ?? LATENCY_DEFAULTS.requestTimeoutMs,
    startupTimeoutMs: s.startup_timeout_ms ?? LATENCY_DEFAULTS.startupTimeoutMs,
  }
}
