import type { LineFigure } from '../gate/figure.js'

/** The version of the history file; a file of another version starts a new history (with a warning). */
export const MONITORING_HISTORY_VERSION = 1
/** Runs kept: about three months of daily runs. */
export const MONITORING_HISTORY_LENGTH = 90

/** One monitoring run's key figures: named numbers (drift share, a metric, a PSI), finite or absent. */
export interface MonitoringRun {
  /** ISO 8601. */
  readonly at: string
  readonly runUrl?: string
  readonly status: 'pass' | 'warn' | 'fail' | 'error'
  readonly figures: Readonly<Record<string, number>>
}

export interface MonitoringHistory {
  readonly version: typeof MONITORING_HISTORY_VERSION
  readonly model: string
  readonly alias: string
  readonly runs: readonly MonitoringRun[]
}

export type ParsedHistory =
  | { readonly kind: 'history'; readonly history: MonitoringHistory }
  | { readonly kind: 'unreadable'; readonly reason: string }

function isRun(value: unknown): value is MonitoringRun {
  if (typeof value !== 'object' || value === null) return false
  const { at, status, figures } = value as Record<string, unknown>
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return false
  if (status !== 'pass' && status !== 'warn' && status !== 'fail' && status !== 'error') return false
  if (typeof figures !== 'object' || figures === null || Array.isArray(figures)) return false
  return Object.values(figures).every((v) => typeof v === 'number' && Number.isFinite(v))
}

/**
 * A history file's content read back for `model`@`alias`. A file that does not parse, has another version, or is
 * about another model is unreadable (the caller starts afresh and says why); single runs that do not validate are
 * dropped, so one bad entry written by hand does not cost the whole trend.
 */
export function parseMonitoringHistory(text: string, model: string, alias: string): ParsedHistory {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { kind: 'unreadable', reason: 'it is not JSON' }
  }
  if (typeof parsed !== 'object' || parsed === null) return { kind: 'unreadable', reason: 'it is not a JSON object' }
  const file = parsed as Record<string, unknown>
  if (file.version !== MONITORING_HISTORY_VERSION)
    return {
      kind: 'unreadable',
      reason: `its version is ${JSON.stringify(file.version)}, not ${MONITORING_HISTORY_VERSION}`,
    }
  if (file.model !== model || file.alias !== alias)
    return { kind: 'unreadable', reason: `it is the history of ${String(file.model)}@${String(file.alias)}` }
  const runs = Array.isArray(file.runs) ? file.runs.filter(isRun) : []
  return { kind: 'history', history: { version: MONITORING_HISTORY_VERSION, model, alias, runs } }
}

/** The history with `run` appended, oldest dropped past the limit; runs stay in time order. */
export function appendMonitoringRun(history: MonitoringHistory, run: MonitoringRun): MonitoringHistory {
  const figures = Object.fromEntries(Object.entries(run.figures).filter(([, v]) => Number.isFinite(v)))
  const runs = [...history.runs, { ...run, figures }]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .slice(-MONITORING_HISTORY_LENGTH)
  return { ...history, runs }
}

export function emptyMonitoringHistory(model: string, alias: string): MonitoringHistory {
  return { version: MONITORING_HISTORY_VERSION, model, alias, runs: [] }
}

/**
 * The trend of `figureNames` over the last `last` runs: a line chart (the renderer pairs it with its table). A
 * figure a run did not record draws as 0 in the chart and shows as "—" in the table. Undefined with fewer than two
 * runs: one point is not a trend.
 * @example monitoringTrend({ version: 1, model: 'm', alias: 'a', runs: [] }, ['psi'], 'PSI', 30) // => undefined
 */
export function monitoringTrend(
  history: MonitoringHistory,
  figureNames: readonly string[],
  title: string,
  last = 30,
): LineFigure | undefined {
  const runs = history.runs.slice(-last)
  if (runs.length < 2 || figureNames.length === 0) return undefined
  return {
    kind: 'line',
    title,
    x: runs.map((run) => run.at.slice(0, 10)),
    series: figureNames.map((name) => ({ name, values: runs.map((run) => run.figures[name] ?? Number.NaN) })),
    xLabel: 'run',
  }
}
