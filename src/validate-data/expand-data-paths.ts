import { readdirSync, statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { ConfigurationError } from '../core/errors.js'
import { monitorMessages } from '../core/monitor/messages.js'
import { datasetFormat } from '../io/dataset/index.js'
import { resolveInputPath } from '../io/paths/index.js'

/** Whether `path` is a data file name validate-data reads (CSV/TSV, JSON Lines, Parquet, .gz). */
function isDataFile(path: string): boolean {
  try {
    datasetFormat(path)
    return true
  } catch {
    return false
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The files `data` names: a glob (`production/2026-11-*.jsonl`, `**`, `?`, `[…]`, `{a,b}`; tinyglobby) is every
 * file it matches (relative to `cwd`, or absolute for an absolute pattern), a directory (a downloaded artifact) every data file directly in it, anything else itself. In
 * name order, so a run over the same files is the same run. Every file passes input path containment.
 * @throws ConfigurationError when a glob or a directory holds no data file, or a match leaves the allowed roots
 */
export function expandDataPaths(data: string, input: string, cwd = process.cwd()): string[] {
  let matched: string[]
  if (isDynamicPattern(data)) {
    matched = globSync(data, {
      cwd,
      absolute: isAbsolute(data),
      onlyFiles: true,
      expandDirectories: false,
      dot: false,
    }).filter(isDataFile)
    if (matched.length === 0)
      throw new ConfigurationError(monitorMessages.globMatchedNothing(data, cwd), { input }, monitorMessages.globHint())
  } else if (isDirectory(data)) {
    matched = readdirSync(data, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isDataFile(entry.name))
      .map((entry) => join(data, entry.name))
    if (matched.length === 0)
      throw new ConfigurationError(monitorMessages.directoryHoldsNoData(data), { input }, monitorMessages.globHint())
  } else {
    return [resolveInputPath(data, { kind: 'file', input })]
  }
  return matched.sort().map((path) => resolveInputPath(path, { kind: 'file', input }))
}
