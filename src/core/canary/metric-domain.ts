/** The values a built-in canary metric can take; anything outside is a provider fault, not a measurement. */
export const METRIC_DOMAINS: Readonly<Record<string, { readonly min: number; readonly max?: number }>> = {
  'error-rate': { min: 0, max: 1 },
  'latency-p95-ms': { min: 0 },
}

/**
 * The domain of `metric` when the value lies outside it (a negative error rate, a rate above 1), else undefined.
 * Metrics without a known domain (user-defined queries) are never out of domain.
 * @example metricOutOfDomain('error-rate', -1) // => { min: 0, max: 1 }
 * @example metricOutOfDomain('error-rate', 0.5) // => undefined
 */
export function metricOutOfDomain(
  metric: string,
  value: number,
): { readonly min: number; readonly max?: number } | undefined {
  const domain = METRIC_DOMAINS[metric]
  if (domain === undefined) return undefined
  return value < domain.min || (domain.max !== undefined && value > domain.max) ? domain : undefined
}
