import { stat } from 'node:fs/promises'
import { candidateCsvRanges, columnChunksSupported, datasetFormat, datasetHeader } from '../io/dataset/index.js'

/**
 * The part of a dataset one scan task reads: the whole file, or one byte range of an uncompressed CSV file (its start
 * a candidate record start, proven after the scan; see candidateCsvRanges). Other formats add their own kinds here
 * (e.g. Parquet row groups) and say how scanDataset reads them.
 */
export type ScanPartition =
  | { readonly kind: 'whole-file' }
  | { readonly kind: 'csv-bytes'; readonly start: number; readonly stopAt: number; readonly header?: readonly string[] }

/** Files smaller than this are scanned on one thread (a worker's start and the merge cost more than they save). */
export const MIN_SPLIT_BYTES = 8 << 20
/** Bytes per range at least. */
const MIN_RANGE_BYTES = 4 << 20

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
