import type { Logger } from '../core/logger.js'
import type { DataSide } from '../core/validate/decide-validate-data.js'
import { isProfilePath, readProfileFile } from '../io/profile-file.js'
import { scanDatasets, scanWorkersEnabled, type ScanJob } from './scan-workers.js'

/**
 * Reads each job into a DataSide, one per job in job order (the result has the jobs' tuple shape): `.profile.json` files as they are (with their contract checks),
 * datasets scanned together (in parallel worker threads when running from a bundle), which the log says.
 * @throws {UserError} what reading a profile file or scanning a dataset throws
 */
export async function readSides<const J extends readonly ScanJob[]>(
  jobs: J,
  options: {
    readonly logger: Logger
    readonly signal: AbortSignal
    readonly maxExamples: number
    readonly maxFieldBytes?: number
  },
): Promise<{ -readonly [K in keyof J]: DataSide }> {
  const datasets = jobs.filter((job) => !isProfilePath(job.path))
  const threads = datasets.length > 1 && scanWorkersEnabled() ? ` (${datasets.length} worker threads in parallel)` : ''
  if (datasets.length > 0) options.logger.info(`reading ${datasets.map((job) => job.path).join(' and ')}${threads}`)
  const scans = await scanDatasets(datasets, {
    maxExamples: options.maxExamples,
    signal: options.signal,
    debug: (message) => options.logger.debug(message),
    ...(options.maxFieldBytes === undefined ? {} : { maxFieldBytes: options.maxFieldBytes }),
  })
  const sides = jobs.map((job): DataSide => {
    if (!isProfilePath(job.path)) return scans[datasets.indexOf(job)] as DataSide
    const file = readProfileFile(job.path)
    return { profiles: file.columns, contractChecks: file.contractChecks }
  })
  return sides as { -readonly [K in keyof J]: DataSide }
}
