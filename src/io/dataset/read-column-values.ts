import { cellColumnValues, chunkColumnValues, chunkLines, type ColumnValues } from '../../core/data/column-values.js'
import { readColumns, columnChunksSupported } from './read-chunks.js'
import { readDatasetColumns } from './read-dataset-columns.js'
import type { ReadChunksOptions } from './read-chunks.js'

/** Whole columns of a dataset for the prediction loaders (see ColumnValues). */
export interface ColumnTable {
  readonly rowCount: number
  /** 1-based source line of each row. */
  readonly lines: ArrayLike<number>
  /** Whether the columns came from column chunks (CSV/TSV) rather than row batches. */
  readonly chunked: boolean
  /** One of the requested columns. */
  column(name: string): ColumnValues
}

/**
 * Reads whole columns of a prediction file: through column chunks where `readColumnChunks` serves the file (numbers
 * parsed from the bytes into one Float64Array per column, text decoded per distinct value only where asked), else
 * through row batches (`readDatasetColumns`). The same cells, lines and errors either way.
 * @throws {DataError} what the readers throw: malformed content, a requested column the file lacks
 * @throws {ConfigurationError} an unreadable path or unknown extension
 */
export async function readColumnValues(
  path: string,
  names: readonly string[],
  options: Omit<ReadChunksOptions, 'columns'> = {},
): Promise<ColumnTable> {
  if (columnChunksSupported(path, options)) {
    const chunks = await readColumns(path, names, options)
    const lines = chunkLines(chunks)
    const cache = new Map<string, ColumnValues>()
    return {
      rowCount: lines.length,
      lines,
      chunked: true,
      column: (name) => {
        let values = cache.get(name)
        if (values === undefined) cache.set(name, (values = chunkColumnValues(chunks, names.indexOf(name))))
        return values
      },
    }
  }
  const data = await readDatasetColumns(path, names, options)
  return {
    rowCount: data.rowCount,
    lines: data.lines,
    chunked: false,
    column: (name) => cellColumnValues(data.values.get(name) ?? []),
  }
}
