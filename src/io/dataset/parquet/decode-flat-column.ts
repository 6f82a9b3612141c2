/**
 * One flat column chunk of a Parquet row group decoded straight into typed arrays: numbers into a `Float64Array` with a
 * missing mask, booleans and dictionary-encoded text into dictionary ids (text decoded once per dictionary entry, never
 * per cell). Pages are parsed with hyparquet's own pieces (page headers, decompression with hyparquet-compressors'
 * codecs, PLAIN / RLE-bit-packed / delta / byte-stream-split decoding); what hyparquet's `convert` would make of each
 * value is mirrored exactly (see {@link flatColumnRule}). Anything else — nested columns, dates and timestamps,
 * unsigned 64-bit, INT96, fixed-length bytes, PLAIN text pages, an INT64 value past 2^53 — is not taken here
 * (`undefined`): the caller decodes it through hyparquet's generic path, which also reports corrupt pages.
 */
import type { ColumnMetaData, Compressors, DataReader, FileMetaData, SchemaElement } from 'hyparquet'
import { parquetHeader } from 'hyparquet/src/column.js'
import { decompressPage } from 'hyparquet/src/datapage.js'
import { deltaBinaryUnpack } from 'hyparquet/src/delta.js'
import { byteStreamSplit, readRleBitPackedHybrid } from 'hyparquet/src/encoding.js'
import { parquetSchema } from 'hyparquet/src/metadata.js'
import { readPlain } from 'hyparquet/src/plain.js'
import { CELL_BOOLEAN, CELL_TEXT } from '../../../core/data/column-chunk.js'
import { parseNumberText } from '../../../core/data/parse-number-text.js'

/**
 * How a flat column's stored values become cells, as hyparquet's `convert` (default parsers, `utf8` on) and the
 * reader's `parquetCell` treat them: `number` as stored (INT32, FLOAT, DOUBLE, small and signed integers),
 * `int64` as a number while every value is a safe integer, `uint32` reinterpreted unsigned, `decimal` times
 * 10^−scale, `boolean` and `string` as text.
 */
export type FlatValueRule = 'number' | 'int64' | 'uint32' | 'decimal' | 'boolean' | 'string'

/** What {@link decodeFlatColumn} needs to know about one column. */
export interface FlatColumnSpec {
  readonly name: string
  readonly element: SchemaElement
  readonly rule: FlatValueRule
  /** 1 for an optional column (definition levels in every page), 0 for a required one. */
  readonly maxDefinitionLevel: 0 | 1
}

/** A decoded column chunk: numbers (NaN where missing), or per-row ids into distinct texts (−1 where missing). */
export type FlatColumn =
  | { readonly kind: 'numbers'; readonly numbers: Float64Array; readonly missing: Uint8Array }
  | {
      readonly kind: 'dictionary'
      /** Per row an index into `entries` (distinct texts), −1 for a missing cell. */
      readonly ids: Int32Array
      readonly entries: readonly string[]
      /** `parseNumberText` of each entry (the number a text cell spells). */
      readonly entryNumbers: Float64Array
      /** CELL_TEXT or CELL_BOOLEAN. */
      readonly cellKind: number
    }

const textDecoder = new TextDecoder() // hyparquet's stringFromBytes decoder (same defaults)

/**
 * The rule for a top-level column of `metadata`, when it is flat and of a type decoded here; undefined otherwise.
 * The branches follow hyparquet's `convert` in its order, so a type it converts to something else (a date, a
 * timestamp, JSON, a UUID, a BigUint64) is left to it.
 * @throws never
 */
export function flatColumnSpec(metadata: FileMetaData, name: string): FlatColumnSpec | undefined {
  const child = parquetSchema(metadata).children.find((c) => c.element.name === name)
  if (child === undefined || child.children.length > 0) return undefined
  const element = child.element
  if (element.repetition_type === 'REPEATED') return undefined
  const rule = flatColumnRule(element)
  if (rule === undefined) return undefined
  return { name, element, rule, maxDefinitionLevel: element.repetition_type === 'REQUIRED' ? 0 : 1 }
}

function flatColumnRule(element: SchemaElement): FlatValueRule | undefined {
  const { type, converted_type: ctype, logical_type: ltype } = element
  if (ctype === 'DECIMAL') return type === 'INT32' || type === 'INT64' ? 'decimal' : undefined
  if (type === undefined || type === 'INT96' || type === 'FIXED_LEN_BYTE_ARRAY' || convertedElsewhere(element))
    return undefined
  if (ctype === 'UTF8' || ltype?.type === 'STRING' || type === 'BYTE_ARRAY')
    return type === 'BYTE_ARRAY' ? 'string' : undefined
  return numericRule(element)
}

