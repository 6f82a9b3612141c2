import { createReadStream } from 'node:fs'
import { datasetFormat } from './dataset-format.js'
import { parquetRowGroups } from './parquet/parquet-chunks.js'

/** Bytes per read while counting line breaks. */
const READ_SIZE = 1 << 20

/**
 * A number of rows a dataset cannot exceed, known before it is read, so that a loader can fill its columns in
 * place instead of joining per-chunk parts at the end (which holds every column twice at its peak): Parquet's row
 * count from its metadata; for uncompressed CSV/TSV its line breaks + 1 (a line break inside a quoted field only
 * makes the bound larger). Undefined for other formats, gzip (a second decompression costs more than the join) and
 * a file that cannot be read (the loader reports that).
 * @throws never
 */
export async function rowCountBound(path: string): Promise<number | undefined> {
  const format = datasetFormat(path)
  try {
    if (format.format === 'parquet') return (await parquetRowGroups(path)).rows.reduce((sum, n) => sum + n, 0)
    if (format.format !== 'csv' || format.gzip) return undefined
    let lineBreaks = 0
    for await (const block of createReadStream(path, { highWaterMark: READ_SIZE }) as AsyncIterable<Buffer>) {
      for (let at = block.indexOf(10); at >= 0; at = block.indexOf(10, at + 1)) lineBreaks++
    }
    return lineBreaks + 1
  } catch {
    return undefined
  }
}
