/** Latency of both models' predict commands over a sample (milliseconds per call). */
export interface LatencyComparison {
  readonly candidate: { readonly p50: number; readonly p95: number }
  readonly champion: { readonly p50: number; readonly p95: number }
  readonly samples: number
}

/** A latency budget that could not be measured: the inputs it still needs. */
export interface LatencyUnmeasured {
  readonly missing: readonly string[]
}
