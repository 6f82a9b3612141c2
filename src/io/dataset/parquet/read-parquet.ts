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
import { compressors } from 'hyparquet-compressors'
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData } from 'hyparquet'
import type { CellValue } from '../../../core/data/cell-value.js'
import { dataMessages } from '../../../core/data/messages.js'
import { errorMessage } from '../../../core/error-message.js'
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
        const { bytesRead } = await handle.read(
          new Uint8Array(buffer, done, length - done),
          0,
          length - done,
          start + done,
        )
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
    throw new DataError(
      dataMessages.corruptParquet(path, errorMessage(error)),
      { file: path },
      dataMessages.corruptParquetHint(),
    )
  }
}

/** Top-level column names of a Parquet file, in schema order. */
export function parquetColumnNames(metadata: FileMetaData): string[] {
  return parquetSchema(metadata).children.map((child) => child.element.name)
}

const jsonReplacer = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint'
    ? Number.isSafeInteger(Number(value))
      ? Number(value)
      : value.toString()
    : value instanceof Uint8Array
      ? Buffer.from(value).toString('base64')
      : value

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

/** An open Parquet file and its metadata. */
export interface ParquetSource {
  readonly path: string
  readonly file: AsyncBuffer
  readonly metadata: FileMetaData
}

/** Whether hyparquet decoded a column as numbers in a typed array (INT32, FLOAT, DOUBLE, small ints). */
export function isNumericArray(data: ArrayLike<unknown>): data is ArrayLike<number> {
  return (
    data instanceof Float64Array ||
    data instanceof Float32Array ||
    data instanceof Int32Array ||
    data instanceof Uint32Array ||
    data instanceof Int16Array ||
    data instanceof Uint16Array ||
    data instanceof Int8Array ||
    data instanceof Uint8Array
  )
}

/**
 * Decodes rows [rowStart, rowEnd) of `columns` of one row group column by column (hyparquet's onChunk): `take(j, data,
 * from, to, at)` receives column j's decoded values `data[from..to)`, which are rows `at…` of the range. A decode
 * failure, or a column short of values, is a DataError "not a readable Parquet file".
 * @throws {DataError} a corrupt row group
 */
export async function decodeRowGroup(
  { path, file, metadata }: ParquetSource,
  columns: readonly string[],
  range: { readonly rowStart: number; readonly rowEnd: number },
  take: (j: number, data: ArrayLike<unknown>, from: number, to: number, at: number) => void,
): Promise<void> {
  const { rowStart, rowEnd } = range
  const rows = rowEnd - rowStart
  const filled = new Array<number>(columns.length).fill(0)
  const position = new Map(columns.map((name, j) => [name, j]))
  try {
    await parquetRead({
      file,
      metadata,
      columns: [...columns],
      rowStart,
      rowEnd,
      compressors,
      onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
        const j = position.get(columnName)
        if (j === undefined) return
        // A chunk may hold rows outside the range asked for: keep the overlap.
        const from = Math.max(0, rowStart - chunkStart)
        const to = Math.min(columnData.length, rowEnd - chunkStart)
        if (to > from) take(j, columnData as ArrayLike<unknown>, from, to, chunkStart + from - rowStart)
        filled[j] = (filled[j] as number) + Math.max(0, to - from)
      },
    })
  } catch (error) {
    throw new DataError(
      dataMessages.corruptParquet(path, errorMessage(error)),
      { file: path },
      dataMessages.corruptParquetHint(),
    )
  }
  const short = columns.findIndex((_, j) => filled[j] !== rows)
  if (short >= 0) {
    throw new DataError(
      dataMessages.corruptParquet(
        path,
        `column "${columns[short]}" has ${filled[short]} values in rows ${rowStart}–${rowEnd - 1}, expected ${rows}`,
      ),
      { file: path },
      dataMessages.corruptParquetHint(),
    )
  }
}

// The cells of `columns` for rows [rowStart, rowEnd) of one row group, one array per column.
async function readRowGroupColumns(
  source: ParquetSource,
  columns: readonly string[],
  rowStart: number,
  rowEnd: number,
): Promise<CellValue[][]> {
  const cells = columns.map(() => new Array<CellValue>(rowEnd - rowStart).fill(null))
  const dates = new Map<number, string>()
  await decodeRowGroup(source, columns, { rowStart, rowEnd }, (j, data, from, to, at) => {
    const target = cells[j] as CellValue[]
    if (isNumericArray(data)) {
      for (let i = from; i < to; i++) target[at + i - from] = data[i] as number
    } else {
      for (let i = from; i < to; i++) target[at + i - from] = convertCell(data[i], dates)
    }
  })
  return cells
}

/** parquetCell with the ISO text of dates cached in `dates`: a date column repeats few distinct days. */
export function convertCell(value: unknown, dates: Map<number, string>): CellValue {
  if (value instanceof Date) {
    const time = value.getTime()
    if (Number.isNaN(time)) return null
    let text = dates.get(time)
    if (text === undefined) {
      text = value.toISOString()
      if (dates.size < 65536) dates.set(time, text)
    }
    return text
  }
  return parquetCell(value)
}

/**
 * The projection `columns` (all top-level columns when undefined), each checked against the file.
 * @throws {DataError} a column the file lacks, naming the columns present
 */
export function projectedColumns(
  path: string,
  metadata: FileMetaData,
  columns: readonly string[] | undefined,
): string[] {
  const present = parquetColumnNames(metadata)
  const projection = columns === undefined ? present : [...columns]
  for (const column of projection) {
    if (!present.includes(column)) {
      throw new DataError(
        dataMessages.missingColumn(path, column, present),
        { file: path },
        dataMessages.missingColumnHint(column, present),
      )
    }
  }
  return projection
}

export async function* readParquet(path: string, options: ReadParquetOptions): AsyncGenerator<RowBatch> {
  options.signal?.throwIfAborted()
  const handle = await openDataset(path)
  try {
    const file = await fileBuffer(handle)
    const metadata = await readParquetMetadata(path, file)
    const columns = projectedColumns(path, metadata, options.columns)
    let rowStart = 0
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows)
      if (rowEnd === rowStart) continue
      // One row group as columns of cells: decoded column by column (hyparquet's onChunk), converted with a
      // converter per chunk, then laid out as rows a batch at a time. Reading rows from hyparquet assembled
      // them first and cost a third more CPU.
      const cells = await readRowGroupColumns({ path, file, metadata }, columns, rowStart, rowEnd)
      for (let offset = 0; offset < rowEnd - rowStart; offset += options.batchSize) {
        const count = Math.min(options.batchSize, rowEnd - rowStart - offset)
        const rows = new Array<CellValue[]>(count)
        const lines = new Array<number>(count)
        for (let i = 0; i < count; i++) {
          const row = new Array<CellValue>(columns.length)
          for (let j = 0; j < columns.length; j++) row[j] = (cells[j] as CellValue[])[offset + i] as CellValue
          rows[i] = row
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
