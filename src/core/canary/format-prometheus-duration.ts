/**
 * Formats milliseconds as a Prometheus range duration (`{{interval}}` in query templates): whole seconds
 * when possible, else milliseconds; at least 1s so that `rate()` has a window.
 * @example formatPrometheusDuration(30000) // => '30s'
 */
export function formatPrometheusDuration(ms: number): string {
  if (ms < 1000) return '1s'
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${Math.round(ms)}ms`
}