// The rest of convert's branches: unsigned integers, FLOAT16, timestamps, else the stored value.
function numericRule({ type, converted_type: ctype, logical_type: ltype }: SchemaElement): FlatValueRule | undefined {
  const unsigned = ltype?.type === 'INTEGER' && !ltype.isSigned ? ltype.bitWidth : 0
  if (ctype === 'UINT_64' || unsigned === 64) return undefined
  if (ctype === 'UINT_32' || unsigned === 32) return type === 'INT32' ? 'uint32' : undefined
  if (ltype?.type === 'FLOAT16' || ltype?.type === 'TIMESTAMP') return undefined
  return type === 'BOOLEAN' ? 'boolean' : type === 'INT64' ? 'int64' : 'number' // INT32, FLOAT, DOUBLE
}

const CONVERTED_ELSEWHERE = new Set(['DATE', 'TIMESTAMP_MILLIS', 'TIMESTAMP_MICROS', 'JSON', 'BSON', 'INTERVAL'])
const LOGICAL_ELSEWHERE = new Set(['GEOMETRY', 'GEOGRAPHY', 'UUID'])

// Whether hyparquet's convert turns the column into dates, JSON, geometry or UUIDs before its text and numbers rules.
function convertedElsewhere({ converted_type: ctype, logical_type: ltype }: SchemaElement): boolean {
  return (
    (ctype !== undefined && CONVERTED_ELSEWHERE.has(ctype)) ||
    (ltype !== undefined && LOGICAL_ELSEWHERE.has(ltype.type))
  )
}

/** A column chunk's dictionary: converted numbers, or distinct texts with each stored entry's index among them. */
type Dictionary =
  | { readonly kind: 'numbers'; readonly values: Float64Array }
  | { readonly kind: 'texts'; readonly canonical: Int32Array; readonly entries: string[] }

/**
 * Decodes the `rows` rows of one column chunk (`bytes`: its pages, dictionary page first, as the column metadata
 * places them). Undefined when a page is of a kind not decoded here (the caller falls back to hyparquet).
 * @throws {Error} a page that does not decompress or parse (the caller's fallback reports it as hyparquet does)
 */
export function decodeFlatColumn(
  bytes: Uint8Array,
  spec: FlatColumnSpec,
  meta: ColumnMetaData,
  rows: number,
  compressors: Compressors,
): FlatColumn | undefined {
  const reader: DataReader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }
  const text = spec.rule === 'string' || spec.rule === 'boolean'
  const numbers = text ? undefined : new Float64Array(rows)
  const missing = text ? undefined : new Uint8Array(rows)
  const ids = text ? new Int32Array(rows) : undefined
  let dictionary: Dictionary | undefined
  let row = 0
  while (row < rows) {
    if (reader.offset >= bytes.byteLength - 1) return undefined // short of values: hyparquet says so
    const header = parquetHeader(reader)
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size)
    reader.offset += header.compressed_page_size
    if (header.type === 'DICTIONARY_PAGE') {
      const count = header.dictionary_page_header?.num_values
      if (count === undefined) return undefined
      const page = decompressPage(compressed, header.uncompressed_page_size, meta.codec, compressors)
      dictionary = readDictionary(page, spec, count)
      if (dictionary === undefined) return undefined
      continue
    }
    const page = dataPage(compressed, header, spec, meta, compressors)
    if (page === undefined || row + page.count > rows) return undefined
    if (ids !== undefined) {
      if (!pageIds(page, spec, dictionary, ids, row)) return undefined
    } else if (!pageNumbers(page, spec, dictionary, numbers!, missing!, row)) return undefined
    row += page.count
  }
  return ids !== undefined ? idColumn(ids, spec, dictionary) : numberColumn(numbers!, missing!, spec)
}

function idColumn(ids: Int32Array, spec: FlatColumnSpec, dictionary: Dictionary | undefined): FlatColumn {
  if (spec.rule === 'boolean') return booleanColumn(ids)
  const entries = dictionary?.kind === 'texts' ? dictionary.entries : []
  const entryNumbers = new Float64Array(entries.length)
  for (let i = 0; i < entryNumbers.length; i++) entryNumbers[i] = parseNumberText(entries[i] as string)
  return { kind: 'dictionary', ids, entries, entryNumbers, cellKind: CELL_TEXT }
}

