import { readCsv } from './csv/read-csv.js'
import { datasetFormat } from './dataset-format.js'
import { readJsonl } from './jsonl/read-jsonl.js'
import { readParquet } from './parquet/read-parquet.js'
import { DEFAULT_BATCH_SIZE, DEFAULT_CHUNK_SIZE, DEFAULT_NULL_VALUES, type ReadDatasetOptions, type RowBatch } from './types.js'

/**
 * Streams a dataset (CSV/TSV, JSON Lines, Parquet; gzip for CSV/JSONL, chosen by extension) as batches
 * of rows with the source line of each row. Memory stays flat in file size: one chunk and one batch
 * at a time (one row group for Parquet). A header-only file yields no batches.
 * @throws {ConfigurationError} unknown extension, missing or unreadable path
 * @throws {DataError} malformed content (with file, line, column and a hint), a projected column the file lacks
 * @example
 * for await (const batch of readDataset('fixtures/datasets/tiny.csv')) console.log(batch.rows[0]) // => ['1', 'a']
 */
export function readDataset(path: string, options: ReadDatasetOptions = {}): AsyncIterable<RowBatch> {
  const format = datasetFormat(path)
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`readDataset: batchSize must be a positive integer; got ${batchSize}`)
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`readDataset: chunkSize must be a positive integer; got ${chunkSize}`)
  const common = { batchSize, chunkSize, columns: options.columns, signal: options.signal }
  switch (format.format) {
    case 'csv':
      return readCsv(path, {
        ...common,
        gzip: format.gzip,
        delimiter: options.delimiter ?? format.delimiter,
        nullValues: options.nullValues ?? DEFAULT_NULL_VALUES,
      })
    case 'jsonl':
      return readJsonl(path, { ...common, gzip: format.gzip })
    case 'parquet':
      return readParquet(path, common)
  }
}
