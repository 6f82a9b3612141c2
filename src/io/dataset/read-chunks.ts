import type { RowChunk } from '../../core/data/column-chunk.js'
import { dataMessages } from '../../core/data/messages.js'
import { DataError } from '../../core/errors.js'
import { CsvTokenizer, byteDelimiterSupported, type CsvRange } from './csv/csv-tokenizer.js'
import { datasetFormat } from './dataset-format.js'
import { datasetChunks, openDataset } from './open-dataset.js'
import { readParquetChunks } from './parquet/parquet-chunks.js'
import { readJsonlChunks } from './jsonl/read-jsonl.js'
import { DEFAULT_CHUNK_SIZE, DEFAULT_MAX_FIELD_BYTES, DEFAULT_NULL_VALUES, type ReadDatasetOptions } from './types.js'

const DEFAULT_CHUNK_ROWS = 8192

/** Bytes handed to the tokenizer at a time: one disk read (a chunk's rows reference the block they were read in). */
const BLOCK_SIZE = 1 << 20

export interface ReadChunksOptions extends ReadDatasetOptions {
  /** Rows per chunk at most (default 8192). */
  readonly chunkRows?: number
  /**
   * Read one byte range of an uncompressed file (a parallel scan): chunk lines count from 1 at `range.start`, and
   * `onRangeEnd` receives where the range's last record ended (see CsvTokenizer.nextRecord).
   */
  readonly range?: CsvRange
  readonly onRangeEnd?: (next: { offset: number; line: number }) => void
  /** Parquet only: read row groups `first` … `first + count − 1` (see {@link parquetRowGroups}). */
  readonly rowGroups?: { readonly first: number; readonly count: number }
}

/**
 * Whether scans read `path` through {@link readColumnChunks}, with the columns of its header: a Parquet file, or a
 * CSV/TSV file (gzipped or not) whose delimiter is one ASCII character. JSON Lines chunks (readColumnChunks reads
 * them) have columns that grow as keys appear, which scanDataset's chunk scan does not take yet; they and JSON arrays
 * are read as row batches (`readDataset`).
 * @throws {ConfigurationError} an unknown extension
 */
export function columnChunksSupported(path: string, options: { delimiter?: string } = {}): boolean {
  const format = datasetFormat(path)
  if (format.format === 'parquet') return true
  return format.format === 'csv' && byteDelimiterSupported(options.delimiter ?? format.delimiter)
}

/**
 * Streams a dataset as column chunks (`src/core/data/column-chunk.ts`): the cells `readDataset` yields, held
 * column by column (CSV: numbers parsed from the bytes, text decoded on demand; Parquet: row groups decoded column
 * by column; JSON Lines: each line's values filled into chunk columns, whose `columns` grow as keys appear, as
 * readDataset's batches do — `NativeColumnChunk`s), with the same errors. `columns` projects (a name given twice shares one chunk);
 * `chunkSize` is ignored (blocks are one disk read); `rowGroups` reads a slice of a Parquet file.
 * @throws {ConfigurationError} an unreadable path, a file that is not CSV/TSV with an ASCII delimiter or Parquet
 * @throws {DataError} malformed content, a projected column the file lacks, an empty CSV file
 */
export async function* readColumnChunks(path: string, options: ReadChunksOptions = {}): AsyncGenerator<RowChunk> {
  const format = datasetFormat(path)
  if (format.format === 'parquet') yield* readParquetChunks(path, options)
  else if (format.format === 'jsonl') yield* jsonlChunks(path, format.gzip, options)
  else yield* csvChunks(path, format, options)
}

async function* csvChunks(
  path: string,
  format: ReturnType<typeof datasetFormat>,
  options: ReadChunksOptions,
): AsyncGenerator<RowChunk> {
  if (options.rowGroups !== undefined) throw new RangeError(`readColumnChunks: rowGroups is for Parquet, not ${path}`)
  const delimiter = options.delimiter ?? format.delimiter
  if (format.format !== 'csv' || !byteDelimiterSupported(delimiter)) {
    throw new RangeError(`readColumnChunks: ${path} is not a CSV/TSV file with a one-character ASCII delimiter`)
  }
  const requested = options.columns
  const unique = requested === undefined ? undefined : [...new Set(requested)]
  const positions = requested?.map((name) => (unique as string[]).indexOf(name))
  options.signal?.throwIfAborted()
  const handle = await openDataset(path)
  try {
    const tokenizer = createTokenizer(path, delimiter, unique, options)
    const reshape = (chunk: RowChunk): RowChunk =>
      positions === undefined || requested === undefined || positions.length === chunk.cells.length
        ? chunk
        : { ...chunk, columns: [...requested], cells: positions.map((i) => chunk.cells[i]!) }
    if (options.range !== undefined && format.gzip)
      throw new RangeError(`readColumnChunks: ${path} is gzipped: no ranges`)
    const read = { gzip: format.gzip, chunkSize: BLOCK_SIZE, signal: options.signal, start: options.range?.start ?? 0 }
    for await (const block of datasetChunks(handle, path, read)) {
      tokenizer.push(block)
      for (const chunk of tokenizer.take()) {
        yield reshape(chunk)
        options.signal?.throwIfAborted()
      }
      if (tokenizer.done) break
    }
    tokenizer.end()
    options.onRangeEnd?.(tokenizer.nextRecord)
    if (tokenizer.columns === undefined) {
      throw new DataError(dataMessages.emptyFile(path), { file: path, line: 1 }, dataMessages.emptyFileHint())
    }
    for (const chunk of tokenizer.take()) yield reshape(chunk)
  } finally {
    await handle.close()
  }
}

function createTokenizer(
  path: string,
  delimiter: string,
  columns: string[] | undefined,
  options: ReadChunksOptions,
): CsvTokenizer {
  return new CsvTokenizer({
    file: path,
    delimiter,
    nullValues: options.nullValues ?? DEFAULT_NULL_VALUES,
    columns,
    maxFieldBytes: options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES,
    ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }),
    ...(options.range === undefined ? {} : { range: options.range }),
  })
}

export { parquetRowGroups, type ParquetRowGroups } from './parquet/parquet-chunks.js'

// JSON Lines as chunks whose columns grow as keys appear (see readJsonlChunks); a name projected twice shares one.
async function* jsonlChunks(path: string, gzip: boolean, options: ReadChunksOptions): AsyncGenerator<RowChunk> {
  const requested = options.columns
  const unique = requested === undefined ? undefined : [...new Set(requested)]
  const chunks = readJsonlChunks(path, {
    gzip,
    chunkSize: DEFAULT_CHUNK_SIZE,
    chunkRows: options.chunkRows ?? DEFAULT_CHUNK_ROWS,
    columns: unique,
    signal: options.signal,
    maxFieldBytes: options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES,
  })
  for await (const chunk of chunks) {
    yield requested === undefined || unique?.length === requested.length
      ? chunk
      : { ...chunk, columns: [...requested], cells: requested.map((name) => chunk.cells[unique!.indexOf(name)]!) }
  }
}

/**
 * Every chunk of the named columns of a CSV/TSV or Parquet dataset, in file order (for files that fit in memory: prediction
 * files of ~1M rows). See {@link readColumnChunks}.
 * @throws what readColumnChunks throws
 */
export async function readColumns(
  path: string,
  names: readonly string[],
  options: Omit<ReadChunksOptions, 'columns'> = {},
): Promise<RowChunk[]> {
  const chunks: RowChunk[] = []
  for await (const chunk of readColumnChunks(path, { ...options, columns: names })) chunks.push(chunk)
  return chunks
}
