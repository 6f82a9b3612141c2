/** Per-request latency of one model, in milliseconds (see latencySummary for the quantile definition). */
export interface LatencySummary {
  readonly p50: number
  readonly p95: number
  readonly p99: number
  /** Timed requests (warm-up excluded). */
  readonly requests: number
}

/** How the requests reached the models: a serve process over the line protocol, or an HTTP endpoint. */
export type LatencyMethod = 'line-protocol' | 'http'

/**
 * Per-request latency of the candidate and (when there is one) the champion, measured by the same requests sent
 * alternately to both after a warm-up. `peakMemoryMb` is each serve process's peak resident set (VmHWM, summed over
 * its process group) when the line protocol was used.
 */
export interface LatencyComparison {
  readonly method: LatencyMethod
  readonly warmup: number
  readonly candidate: LatencySummary
  readonly champion?: LatencySummary
  readonly peakMemoryMb?: { readonly candidate?: number; readonly champion?: number }
}

/** A latency budget that could not be measured: the inputs it still needs. */
export interface LatencyUnmeasured {
  readonly missing: readonly string[]
}
