/**
 * Parquet straight into column chunks (`src/core/data/column-chunk.ts`): each row group is decoded column by column.
 * A flat numeric, boolean or dictionary-encoded text column is decoded by `decodeFlatColumn` into typed arrays
 * (numbers and a missing mask; dictionary ids, each distinct text decoded once); any other column goes through
 * hyparquet's generic path (`onChunk`), numeric typed arrays copied as they come and other values converted cell by
 * cell. No row objects. The cells are those of `readParquet` (the row path): the same conversions (`parquetCell`),
 * the same errors, line numbers row index + 2.
 */
import type { Compressors, RowGroup } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
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
import { decodeFlatColumn, flatColumnSpec, type FlatColumn, type FlatColumnSpec } from './decode-flat-column.js'

export interface ParquetChunkOptions {
  /** Projection, in this order (a name given twice shares one chunk column). */
  readonly columns?: readonly string[] | undefined
  /** Rows per chunk at most (default 8192); a chunk never spans two row groups. */
  readonly chunkRows?: number | undefined
  /** Only row groups `first` … `first + count − 1` (line numbers stay those of the whole file). */
  readonly rowGroups?: { readonly first: number; readonly count: number } | undefined
  readonly signal?: AbortSignal | undefined
  /** Decode every column through hyparquet's generic path (tests compare it with the flat-column decoder). */
  readonly genericDecode?: boolean | undefined
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
    const specs =
      options.genericDecode === true
        ? unique.map(() => undefined)
        : unique.map((name) => flatColumnSpec(metadata, name))
    let rowStart = 0
    for (let g = 0; g < first; g++) rowStart += Number(groups[g]!.num_rows)
    for (let g = first; g < last; g++) {
      const rowEnd = rowStart + Number(groups[g]!.num_rows)
      if (rowEnd > rowStart) {
        const group = { index: g, rowStart, rowEnd, specs }
        const columns = await readGroupColumns({ path, file, metadata }, unique, group)
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

/** One column of a row group: numbers, dictionary ids (decodeFlatColumn), or hyparquet's values. */
type GroupColumn = FlatColumn | { readonly kind: 'values'; readonly values: ArrayLike<unknown> }

/** A row group to read: its index, its rows [rowStart, rowEnd) of the file, and per column its flat-decoder spec. */
interface GroupToRead {
  readonly index: number
  readonly rowStart: number
  readonly rowEnd: number
  readonly specs: readonly (FlatColumnSpec | undefined)[]
}

// The decoded columns of one row group, in `columns` order: flat columns by decodeFlatColumn, the rest (and any the
// flat decoder does not take) through hyparquet in one read.
async function readGroupColumns(
  source: ParquetSource,
  columns: readonly string[],
  group: GroupToRead,
): Promise<GroupColumn[]> {
  const rows = group.rowEnd - group.rowStart
  const rowGroup = source.metadata.row_groups[group.index]!
  const out: (GroupColumn | undefined)[] = await Promise.all(
    columns.map((name, j) => flatColumn(source, rowGroup, name, group.specs[j], rows, compressors)),
  )
  const rest = columns.filter((_, j) => out[j] === undefined)
  if (rest.length === 0) return out as GroupColumn[]
  const pieces = rest.map((): Piece[] => [])
  await decodeRowGroup(source, rest, group, (j, data, from, to, at) => {
    pieces[j]!.push({ at, data, from, to })
  })
  rest.forEach((name, k) => (out[columns.indexOf(name)] = groupColumn(pieces[k]!, rows)))
  return out as GroupColumn[]
}

// One column chunk by the flat decoder, or undefined when it does not take it (or the chunk does not decode: the
// generic path then reports the error as hyparquet words it).
async function flatColumn(
  source: ParquetSource,
  rowGroup: RowGroup,
  name: string,
  spec: FlatColumnSpec | undefined,
  rows: number,
  codecs: Compressors,
): Promise<FlatColumn | undefined> {
  if (spec === undefined) return undefined
  const chunk = rowGroup.columns.find(
    (c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name,
  )
  const meta = chunk?.meta_data
  if (chunk === undefined || meta === undefined || chunk.file_path !== undefined) return undefined
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset)
  const end = start + Number(meta.total_compressed_size)
  try {
    const bytes = new Uint8Array(await source.file.slice(start, end))
    if (bytes.length !== end - start) return undefined
    return decodeFlatColumn(bytes, spec, meta, rows, codecs)
  } catch {
    return undefined
  }
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
  if (column.kind === 'dictionary') return dictionaryChunk(column, from, to)
  return valuesChunk(column.values, from, to, dates)
}

let firstSeen = new Int32Array(0)

// Rows [from, to) of a dictionary column as a chunk column, as NativeColumnBuilder fills it from the same texts:
// the chunk's own dictionary in order of first appearance, each row's number that of its text.
function dictionaryChunk(
  column: Extract<FlatColumn, { kind: 'dictionary' }>,
  from: number,
  to: number,
): NativeColumnChunk {
  const length = to - from
  const { ids, entries, entryNumbers, cellKind } = column
  const numbers = new Float64Array(length)
  const missing = new Uint8Array(length)
  const kinds = new Uint8Array(length)
  const textIds = new Int32Array(length)
  if (firstSeen.length < entries.length) firstSeen = new Int32Array(entries.length)
  const local = firstSeen.fill(-1, 0, entries.length)
  const texts: string[] = []
  const counts: number[] = []
  const firstRows: number[] = []
  for (let r = 0; r < length; r++) {
    const id = ids[from + r] as number
    if (id < 0) {
      numbers[r] = Number.NaN
      missing[r] = 1
      textIds[r] = -1
      continue
    }
    let own = local[id] as number
    if (own < 0) {
      own = local[id] = texts.length
      texts.push(entries[id] as string)
      counts.push(0)
      firstRows.push(r)
    }
    counts[own] = (counts[own] as number) + 1
    textIds[r] = own
    numbers[r] = entryNumbers[id] as number
    kinds[r] = cellKind
  }
  const dictionary = {
    ids: textIds,
    entries: texts,
    counts: Int32Array.from(counts),
    firstRows: Int32Array.from(firstRows),
  }
  return new NativeColumnChunk(length, numbers, missing, kinds, textIds, texts, dictionary)
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