function numberColumn(numbers: Float64Array, missing: Uint8Array, spec: FlatColumnSpec): FlatColumn | undefined {
  if (spec.rule === 'int64') {
    // parquetCell: an INT64 past the safe integers is its decimal text; leave such a column chunk to hyparquet.
    for (let r = 0; r < numbers.length; r++) if (missing[r] === 0 && !Number.isSafeInteger(numbers[r])) return undefined
  }
  return { kind: 'numbers', numbers, missing }
}

const BOOLEAN_ENTRIES = ['false', 'true']

function booleanColumn(ids: Int32Array): FlatColumn {
  const entryNumbers = Float64Array.from(BOOLEAN_ENTRIES, parseNumberText)
  return { kind: 'dictionary', ids, entries: BOOLEAN_ENTRIES, entryNumbers, cellKind: CELL_BOOLEAN }
}

/** One data page: its row count, definition levels (undefined: every row present), its values' encoding and bytes. */
interface DataPage {
  readonly count: number
  readonly levels: Uint8Array | undefined
  readonly encoding: string
  readonly values: DataReader
  /** Values stored (rows minus nulls). */
  readonly stored: number
}

function dataPage(
  compressed: Uint8Array,
  header: ReturnType<typeof parquetHeader>,
  spec: FlatColumnSpec,
  meta: ColumnMetaData,
  compressors: Compressors,
): DataPage | undefined {
  if (header.type === 'DATA_PAGE') {
    const daph = header.data_page_header
    if (daph === undefined) return undefined
    const page = decompressPage(compressed, header.uncompressed_page_size, meta.codec, compressors)
    const values = readerOf(page)
    let levels: Uint8Array | undefined
    let stored = daph.num_values
    if (spec.maxDefinitionLevel === 1) {
      levels = new Uint8Array(daph.num_values)
      readRleBitPackedHybrid(values, 1, levels)
      stored = presentCount(levels)
    }
    return { count: daph.num_values, levels, encoding: daph.encoding, values, stored }
  }
  if (header.type === 'DATA_PAGE_V2') {
    const daph2 = header.data_page_header_v2
    if (daph2 === undefined || daph2.repetition_levels_byte_length !== 0 || daph2.num_rows !== daph2.num_values)
      return undefined
    const levelBytes = daph2.definition_levels_byte_length
    let levels: Uint8Array | undefined
    if (spec.maxDefinitionLevel === 1) {
      levels = new Uint8Array(daph2.num_values)
      readRleBitPackedHybrid(readerOf(compressed), 1, levels, levelBytes)
    }
    let page = compressed.subarray(levelBytes)
    if (daph2.is_compressed !== false)
      page = decompressPage(page, header.uncompressed_page_size - levelBytes, meta.codec, compressors)
    const stored = daph2.num_values - daph2.num_nulls
    if (levels !== undefined && presentCount(levels) !== stored) return undefined
    return { count: daph2.num_values, levels, encoding: daph2.encoding, values: readerOf(page), stored }
  }
  return undefined
}

function readerOf(bytes: Uint8Array): DataReader {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }
}

function presentCount(levels: Uint8Array): number {
  let n = 0
  for (let i = 0; i < levels.length; i++) n += levels[i] === 1 ? 1 : 0
  return n
}

function readDictionary(page: Uint8Array, spec: FlatColumnSpec, count: number): Dictionary | undefined {
  const reader = readerOf(page)
  if (spec.rule === 'boolean') return undefined
  if (spec.rule === 'string') {
    const raw = readPlain(reader, 'BYTE_ARRAY', count, undefined) as Uint8Array[]
    // Entries are distinct texts: two stored entries that decode to the same text are one cell value.
    const canonical = new Int32Array(raw.length)
    const entries: string[] = []
    const seen = new Map<string, number>()
    for (let i = 0; i < raw.length; i++) {
      const text = textDecoder.decode(raw[i])
      let id = seen.get(text)
      if (id === undefined) {
        id = entries.length
        seen.set(text, id)
        entries.push(text)
      }
      canonical[i] = id
    }
    return { kind: 'texts', canonical, entries }
  }
  const values = new Float64Array(count)
  if (!storedNumbers({ ...reader }, spec, 'PLAIN', count, values)) return undefined
  return { kind: 'numbers', values }
}

/**
 * The `count` stored values of a numeric page in `encoding` as cell numbers (`out[0..count)`); false for an encoding
 * not decoded here.
 */
