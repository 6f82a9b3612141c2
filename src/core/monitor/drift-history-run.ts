import type { GateOutcome } from '../gate/gate-outcome.js'
import type { LineFigure } from '../gate/figure.js'
import { worstOf } from '../gate/status.js'
import { monitorMessages } from './messages.js'
import { monitoringTrend, type MonitoringHistory, type MonitoringRun } from './monitoring-history.js'

/** Prefix of a column's PSI among a run's figures (`psi:<column>`); the drift statistic is `statistic:<column>`. */
export const PSI_FIGURE = 'psi:'
export const STATISTIC_FIGURE = 'statistic:'

/**
 * The key figures of one validate-data run for the monitoring history: per drift-checked column its PSI and its
 * drift statistic (from the `drift.<column>` check details), the share of drifted columns, the rows, and the
 * run's status (the worst check; a run of skipped checks only counts as pass).
 * @throws never
 * @example
 * driftHistoryRun({ title: '', checks: [], figures: [], outputs: {} }, 10, new Date(0)).figures // => { rows: 10 }
 */
export function driftHistoryRun(outcome: GateOutcome, rows: number, at: Date, runUrl?: string): MonitoringRun {
  const figures: Record<string, number> = { rows }
  for (const check of outcome.checks) {
    if (!check.id.startsWith('drift.')) continue
    if (check.id === 'drift.dataset') {
      if (typeof check.observed === 'number') figures.drifted_share = check.observed
      continue
    }
    const details = check.details as { psi?: unknown; statistic?: unknown } | undefined
    const column = check.id.slice('drift.'.length)
    if (typeof details?.psi === 'number') figures[PSI_FIGURE + column] = details.psi
    if (typeof details?.statistic === 'number') figures[STATISTIC_FIGURE + column] = details.statistic
  }
  const status = outcome.status ?? worstOf(outcome.checks.map((c) => c.status))
  return {
    at: at.toISOString(),
    ...(runUrl === undefined ? {} : { runUrl }),
    status: status === 'skipped' ? 'pass' : status,
    figures,
  }
}

/**
 * The PSI trend of the columns the latest run measured, over the last runs (monitoringTrend: a line chart the
 * renderer pairs with its table); undefined with fewer than two runs.
 * @throws never
 * @example driftTrend({ version: 1, model: 'm', alias: 'a', runs: [] }) // => undefined
 */
export function driftTrend(history: MonitoringHistory): LineFigure | undefined {
  const latest = history.runs.at(-1)
  if (latest === undefined) return undefined
  const names = Object.keys(latest.figures).filter((name) => name.startsWith(PSI_FIGURE))
  const trend = monitoringTrend(history, names, monitorMessages.historyTitle())
  if (trend === undefined) return undefined
  return { ...trend, series: trend.series.map((s) => ({ ...s, name: s.name.slice(PSI_FIGURE.length) })), yLabel: 'PSI' }
}
