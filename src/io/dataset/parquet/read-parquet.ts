/**
 * Parquet reader over hyparquet: one row group at a time (memory is bounded by the largest row group,
 * not the file), decoding only the projected columns.
 *
 * Cells: strings, numbers, booleans and null as stored; INT64 (BigInt) → number when it is a safe
 * integer, else its decimal text; dates and timestamps → ISO-8601 strings; binary that is not UTF-8 text →
 * base64; structs, lists and maps → their JSON text. Line numbers are row index + 2, as if the file had
 * a header line, so that the first data row is "line 2" in every format.
 */
import type { FileHandle } from 'node:fs/promises'
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData } from 'hyparquet'
import type { CellValue } from '../../../core/data/cell-value.js'
import { dataMessages } from '../../../core/data/messages.js'
import { DataError } from '../../../core/errors.js'
import { openDataset } from '../open-dataset.js'
import type { RowBatch } from '../types.js'

export interface ReadParquetOptions {
  readonly batchSize: number
  readonly columns?: readonly string[] | undefined
  readonly signal?: AbortSignal | undefined
}

/** A hyparquet AsyncBuffer over an open file handle (positioned reads, no stream per slice). */
export async function fileBuffer(handle: FileHandle): Promise<AsyncBuffer> {
  const { size } = await handle.stat()
  return {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const stop = Math.min(end ?? size, size)
      const length = Math.max(0, stop - start)
      const buffer = new ArrayBuffer(length)
      let done = 0
      while (done < length) {
        const { bytesRead } = await handle.read(new Uint8Array(buffer, done, length - done), 0, length - done, start + done)
        if (bytesRead === 0) break
        done += bytesRead
      }
      return buffer
    },
  }
}

/** The metadata of a Parquet file; any parse failure is a DataError "not a readable Parquet file". */
export async function readParquetMetadata(path: string, file: AsyncBuffer): Promise<FileMetaData> {
  try {
    return await parquetMetadataAsync(file)
  } catch (error) {
    throw new DataError(dataMessages.corruptParquet(path, (error as Error).message), { file: path }, dataMessages.corruptParquetHint())
  }
}

/** Top-level column names of a Parquet file, in schema order. */
export function parquetColumnNames(metadata: FileMetaData): string[] {
  return parquetSchema(metadata).children.map((child) => child.element.name)
}

const jsonReplacer = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? (Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()) : value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value

/** One hyparquet value as a cell. */
export function parquetCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value
    case 'bigint': {
      const number = Number(value)
      return Number.isSafeInteger(number) ? number : value.toString()
    }
    default:
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
      return JSON.stringify(value, jsonReplacer)
  }
}

export async function* readParquet(path: string, options: ReadParquetOptions): AsyncGenerator<RowBatch> {
  options.signal?.throwIfAborted()
  const handle = await openDataset(path)
  try {
    const file = await fileBuffer(handle)
    const metadata = await readParquetMetadata(path, file)
    const present = parquetColumnNames(metadata)
    const columns = options.columns === undefined ? present : [...options.columns]
    for (const column of columns) {
      if (!present.includes(column)) {
        throw new DataError(dataMessages.missingColumn(path, column, present), { file: path }, dataMessages.missingColumnHint(column, present))
      }
    }
    let rowStart = 0
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows)
      if (rowEnd === rowStart) continue
      // Rows of this row group; converted to cells in place, a batch at a time.
      let data: unknown[][] = []
      try {
        await parquetRead({
          file,
          metadata,
          columns: [...columns],
          rowStart,
          rowEnd,
          rowFormat: 'array',
          onComplete: (rows: unknown[][]) => {
            data = rows
          },
        })
      } catch (error) {
        throw new DataError(dataMessages.corruptParquet(path, (error as Error).message), { file: path }, dataMessages.corruptParquetHint())
      }
      for (let offset = 0; offset < data.length; offset += options.batchSize) {
        const rows = data.slice(offset, offset + options.batchSize) as CellValue[][]
        const lines = new Array<number>(rows.length)
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i]!
          for (let j = 0; j < row.length; j++) row[j] = parquetCell(row[j])
          lines[i] = rowStart + offset + i + 2
        }
        options.signal?.throwIfAborted()
        yield { columns, rows, lines }
      }
      rowStart = rowEnd
    }
  } finally {
    await handle.close()
  }
}
