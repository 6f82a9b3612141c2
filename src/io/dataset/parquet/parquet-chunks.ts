/**
 * Parquet straight into column chunks (`src/core/data/column-chunk.ts`): each row group is decoded column by column
 * (hyparquet's `onChunk`), numeric columns are copied into `Float64Array`s as they come (their text is made only if a
 * consumer asks), text columns become dictionary ids per chunk (hyparquet dereferences a dictionary-encoded column
 * into shared strings, so the per-chunk dictionary costs one lookup of an already-hashed string per row). No row
 * objects. The cells are those of `readParquet` (the row path): the same conversions (`parquetCell`), the same
 * errors, line numbers row index + 2.
 */
import { CELL_NUMBER, NativeColumnChunk, type RowChunk } from '../../../core/data/column-chunk.js'
import { NativeColumnBuilder } from '../native-column-builder.js'
import { openDataset } from '../open-dataset.js'
import {
  convertCell,
  decodeRowGroup,
  fileBuffer,
  isNumericArray,
  projectedColumns,
  readParquetMetadata,
  type ParquetSource,
} from './read-parquet.js'

export interface ParquetChunkOptions {
  /** Projection, in this order (a name given twice shares one chunk column). */
  readonly columns?: readonly string[] | undefined
  /** Rows per chunk at most (default 8192); a chunk never spans two row groups. */
  readonly chunkRows?: number | undefined
  /** Only row groups `first` … `first + count − 1` (line numbers stay those of the whole file). */
  readonly rowGroups?: { readonly first: number; readonly count: number } | undefined
  readonly signal?: AbortSignal | undefined
}

/** The row groups of a Parquet file: how many, and the rows of each (in file order). */
export interface ParquetRowGroups {
  readonly count: number
  readonly rows: readonly number[]
}

const DEFAULT_CHUNK_ROWS = 8192

/**
 * The row groups of a Parquet file (for splitting a scan across workers by row group).
 * @throws {ConfigurationError} an unreadable path
 * @throws {DataError} a file that is not readable Parquet
 */
export async function parquetRowGroups(path: string): Promise<ParquetRowGroups> {
  const handle = await openDataset(path)
  try {
    const metadata = await readParquetMetadata(path, await fileBuffer(handle))
    const rows = metadata.row_groups.map((group) => Number(group.num_rows))
    return { count: rows.length, rows }
  } finally {
    await handle.close()
  }
}

/**
 * Streams a Parquet file (or a range of its row groups) as column chunks.
 * @throws {ConfigurationError} an unreadable path
 * @throws {DataError} a file that is not readable Parquet, a projected column the file lacks
 * @throws {RangeError} a row-group range outside the file
 */
export async function* readParquetChunks(path: string, options: ParquetChunkOptions = {}): AsyncGenerator<RowChunk> {
  options.signal?.throwIfAborted()
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS
  const handle = await openDataset(path)
  try {
    const file = await fileBuffer(handle)
    const metadata = await readParquetMetadata(path, file)
    const requested = projectedColumns(path, metadata, options.columns)
    const unique = [...new Set(requested)]
    const positions = requested.map((name) => unique.indexOf(name))
    const groups = metadata.row_groups
    const dates = new Map<number, string>() // ISO text per date value (convertCell)
    const { first, last } = groupRange(path, options.rowGroups, groups.length)
    let rowStart = 0
    for (let g = 0; g < first; g++) rowStart += Number(groups[g]!.num_rows)
    for (let g = first; g < last; g++) {
      const rowEnd = rowStart + Number(groups[g]!.num_rows)
      if (rowEnd > rowStart) {
        const columns = await readGroupColumns({ path, file, metadata }, unique, rowStart, rowEnd)
        for (let at = rowStart; at < rowEnd; at += chunkRows) {
          const end = Math.min(rowEnd, at + chunkRows)
          const cells = columns.map((column) => columnChunk(column, at - rowStart, end - rowStart, dates))
          const lines = new Float64Array(end - at)
          for (let i = 0; i < lines.length; i++) lines[i] = at + i + 2
          options.signal?.throwIfAborted()
          yield { columns: requested, length: end - at, cells: positions.map((i) => cells[i]!), lines }
        }
      }
      rowStart = rowEnd
    }
  } finally {
    await handle.close()
  }
}

// The row groups [first, last) that `range` names, checked against the file's `count`.
function groupRange(
  path: string,
  range: ParquetChunkOptions['rowGroups'],
  count: number,
): { first: number; last: number } {
  const first = range?.first ?? 0
  const last = range === undefined ? count : first + range.count
  if (!Number.isInteger(first) || first < 0 || !Number.isInteger(last) || last < first || last > count)
    throw new RangeError(`readParquetChunks: row groups ${first}…${last - 1} are outside ${path}'s ${count}`)
  return { first, last }
}

