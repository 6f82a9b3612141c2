import type { ArmCounts, Observation } from '../core/canary/types.js'

/**
 * Where live numbers come from. `observe` measures the interval that just ended and never throws for a
 * service problem: it returns `provider-error` (whole provider down) or null values with reasons, which the
 * engine treats as inconclusive. Only configuration mistakes throw.
 */
export interface MetricProvider {
  readonly kind: 'prometheus' | 'scrape' | 'command'
  /** Called once before the first interval (scrape takes its baseline here). */
  start(): Promise<void>
  observe(window: {
    readonly intervalMs: number
    readonly at: Date
  }): Promise<Extract<Observation, { kind: 'metrics' | 'provider-error' }>>
  /**
   * The A/B business metric (Prometheus only): each arm's successes and trials over the split that just ended, the
   * templates rendered with `{{target}}` = the arm and `{{interval}}` = the split. Never throws for a service
   * problem: a count it could not read is null with the reason.
   */
  observeArms?(
    queries: { readonly successes: string; readonly trials: string },
    window: { readonly durationMs: number; readonly at: Date },
  ): Promise<{ readonly candidate: ArmCounts; readonly stable: ArmCounts }>
}

export interface PrometheusProviderConfig {
  readonly kind: 'prometheus'
  readonly url: string
  /** Names substituted for {{canary}} / {{stable}} (and {{target}} for the side being measured). */
  readonly canary: string
  readonly stable: string
  /** metric name → PromQL template with {{target}}, {{canary}}, {{stable}}, {{interval}}. */
  readonly queries: Readonly<Record<string, string>>
  /** Template for the canary's request count in the interval (the no-traffic policy needs it); optional. */
  readonly requestsQuery?: string
  /** Range window for {{interval}}; defaults to the analysis interval. */
  readonly window?: string
  readonly timeoutMs: number
}

export interface ScrapeProviderConfig {
  readonly kind: 'scrape'
  readonly canaryUrl: string
  readonly stableUrl: string
  readonly timeoutMs: number
}

export interface CommandProviderConfig {
  readonly kind: 'command'
  readonly argv: readonly string[]
  readonly timeoutMs: number
}

export type MetricProviderConfig = PrometheusProviderConfig | ScrapeProviderConfig | CommandProviderConfig