function storedNumbers(
  reader: DataReader,
  spec: FlatColumnSpec,
  encoding: string,
  count: number,
  out: Float64Array,
): boolean {
  const type = spec.element.type
  const { view } = reader
  if (count === 0) return true
  let source: ArrayLike<number | bigint>
  if (encoding === 'PLAIN') {
    if (type === 'INT64') {
      // Two 32-bit halves: hi·2^32 + lo is the exactly rounded Number(bigint), without a BigInt per value.
      let at = reader.offset
      for (let i = 0; i < count; i++, at += 8)
        out[i] = view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true)
      reader.offset = at
      return convertNumbers(out, spec)
    }
    source = readPlain(reader, type!, count, undefined) as ArrayLike<number>
  } else if (encoding === 'BYTE_STREAM_SPLIT') {
    source = byteStreamSplit(reader, count, type!, undefined) as ArrayLike<number | bigint>
  } else if (encoding === 'DELTA_BINARY_PACKED' && (type === 'INT32' || type === 'INT64')) {
    const deltas = type === 'INT32' ? new Int32Array(count) : new BigInt64Array(count)
    deltaBinaryUnpack(reader, count, deltas)
    source = deltas
  } else return false
  for (let i = 0; i < count; i++) out[i] = Number(source[i])
  return convertNumbers(out, spec)
}

// hyparquet's convert on numbers already read as doubles: unsigned 32-bit, decimal scale.
function convertNumbers(out: Float64Array, spec: FlatColumnSpec): boolean {
  if (spec.rule === 'uint32') for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) >>> 0
  else if (spec.rule === 'decimal') {
    const factor = 10 ** -(spec.element.scale || 0)
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * factor
  }
  return true
}

// A numeric data page into numbers/missing from row `row` on; false when it cannot be decoded here.
function pageNumbers(
  page: DataPage,
  spec: FlatColumnSpec,
  dictionary: Dictionary | undefined,
  numbers: Float64Array,
  missing: Uint8Array,
  row: number,
): boolean {
  const stored = new Float64Array(page.stored)
  if (page.encoding === 'PLAIN_DICTIONARY' || page.encoding === 'RLE_DICTIONARY') {
    if (dictionary?.kind !== 'numbers') return false
    const ids = dictionaryIds(page)
    const values = dictionary.values
    // An id past the dictionary is an undefined value in hyparquet: a missing cell.
    for (let i = 0; i < ids.length; i++)
      stored[i] = (ids[i] as number) < values.length ? (values[ids[i]!] as number) : NaN
  } else if (!storedNumbers(page.values, spec, page.encoding, page.stored, stored)) return false
  const { levels } = page
  let k = 0
  for (let i = 0; i < page.count; i++) {
    const r = row + i
    if (levels !== undefined && levels[i] !== 1) {
      numbers[r] = NaN
      missing[r] = 1
      continue
    }
    const n = stored[k++] as number
    numbers[r] = n
    missing[r] = n !== n ? 1 : 0 // NaN: a missing cell, as isMissing reads it
  }
  return true
}

// A text or boolean data page into ids from row `row` on; false when it cannot be decoded here.
function pageIds(
  page: DataPage,
  spec: FlatColumnSpec,
  dictionary: Dictionary | undefined,
  ids: Int32Array,
  row: number,
): boolean {
  let stored: Int32Array
  if (spec.rule === 'boolean') {
    stored = new Int32Array(page.stored)
    if (page.encoding === 'PLAIN') {
      const { view, offset } = page.values
      for (let i = 0; i < stored.length; i++) stored[i] = (view.getUint8(offset + (i >> 3)) >> (i & 7)) & 1
    } else if (page.encoding === 'RLE') {
      readRleBitPackedHybrid(page.values, 1, stored)
      for (let i = 0; i < stored.length; i++) stored[i] = stored[i] === 0 ? 0 : 1
    } else return false
  } else {
    if (page.encoding !== 'PLAIN_DICTIONARY' && page.encoding !== 'RLE_DICTIONARY') return false
    if (dictionary?.kind !== 'texts') return false
    stored = dictionaryIds(page)
    const { canonical } = dictionary
    for (let i = 0; i < stored.length; i++) {
      const id = stored[i] as number
      stored[i] = id < canonical.length ? (canonical[id] as number) : -1 // past the dictionary: undefined, missing
    }
  }
  const { levels } = page
  let k = 0
  for (let i = 0; i < page.count; i++)
    ids[row + i] = levels !== undefined && levels[i] !== 1 ? -1 : (stored[k++] as number)
  return true
}

// The dictionary ids of a dictionary-encoded page (a bit width byte, then RLE/bit-packed ids).
function dictionaryIds(page: DataPage): Int32Array {
  const reader = page.values
  const ids = new Int32Array(page.stored)
  const width = reader.view.getUint8(reader.offset++)
  if (width > 0) readRleBitPackedHybrid(reader, width, ids, reader.view.byteLength - reader.offset)
  return ids
}