/** One column of a row group: numbers (from a numeric typed array) or hyparquet's values. */
type GroupColumn =
  | { readonly kind: 'numbers'; readonly numbers: Float64Array; readonly missing: Uint8Array }
  | { readonly kind: 'values'; readonly values: ArrayLike<unknown> }

// The decoded columns of rows [rowStart, rowEnd) of one row group, in `columns` order.
async function readGroupColumns(
  source: ParquetSource,
  columns: readonly string[],
  rowStart: number,
  rowEnd: number,
): Promise<GroupColumn[]> {
  const pieces = columns.map((): Piece[] => [])
  await decodeRowGroup(source, columns, { rowStart, rowEnd }, (j, data, from, to, at) => {
    pieces[j]!.push({ at, data, from, to })
  })
  return pieces.map((list) => groupColumn(list, rowEnd - rowStart))
}

/** Decoded values `data[from..to)` of a column: rows `at…` of its row group. */
interface Piece {
  readonly at: number
  readonly data: ArrayLike<unknown>
  readonly from: number
  readonly to: number
}

function groupColumn(list: Piece[], rows: number): GroupColumn {
  if (list.every((piece) => isNumericArray(piece.data))) {
    const numbers = new Float64Array(rows)
    const missing = new Uint8Array(rows)
    for (const { at, data, from, to } of list) {
      const source = data as ArrayLike<number>
      for (let i = from; i < to; i++) {
        const n = source[i] as number
        numbers[at + i - from] = n
        if (n !== n) missing[at + i - from] = 1 // NaN: a missing cell, as isMissing reads it
      }
    }
    return { kind: 'numbers', numbers, missing }
  }
  if (list.every((piece) => piece.data instanceof BigInt64Array || piece.data instanceof BigUint64Array)) {
    const numbers = safeIntegers(list, rows)
    if (numbers !== undefined) return { kind: 'numbers', numbers, missing: new Uint8Array(rows) }
  }
  if (list.length === 1 && list[0]!.from === 0 && list[0]!.to === rows) return { kind: 'values', values: list[0]!.data }
  const values = new Array<unknown>(rows).fill(null)
  for (const { at, data, from, to } of list) for (let i = from; i < to; i++) values[at + i - from] = data[i]
  return { kind: 'values', values }
}

// An INT64 column without nulls as numbers, when every value is a safe integer (parquetCell's number); else undefined.
function safeIntegers(list: Piece[], rows: number): Float64Array | undefined {
  const numbers = new Float64Array(rows)
  for (const { at, data, from, to } of list) {
    const source = data as ArrayLike<bigint>
    for (let i = from; i < to; i++) {
      const n = Number(source[i])
      if (!Number.isSafeInteger(n)) return undefined
      numbers[at + i - from] = n
    }
  }
  return numbers
}

let allNumbers = new Uint8Array(0)
let noTexts = new Int32Array(0)

// Shared read-only per-row arrays for a chunk whose rows are all numbers (kinds CELL_NUMBER, no text ids).
function numberRows(length: number): { kinds: Uint8Array; textIds: Int32Array } {
  if (allNumbers.length < length) {
    allNumbers = new Uint8Array(length).fill(CELL_NUMBER)
    noTexts = new Int32Array(length).fill(-1)
  }
  return { kinds: allNumbers.subarray(0, length), textIds: noTexts.subarray(0, length) }
}

// Rows [from, to) of a row-group column as a chunk column.
function columnChunk(column: GroupColumn, from: number, to: number, dates: Map<number, string>): NativeColumnChunk {
  const length = to - from
  if (column.kind === 'numbers') {
    const { kinds, textIds } = numberRows(length)
    return new NativeColumnChunk(
      length,
      column.numbers.subarray(from, to),
      column.missing.subarray(from, to),
      kinds,
      textIds,
      [],
    )
  }
  return valuesChunk(column.values, from, to, dates)
}

// hyparquet's values (strings, booleans, bigints, dates, bytes, nested values, null) as a chunk column: each value
// converted as the row path converts it (convertCell), text by a dictionary per chunk.
function valuesChunk(
  values: ArrayLike<unknown>,
  from: number,
  to: number,
  dates: Map<number, string>,
): NativeColumnChunk {
  const builder = new NativeColumnBuilder(to - from)
  for (let r = 0; r < to - from; r++) {
    const value = values[from + r]
    builder.set(r, typeof value === 'string' ? value : convertCell(value, dates))
  }
  return builder.finish(to - from)
}
