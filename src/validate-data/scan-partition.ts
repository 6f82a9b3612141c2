import { stat } from 'node:fs/promises'
import {
  candidateCsvRanges,
  columnChunksSupported,
  datasetFormat,
  datasetHeader,
  parquetRowGroups,
} from '../io/dataset/index.js'

/**
 * The part of a dataset one scan task reads: the whole file, one byte range of an uncompressed CSV file (its start
 * a candidate record start, proven after the scan; see candidateCsvRanges), or a run of consecutive row groups of a
 * Parquet file (`first` … `first + count − 1`; its rows keep the file's line numbers).
 */
export type ScanPartition =
  | { readonly kind: 'whole-file' }
  | { readonly kind: 'csv-bytes'; readonly start: number; readonly stopAt: number; readonly header?: readonly string[] }
  | { readonly kind: 'parquet-row-groups'; readonly first: number; readonly count: number }

/** Files smaller than this are scanned on one thread (a worker's start and the merge cost more than they save). */
export const MIN_SPLIT_BYTES = 8 << 20
/** Bytes per range at least. */
const MIN_RANGE_BYTES = 4 << 20
/** Parquet files with fewer rows than this are scanned on one thread. */
export const MIN_SPLIT_ROWS = 200_000
/** Whether Parquet files are split by row groups (off until measured faster at 1M and 5M rows). */
export const SPLIT_PARQUET = false

const WHOLE: ScanPartition[] = [{ kind: 'whole-file' }]

/**
 * How to scan `path` with up to `parts` tasks: byte ranges for an uncompressed CSV/TSV file of at least
 * MIN_SPLIT_BYTES (at least MIN_RANGE_BYTES each), else the whole file. A file whose header cannot be read is
 * scanned whole (the sequential scan reports why).
 * @throws never
 */
export async function planPartitions(path: string, parts: number): Promise<ScanPartition[]> {
  try {
    // Byte ranges are CSV records: a Parquet file (chunk-read too) must never be cut at its bytes' "line ends".
    const format = datasetFormat(path)
    if (format.format === 'parquet' && SPLIT_PARQUET) return await planParquetRowGroups(path, parts)
    if (parts < 2 || format.format !== 'csv' || format.gzip || !columnChunksSupported(path)) return WHOLE
    const size = (await stat(path)).size
    if (size < MIN_SPLIT_BYTES) return WHOLE
    const header = await datasetHeader(path)
    const ranges = await candidateCsvRanges(path, header, Math.min(parts, Math.floor(size / MIN_RANGE_BYTES)))
    if (ranges === undefined) return WHOLE
    return ranges.map((range) => ({ kind: 'csv-bytes', ...range }))
  } catch {
    return WHOLE
  }
}

/**
 * How to scan a Parquet file with up to `parts` tasks: consecutive runs of its row groups with about equal rows, when
 * it has at least MIN_SPLIT_ROWS rows in two or more row groups; else the whole file. A file whose metadata cannot be
 * read is scanned whole (the sequential scan reports why).
 * @throws never
 */
export async function planParquetRowGroups(
  path: string,
  parts: number,
  minRows: number = MIN_SPLIT_ROWS,
): Promise<ScanPartition[]> {
  try {
    const { count, rows } = await parquetRowGroups(path)
    const total = rows.reduce((sum, n) => sum + n, 0)
    const tasks = Math.min(parts, count)
    if (tasks < 2 || total < minRows) return WHOLE
    const plan: ScanPartition[] = []
    let first = 0
    let done = 0
    for (let t = 0; t < tasks; t++) {
      // This task's row groups: until its share of the rows, leaving one for each task after it (the last: the rest).
      let last = first
      if (t === tasks - 1) last = count
      else {
        const target = (total * (t + 1)) / tasks
        do done += rows[last++] as number
        while (last < count - (tasks - t - 1) && done + (rows[last] as number) / 2 <= target)
      }
      plan.push({ kind: 'parquet-row-groups', first, count: last - first })
      first = last
    }
    return plan.length < 2 ? WHOLE : plan
  } catch {
    return WHOLE
  }
}
