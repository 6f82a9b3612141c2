import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { errorMessage } from '../core/error-message.js'
import type { Logger } from '../core/logger.js'
import { monitorMessages } from '../core/monitor/messages.js'
import {
  emptyMonitoringHistory,
  parseMonitoringHistory,
  type MonitoringHistory,
} from '../core/monitor/monitoring-history.js'
import { fileSystemUserError, writeTextFile } from '../io/paths/index.js'
import { readBoundedText } from '../io/read-bounded-text.js'
import { Inputs } from './inputs.js'

/** A history of 90 runs of a few dozen columns is tens of kilobytes; more is not a history file. */
const MAX_HISTORY_BYTES = 8 * 1024 * 1024

/**
 * The monitoring history kept in `path` for `model`@`alias`: a missing file is an empty history (the first run);
 * a file that cannot be read or parsed, or belongs to another model, is a warning and a fresh history — never a
 * failed run, since the verdict does not depend on it.
 */
export function readHistoryFile(path: string, model: string, alias: string, logger: Logger): MonitoringHistory {
  if (!existsSync(path)) return emptyMonitoringHistory(model, alias)
  let text: string
  try {
    text = readBoundedText(path, `history file ${path}`, MAX_HISTORY_BYTES)
  } catch (error) {
    logger.warning(monitorMessages.historyUnreadable(path, errorMessage(error)))
    return emptyMonitoringHistory(model, alias)
  }
  const parsed = parseMonitoringHistory(text, model, alias)
  if (parsed.kind === 'history') return parsed.history
  logger.warning(monitorMessages.historyUnreadable(path, parsed.reason))
  return emptyMonitoringHistory(model, alias)
}

/** Writes the history back (the workflow persists the file between runs, e.g. with actions/cache). */
export function writeHistoryFile(path: string, history: MonitoringHistory): void {
  try {
    mkdirSync(dirname(path), { recursive: true })
  } catch (error) {
    throw fileSystemUserError(error, { path, verb: 'write', input: Inputs.HistoryFile }) ?? error
  }
  writeTextFile(path, JSON.stringify(history, null, 2) + '\n', Inputs.HistoryFile)
}
