import { readdirSync, statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { ConfigurationError } from '../core/errors.js'
import { monitorMessages } from '../core/monitor/messages.js'
import { datasetFormat } from '../io/dataset/index.js'
import { resolveInputPath } from '../io/paths/index.js'

/** How many folder levels below the pattern's fixed base a glob walks (`**` included): deep enough for date trees. */
export const MAX_GLOB_DEPTH = 12

/** How many data files one `data` glob or folder may name: more is a mistake, not a monitoring window. */
export const MAX_DATA_FILES = 10_000

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
 * A glob split at its first wildcard segment: the fixed folder (`production/2026` of `production/2026/*.csv`, `.`
 * when the first segment is dynamic) and the rest. The base is checked against the allowed roots before anything is
 * walked, so `/**` or `../../**` is refused instead of crawling the machine.
 */
function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/')
  const first = segments.findIndex((segment) => isDynamicPattern(segment))
  const fixed = segments.slice(0, first)
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/'
  return { base, rest: segments.slice(first).join('/') }
}

function globFiles(data: string, input: string, cwd: string): string[] {
  const { base, rest } = splitGlob(data)
  if (rest.split('/').includes('..')) {
    throw new ConfigurationError(
      monitorMessages.globParentSegment(data),
      { input },
      monitorMessages.globParentSegmentHint(),
    )
  }
  // Containment of the folder walked, before the walk (the matches are checked again one by one below).
  const folder = isAbsolute(base) ? base : join(cwd, base)
  resolveInputPath(folder, { kind: 'directory', input, cwd })
  const matched = globSync(rest, {
    cwd: folder,
    absolute: false,
    onlyFiles: true,
    expandDirectories: false,
    dot: false,
    // A link is not followed while walking: a loop or a link out of the workspace is never crawled.
    followSymbolicLinks: false,
    deep: MAX_GLOB_DEPTH,
  })
    .filter(isDataFile)
    // Named as the pattern names them: relative to cwd for a relative pattern, absolute for an absolute one.
    .map((path) => join(base, path))
  if (matched.length === 0)
    throw new ConfigurationError(monitorMessages.globMatchedNothing(data, cwd), { input }, monitorMessages.globHint())
  return matched
}

/**
 * The files `data` names: a glob (`production/2026-11-*.jsonl`, `**`, `?`, `[…]`, `{a,b}`; tinyglobby) is every
 * file it matches (relative to `cwd`, or absolute for an absolute pattern), a directory (a downloaded artifact) every
 * data file directly in it, anything else itself. In name order, so a run over the same files is the same run. The
 * folder a glob walks passes input path containment before the walk (at most {@link MAX_GLOB_DEPTH} levels, links
 * not followed), and every file after it.
 * @throws ConfigurationError when a glob or a directory holds no data file or more than {@link MAX_DATA_FILES}, a
 *   glob has `..` after a wildcard, or a folder or match leaves the allowed roots
 */
export function expandDataPaths(data: string, input: string, cwd = process.cwd()): string[] {
  let matched: string[]
  if (isDynamicPattern(data)) {
    matched = globFiles(data, input, cwd)
  } else if (isDirectory(data)) {
    const folder = resolveInputPath(data, { kind: 'directory', input, cwd })
    matched = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isDataFile(entry.name))
      .map((entry) => join(data, entry.name))
    if (matched.length === 0)
      throw new ConfigurationError(monitorMessages.directoryHoldsNoData(data), { input }, monitorMessages.globHint())
  } else {
    return [resolveInputPath(data, { kind: 'file', input })]
  }
  if (matched.length > MAX_DATA_FILES) {
    throw new ConfigurationError(
      monitorMessages.globTooMany(data, MAX_DATA_FILES),
      { input },
      monitorMessages.globTooManyHint(),
    )
  }
  return matched.sort().map((path) => resolveInputPath(path, { kind: 'file', input }))
}
