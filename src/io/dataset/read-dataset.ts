import { dataMessages } from '../../core/data/messages.js'
import { ConfigurationError } from '../../core/errors.js'
import { readCsv } from './csv/read-csv.js'
import { datasetFormat } from './dataset-format.js'
import { readJsonl } from './jsonl/read-jsonl.js'
import { readParquet } from './parquet/read-parquet.js'
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_NULL_VALUES,
  type ReadDatasetOptions,
  type RowBatch,
} from './types.js'

/**
 * Streams a dataset (CSV/TSV, JSON Lines, Parquet; gzip for CSV/JSONL, chosen by extension) as batches
 * of rows with the source line of each row. Memory stays flat in file size: one chunk and one batch
 * at a time (one row group for Parquet). A header-only file yields no batches. A column listed twice in
 * `columns` is read once and appears twice in each row.
 * @throws {ConfigurationError} unknown extension, bad delimiter, missing or unreadable path
 * @throws {DataError} malformed content (with file, line, column and a hint), a projected column the file lacks
 * @example
 * for await (const batch of readDataset('fixtures/datasets/tiny.csv')) console.log(batch.rows[0]) // => ['1', 'a']
 */
export function readDataset(path: string, options: ReadDatasetOptions = {}): AsyncIterable<RowBatch> {
  const format = datasetFormat(path)
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`readDataset: batchSize must be a positive integer; got ${batchSize}`)
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new RangeError(`readDataset: chunkSize must be a positive integer; got ${chunkSize}`)
  const delimiter = options.delimiter ?? format.delimiter
  if (
    format.format === 'csv' &&
    (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
  ) {
    throw new ConfigurationError(
      dataMessages.invalidDelimiter(delimiter),
      { file: path },
      dataMessages.invalidDelimiterHint(),
    )
  }
  const requested = options.columns
  const unique = requested === undefined ? undefined : [...new Set(requested)]
  if (requested !== undefined && unique !== undefined && unique.length < requested.length) {
    // A column asked for twice (e.g. a label that is also a sensitive feature): read it once, repeat it.
    const positions = requested.map((name) => unique.indexOf(name))
    const inner = readDataset(path, { ...options, columns: unique })
    return (async function* repeatColumns(): AsyncGenerator<RowBatch> {
      for await (const batch of inner) {
        yield {
          columns: [...requested],
          rows: batch.rows.map((row) => positions.map((i) => row[i] ?? null)),
          lines: batch.lines,
        }
      }
    })()
  }
  const common = { batchSize, chunkSize, columns: requested, signal: options.signal }
  switch (format.format) {
    case 'csv':
      return readCsv(path, {
        ...common,
        gzip: format.gzip,
        delimiter,
        nullValues: options.nullValues ?? DEFAULT_NULL_VALUES,
      })
    case 'jsonl':
      return readJsonl(path, { ...common, gzip: format.gzip })
    case 'parquet':
      return readParquet(path, common)
  }
}
