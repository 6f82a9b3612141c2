import { createCommandProvider } from './command.js'
import type { MetricProvider, MetricProviderConfig } from './metric-provider.js'
import { createPrometheusProvider } from './prometheus.js'
import { createScrapeProvider } from './scrape.js'

/** The one switch over metric providers. */
export function createMetricProvider(config: MetricProviderConfig): MetricProvider {
  switch (config.kind) {
    case 'prometheus':
      return createPrometheusProvider(config)
    case 'scrape':
      return createScrapeProvider(config)
    case 'command':
      return createCommandProvider(config)
  }
}
