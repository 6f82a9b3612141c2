import { DEFAULT_SCRAPE_NAMES, intervalMetrics } from '../core/canary/interval-metrics.js'
import { parseExposition, type ExpositionSample } from '../core/canary/parse-exposition.js'
import { errorMessage } from '../core/error-message.js'
import { redactUrl } from '../core/secrets/redact-url.js'
import { httpGet } from './http-get.js'
import { scrapeFailed } from './messages.js'
import type { MetricProvider, ScrapeProviderConfig } from './metric-provider.js'

/**
 * Without a Prometheus server: scrapes both services' /metrics at the start and end of each interval and
 * differences the counters and histogram buckets (error rate, p95 latency, request count).
 */
export function createScrapeProvider(config: ScrapeProviderConfig): MetricProvider {
  let previous: { canary: ExpositionSample[]; stable: ExpositionSample[] } | undefined
  const scrape = async (url: string): Promise<ExpositionSample[]> => {
    const response = await httpGet(url, config.timeoutMs)
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`)
    return parseExposition(response.body, url)
  }
  const both = async (): Promise<{ canary: ExpositionSample[]; stable: ExpositionSample[] } | { error: string }> => {
    const [canary, stable] = await Promise.allSettled([scrape(config.canaryUrl), scrape(config.stableUrl)])
    if (canary.status === 'rejected')
      return { error: scrapeFailed(redactUrl(config.canaryUrl), errorMessage(canary.reason)) }
    if (stable.status === 'rejected')
      return { error: scrapeFailed(redactUrl(config.stableUrl), errorMessage(stable.reason)) }
    return { canary: canary.value, stable: stable.value }
  }
  return {
    kind: 'scrape',
    async start() {
      const first = await both()
      previous = 'error' in first ? undefined : first
    },
    async observe() {
      const now = await both()
      if ('error' in now) return { kind: 'provider-error', reason: now.error }
      const before = previous
      previous = now
      if (before === undefined)
        return { kind: 'provider-error', reason: 'no baseline scrape yet (the first scrape failed)' }
      const canary = intervalMetrics(before.canary, now.canary, DEFAULT_SCRAPE_NAMES)
      const stable = intervalMetrics(before.stable, now.stable, DEFAULT_SCRAPE_NAMES)
      return {
        kind: 'metrics',
        canary: { 'error-rate': canary['error-rate'], 'latency-p95-ms': canary['latency-p95-ms'] },
        stable: { 'error-rate': stable['error-rate'], 'latency-p95-ms': stable['latency-p95-ms'] },
        canaryRequests: canary.requests,
      }
    },
  }
}
