import { driftHistoryRun, driftTrend } from '../core/monitor/drift-history-run.js'
import { appendMonitoringRun } from '../core/monitor/monitoring-history.js'
import type { GateOutcome } from '../core/gate/gate-outcome.js'
import type { ActionContext } from '../github/action-context.js'
import { readHistoryFile, writeHistoryFile } from './history-file.js'

/**
 * With `history-file` set: reads the history (missing = empty, damaged = warning and a fresh one), appends this
 * run's key figures (per-column PSI and drift statistic, drifted share, rows, status, time, run URL), writes it
 * back and adds the trend (a Mermaid line chart with its table) to the report's figures. The verdict is unchanged.
 */
export function recordHistory(
  context: ActionContext,
  path: string | undefined,
  about: { readonly model: string; readonly alias: string; readonly rows: number },
  outcome: GateOutcome,
): GateOutcome {
  if (path === undefined) return outcome
  const run = driftHistoryRun(outcome, about.rows, context.now(), context.github.runUrl)
  const history = appendMonitoringRun(readHistoryFile(path, about.model, about.alias, context.logger), run)
  writeHistoryFile(path, history)
  context.logger.info(`history: ${history.runs.length} run(s) in ${path}`)
  const trend = driftTrend(history)
  return trend === undefined ? outcome : { ...outcome, figures: [...outcome.figures, trend] }
}
