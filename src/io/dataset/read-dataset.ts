import { dataMessages } from '../../core/data/messages.js'
import { ConfigurationError } from '../../core/errors.js'
import { readCsv } from './csv/read-csv.js'
import { datasetFormat } from './dataset-format.js'
import { readJsonl } from './jsonl/read-jsonl.js'
import { readJsonArray } from './json-array/read-json-array.js'
import { readParquet } from './parquet/read-parquet.js'
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_MAX_FIELD_BYTES,
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
  const batchSize = positiveInteger('batchSize', options.batchSize ?? DEFAULT_BATCH_SIZE)
  const chunkSize = positiveInteger('chunkSize', options.chunkSize ?? DEFAULT_CHUNK_SIZE)
  const delimiter = options.delimiter ?? format.delimiter
  if (format.format === 'csv') checkDelimiter(delimiter, path)
  const requested = options.columns
  if (requested !== undefined && new Set(requested).size < requested.length)
    return repeatColumns(path, requested, options)
  const maxFieldBytes = positiveInteger('maxFieldBytes', options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES)
  const common = { batchSize, chunkSize, columns: requested, signal: options.signal }
  switch (format.format) {
    case 'csv':
      return readCsv(path, {
        ...common,
        gzip: format.gzip,
        delimiter,
        nullValues: options.nullValues ?? DEFAULT_NULL_VALUES,
        maxFieldBytes,
      })
    case 'jsonl':
      return readJsonl(path, { ...common, gzip: format.gzip, maxFieldBytes })
    case 'parquet':
      return readParquet(path, common)
    case 'json-array':
      return readJsonArray(path, common)
  }
}

function positiveInteger(name: 'batchSize' | 'chunkSize' | 'maxFieldBytes', value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`readDataset: ${name} must be a positive integer; got ${value}`)
  return value
}

function checkDelimiter(delimiter: string, path: string): void {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new ConfigurationError(
      dataMessages.invalidDelimiter(delimiter),
      { file: path },
      dataMessages.invalidDelimiterHint(),
    )
  }
}

/** A column asked for twice (e.g. a label that is also a sensitive feature): read it once, repeat it. */
async function* repeatColumns(
  path: string,
  requested: readonly string[],
  options: ReadDatasetOptions,
): AsyncGenerator<RowBatch> {
  const unique = [...new Set(requested)]
  const positions = requested.map((name) => unique.indexOf(name))
  for await (const batch of readDataset(path, { ...options, columns: unique })) {
    yield {
      columns: [...requested],
      rows: batch.rows.map((row) => positions.map((i) => row[i] ?? null)),
      lines: batch.lines,
    }
  }
}
