import { dataMessages } from '../../../core/data/messages.js'
import { DataError } from '../../../core/errors.js'
import { datasetChunks, openDataset } from '../open-dataset.js'
import type { RowBatch } from '../types.js'
import { CsvParser } from './csv-parser.js'

export interface ReadCsvOptions {
  readonly delimiter: string
  readonly gzip: boolean
  readonly batchSize: number
  readonly chunkSize: number
  readonly nullValues: readonly string[]
  readonly columns?: readonly string[] | undefined
  readonly signal?: AbortSignal | undefined
  readonly maxFieldBytes: number
}

/**
 * Streams a CSV/TSV file (optionally gzipped) as row batches; see `csv-parser.ts` for the conventions.
 * A header-only file yields no batch. An empty file (no header) is a DataError.
 */
export async function* readCsv(path: string, options: ReadCsvOptions): AsyncGenerator<RowBatch> {
  options.signal?.throwIfAborted()
  const handle = await openDataset(path)
  try {
    const parser = new CsvParser({
      file: path,
      delimiter: options.delimiter,
      nullValues: options.nullValues,
      columns: options.columns,
      maxFieldBytes: options.maxFieldBytes,
    })
    const { batchSize } = options
    for await (const chunk of datasetChunks(handle, path, options)) {
      parser.push(chunk)
      while (parser.rows.length >= batchSize) {
        const { rows, lines } = parser.take(batchSize)
        yield { columns: parser.columns!, rows, lines }
        options.signal?.throwIfAborted()
      }
    }
    parser.end()
    if (parser.columns === undefined) {
      throw new DataError(dataMessages.emptyFile(path), { file: path, line: 1 }, dataMessages.emptyFileHint())
    }
    while (parser.rows.length > 0) {
      const { rows, lines } = parser.take(batchSize)
      yield { columns: parser.columns, rows, lines }
      options.signal?.throwIfAborted()
    }
  } finally {
    await handle.close()
  }
}
