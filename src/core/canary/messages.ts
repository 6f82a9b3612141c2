import { formatNumber } from '../report/format-number.js'
import type { MetricCondition } from './types.js'

export const metricMissing = (metric: string, side: 'canary' | 'stable', reason?: string): string =>
  `${metric}: no ${side} value${reason === undefined ? '' : ` (${reason})`}; inconclusive, never a success`

export const metricNotFinite = (metric: string, side: 'canary' | 'stable', value: number): string =>
  `${metric}: ${side} value ${String(value)} is not a number; inconclusive`

export const describeCondition = (condition: MetricCondition): string => {
  switch (condition.kind) {
    case 'max':
      return `≤ ${formatNumber(condition.value)}`
    case 'min':
      return `≥ ${formatNumber(condition.value)}`
    case 'max-relative':
      return `≤ stable × ${formatNumber(1 + condition.tolerance)}`
    case 'max-delta':
      return `≤ stable + ${formatNumber(condition.delta)}`
  }
}

export const metricWithin = (metric: string, canary: number, condition: MetricCondition): string =>
  `${metric} ${formatNumber(canary)} ${describeCondition(condition)}`

export const metricBreached = (metric: string, canary: number, condition: MetricCondition, limit: number): string =>
  `${metric} ${formatNumber(canary)} breaches ${describeCondition(condition)} (limit ${formatNumber(limit)})`

export const noCanaryTraffic = (): string => 'no request reached the canary in this interval'

export const providerFailed = (reason: string): string => `metric provider failed: ${reason}; inconclusive`

export const verdictPromoted = (steps: readonly number[]): string =>
  `analysis passed at every step (${steps.join('% → ')}%); canary promoted to 100%`

export const verdictFailureLimit = (failures: number, limit: number, last: string): string =>
  `${failures} failed interval(s) exceed the failure limit ${limit} (last: ${last}); rolled back to 0%`

export const verdictInconclusiveLimit = (count: number, limit: number, last: string): string =>
  `${count} inconclusive interval(s) exceed the inconclusive limit ${limit} (last: ${last}); rolled back to 0%`

export const verdictNoTraffic = (intervals: number): string =>
  `no request reached the canary in ${intervals} interval(s); rolled back to 0% (check the traffic split and the load)`

export const verdictAborted = (reason: string): string => `rollout stopped (${reason}); rolled back to 0%`

export const invalidSteps = (text: string): string =>
  `steps must be strictly increasing percentages in (0, 100], got "${text}"`

export const neverJudged = (metric: string, lastReason: string | undefined): string =>
  `${metric}: never judged (${lastReason ?? 'no interval completed'})`

export const titlePromoted = (): string => 'Canary promoted to 100%'

export const titleRolledBack = (reason: string): string => `Canary rolled back to 0%: ${reason}`

export const championMoved = (model: string, version: number): string => `${model} alias champion → v${version}`

export const protectedChampionHint = (environment: string): string =>
  `run this job with \`environment: ${environment}\` (its required reviewers approve the move), or leave registry empty to move traffic only`
