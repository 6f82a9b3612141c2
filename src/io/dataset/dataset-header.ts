import { dataMessages } from '../../core/data/messages.js'
import { DataError } from '../../core/errors.js'
import { CsvParser } from './csv/csv-parser.js'
import { datasetFormat } from './dataset-format.js'
import { readJsonl } from './jsonl/read-jsonl.js'
import { jsonArrayHeader } from './json-array/read-json-array.js'
import { datasetChunks, openDataset } from './open-dataset.js'
import { fileBuffer, parquetColumnNames, readParquetMetadata } from './parquet/read-parquet.js'
import { DEFAULT_CHUNK_SIZE, DEFAULT_MAX_FIELD_BYTES, DEFAULT_NULL_VALUES } from './types.js'

/**
 * The column names of a dataset: the CSV header row (reads only up to it), the Parquet schema's
 * top-level columns, or for JSON Lines the union of keys in first-seen order (reads the whole file).
 * @throws {ConfigurationError} unknown extension, missing or unreadable path
 * @throws {DataError} empty file, bad header (empty or duplicate name), malformed content before the header ends
 * @example
 * await datasetHeader('fixtures/datasets/tiny.csv') // => ['id', 'name']
 */
export async function datasetHeader(path: string, options: { delimiter?: string } = {}): Promise<string[]> {
  const format = datasetFormat(path)
  if (format.format === 'json-array') return jsonArrayHeader(path)
  if (format.format === 'jsonl') {
    let columns: readonly string[] = []
    for await (const batch of readJsonl(path, {
      gzip: format.gzip,
      batchSize: 1 << 16,
      chunkSize: DEFAULT_CHUNK_SIZE,
      maxFieldBytes: DEFAULT_MAX_FIELD_BYTES,
    }))
      columns = batch.columns
    return [...columns]
  }
  const handle = await openDataset(path)
  try {
    if (format.format === 'parquet') {
      return parquetColumnNames(await readParquetMetadata(path, await fileBuffer(handle)))
    }
    const parser = new CsvParser({
      file: path,
      delimiter: options.delimiter ?? format.delimiter,
      nullValues: DEFAULT_NULL_VALUES,
    })
    for await (const chunk of datasetChunks(handle, path, { gzip: format.gzip, chunkSize: 1 << 16 })) {
      parser.push(chunk)
      if (parser.header !== undefined) return parser.header
    }
    parser.end()
    if (parser.header !== undefined) return parser.header
    throw new DataError(dataMessages.emptyFile(path), { file: path, line: 1 }, dataMessages.emptyFileHint())
  } finally {
    await handle.close()
  }
}
