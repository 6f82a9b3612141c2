import { DataError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { monitorMessages } from '../core/monitor/messages.js'
import type { DataSide } from '../core/validate/decide-validate-data.js'
import type { Contract } from '../core/contract/contract.js'
import { mergeProfileFiles } from '../io/profile-file.js'
import { readSides } from './read-sides.js'
import type { ScanJob } from './scan-workers.js'

/**
 * Reads the files a `data` glob or directory matched as one dataset: each file is scanned (with the contract) and
 * the sides are merged as the shards of `mode: merge` are (profiles per column, contract checks as one pass,
 * `unique` across files). One file is read as it is. A reference file (`reference`) is scanned with them, in
 * parallel worker threads when running from a bundle. `profiled`: the data's columns to profile in full (ScanJob.profiled).
 * @throws DataError naming the first file whose columns differ from the first file's
 */
export async function readDataFiles(
  paths: readonly string[],
  contract: Contract | undefined,
  options: {
    readonly logger: Logger
    readonly signal: AbortSignal
    readonly maxExamples: number
    readonly maxFieldBytes?: number
  },
  reference?: ScanJob,
  profiled?: readonly string[],
): Promise<{ readonly current: DataSide; readonly reference: DataSide | undefined }> {
  const scanned = await readSides(
    [
      ...paths.map((path) => ({ path, contract, ...(profiled === undefined ? {} : { profiled }) })),
      ...(reference ? [reference] : []),
    ],
    options,
  )
  const sides = scanned.slice(0, paths.length)
  const referenceSide = reference === undefined ? undefined : scanned[paths.length]
  return { current: mergeDataSides(paths, sides, contract, options.logger), reference: referenceSide }
}

/** The sides of several data files as one, after checking they have the same columns. */
function mergeDataSides(
  paths: readonly string[],
  sides: readonly DataSide[],
  contract: Contract | undefined,
  logger: Logger,
): DataSide {
  if (sides.length === 1) return sides[0] as DataSide
  const names = (side: DataSide): string[] => side.profiles.map((p) => p.name)
  const first = new Set(names(sides[0] as DataSide))
  sides.forEach((side, i) => {
    const own = new Set(names(side))
    const missing = [...first].filter((name) => !own.has(name))
    const extra = [...own].filter((name) => !first.has(name))
    if (missing.length > 0 || extra.length > 0)
      throw new DataError(
        monitorMessages.columnsDiffer(paths[i] as string, paths[0] as string, missing, extra),
        { file: paths[i] as string },
        monitorMessages.columnsDifferHint(),
      )
  })
  logger.info(`${paths.length} data files read as one dataset`)
  return mergeProfileFiles(
    sides.map((side, i) => ({
      kind: 'modelgate-profile',
      schemaVersion: 1,
      source: paths[i] as string,
      columns: [...side.profiles],
      ...(side.contractChecks === undefined ? {} : { contractChecks: [...side.contractChecks] }),
      ...(side.uniqueHashes === undefined ? {} : { uniqueHashes: side.uniqueHashes }),
    })),
    contract !== undefined,
  )
}
