import type { CellValue } from './cell-value.js'
import { fnv1aBytes } from './hash32.js'
import { parseNumberBytes } from './parse-number-bytes.js'

/**
 * Column chunks: a block of rows of a dataset held column by column in typed arrays, so that scans (contract checks,
 * profiles) run tight loops over numbers and dictionary ids instead of per-cell strings.
 *
 * A {@link TextColumnChunk} is one column of a CSV block: the field bytes stay in the source buffer (`bytes`, with
 * `starts`/`ends` per row; escaped quotes already folded), the number each field spells is parsed once from its bytes
 * (`numbers`: NaN for a missing field or one that is no number, as `cellNumberOrNaN` reads the same text; parsed on
 * first use, so a scan that never reads a column's numbers — a category or date column — never parses them), and a
 * missing mask (`missing[r] === 1`: the cell is null, same rules as the row parser). Text is decoded only on demand:
 * {@link TextColumnChunk.dictionary} gives a dictionary id per row (keyed by the field's bytes) and decodes each
 * distinct value once per chunk. Cells read through a chunk are exactly the cells the row parser yields.
 */

/** Decodes UTF-8 bytes `[start, end)` (the CSV reader passes Buffer's native decoder). */
export type DecodeBytes = (bytes: Uint8Array, start: number, end: number) => string

const textDecoder = new TextDecoder('utf-8')

/**
 * Decodes UTF-8 with the platform's TextDecoder (the default decoder of a chunk).
 * @throws never
 * @example
 * decodeUtf8(new Uint8Array([104, 105]), 0, 2) // => 'hi'
 */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  return textDecoder.decode(bytes.subarray(start, end))
}

/** The distinct values of a chunk column: `ids[r]` indexes `entries` (−1 for a missing cell); `counts[id]` rows each. */
export interface ChunkDictionary {
  readonly ids: Int32Array
  /** Distinct texts, in order of first appearance. */
  readonly entries: readonly string[]
  /** Rows per entry. */
  readonly counts: Int32Array
  /** A row where each entry first appears (its bytes are there). */
  readonly firstRows: Int32Array
}

export class TextColumnChunk {
  private cachedDictionary: ChunkDictionary | undefined

  constructor(
    /** Rows in the chunk. */
    readonly length: number,
    readonly bytes: Uint8Array,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** The numbers when the reader has them; undefined: parsed from the bytes on first use of {@link numbers}. */
    private parsedNumbers: Float64Array | undefined,
    readonly missing: Uint8Array,
    /** 1 where the field has a byte ≥ 0x80 (its UTF-16 length differs from its byte length). */
    readonly nonAscii: Uint8Array,
    readonly decode: DecodeBytes = decodeUtf8,
  ) {}

  /** The number each row spells (NaN: missing or no number). */
  get numbers(): Float64Array {
    this.parsedNumbers ??= parseNumbers(this, this.cachedDictionary)
    return this.parsedNumbers
  }

  /** The cell text of row `r` (null when missing): one decode, for examples and rare paths. */
  text(r: number): string | null {
    return this.missing[r] === 1 ? null : this.decode(this.bytes, this.starts[r] as number, this.ends[r] as number)
  }

  /** The length of row `r`'s text in UTF-16 code units (`text(r).length`) without decoding it. */
  textLength(r: number): number {
    const start = this.starts[r] as number
    const end = this.ends[r] as number
    if (this.nonAscii[r] !== 1) return end - start
    let units = 0
    const bytes = this.bytes
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number
      if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1
    }
    return units
  }

  /** Dictionary ids per row, keyed by the field bytes; built on first use and kept. */
  dictionary(): ChunkDictionary {
    this.cachedDictionary ??= buildDictionary(this)
    return this.cachedDictionary
  }
}

/** One block of rows: its columns (the projection order), a chunk per column and the source line of each row. */
export interface RowChunk {
  readonly columns: readonly string[]
  readonly length: number
  readonly cells: readonly TextColumnChunk[]
  /** 1-based source line of each row (see RowBatch.lines). */
  readonly lines: Float64Array
}

// The numbers of a text chunk: once per dictionary entry when the dictionary is built (a category column read as
// numbers too, in a profile), else once per row.
function parseNumbers(c: TextColumnChunk, dictionary: ChunkDictionary | undefined): Float64Array {
  const { length, bytes, starts, ends, missing, decode } = c
  const numbers = new Float64Array(length)
  if (dictionary !== undefined) {
    const { ids, firstRows } = dictionary
    const byEntry = new Float64Array(firstRows.length)
    for (let id = 0; id < firstRows.length; id++) {
      const r = firstRows[id] as number
      byEntry[id] = parseNumberBytes(bytes, starts[r] as number, ends[r] as number, decode)
    }
    for (let r = 0; r < length; r++) {
      const id = ids[r] as number
      numbers[r] = id < 0 ? Number.NaN : (byEntry[id] as number)
    }
    return numbers
  }
  for (let r = 0; r < length; r++)
    numbers[r] = missing[r] === 1 ? Number.NaN : parseNumberBytes(bytes, starts[r] as number, ends[r] as number, decode)
  return numbers
}

function buildDictionary(c: TextColumnChunk): ChunkDictionary {
  const { length, bytes, starts, ends, missing } = c
  const ids = new Int32Array(length)
  let size = 16
  while (size < length * 2) size <<= 1
  const mask = size - 1
  const table = new Int32Array(size).fill(-1)
  const firstRows: number[] = []
  const entries: string[] = []
  const countList: number[] = []
  for (let r = 0; r < length; r++) {
    if (missing[r] === 1) {
      ids[r] = -1
      continue
    }
    const start = starts[r] as number
    const end = ends[r] as number
    let slot = fnv1aBytes(bytes, start, end) & mask
    for (;;) {
      const id = table[slot] as number
      if (id < 0) {
        const fresh = entries.length
        table[slot] = fresh
        firstRows.push(r)
        countList.push(1)
        entries.push(c.decode(bytes, start, end))
        ids[r] = fresh
        break
      }
      const other = firstRows[id] as number
      if (sameBytes(bytes, start, end, starts[other] as number, ends[other] as number)) {
        countList[id] = (countList[id] as number) + 1
        ids[r] = id
        break
      }
      slot = (slot + 1) & mask
    }
  }
  return { ids, entries, counts: Int32Array.from(countList), firstRows: Int32Array.from(firstRows) }
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false
  for (let i = 0; i < aEnd - a; i++) if (bytes[a + i] !== bytes[b + i]) return false
  return true
}

/** What a {@link NativeColumnChunk} row holds (`kinds[r]`): text (or missing), a JS number, a boolean. */
export const CELL_TEXT = 0
export const CELL_NUMBER = 1
export const CELL_BOOLEAN = 2

const noBytes = new Uint8Array(0)
let identity = new Int32Array(0)
let ones = new Uint8Array(0)

// Shared read-only row index arrays (starts[r] = r, ends[r] = r + 1) and an all-ones mask, grown on demand.
function rowIndexes(length: number): { starts: Int32Array; ends: Int32Array; nonAscii: Uint8Array } {
  if (identity.length < length + 1) {
    identity = new Int32Array(Math.max(length + 1, identity.length * 2))
    for (let i = 0; i < identity.length; i++) identity[i] = i
    ones = new Uint8Array(identity.length).fill(1)
  }
  return {
    starts: identity.subarray(0, length),
    ends: identity.subarray(1, length + 1),
    nonAscii: ones.subarray(0, length),
  }
}

/**
 * One column of a block of rows of a typed dataset (Parquet, JSON Lines, JSON arrays): the cells the row readers
 * yield, held without per-row objects. A number cell lives in `numbers` only (its text `String(n)` is made only when
 * asked for); a text or boolean cell is an id into `texts` (a boolean's text is `true`/`false`, as `String` gives);
 * `missing` marks nulls (and NaN numbers, which every consumer reads as missing). It is a {@link TextColumnChunk}
 * whose rows decode through `text(r)`: `starts[r] = r`, every row flagged non-ASCII, so byte-level consumers (the
 * uniqueness hash) go through the decoder. Use {@link chunkCell} for a row's native cell.
 */
export class NativeColumnChunk extends TextColumnChunk {
  private builtDictionary: ChunkDictionary | undefined
  readonly kinds: Uint8Array
  readonly textIds: Int32Array
  readonly texts: readonly string[]

  constructor(
    length: number,
    numbers: Float64Array,
    missing: Uint8Array,
    /** {@link CELL_TEXT} / {@link CELL_NUMBER} / {@link CELL_BOOLEAN} per row. */
    kinds: Uint8Array,
    /** Per text/boolean row its index in `texts`; −1 for missing and number rows. */
    textIds: Int32Array,
    texts: readonly string[],
    /** The chunk's dictionary when the caller has it (a column with no number rows: ids are `textIds`). */
    dictionary?: ChunkDictionary,
  ) {
    const holder: { chunk?: NativeColumnChunk } = {}
    const { starts, ends, nonAscii } = rowIndexes(length)
    super(length, noBytes, starts, ends, numbers, missing, nonAscii, (_bytes, start) => holder.chunk!.text(start) ?? '')
    holder.chunk = this
    this.kinds = kinds
    this.textIds = textIds
    this.texts = texts
    this.builtDictionary = dictionary
  }

  override text(r: number): string | null {
    if (this.missing[r] === 1) return null
    return this.kinds[r] === CELL_NUMBER ? String(this.numbers[r]) : (this.texts[this.textIds[r] as number] as string)
  }

  override textLength(r: number): number {
    return this.text(r)?.length ?? 0
  }

  /** The native cell of row `r`: null, a number, a boolean or a string. */
  cell(r: number): CellValue {
    if (this.missing[r] === 1) return null
    const kind = this.kinds[r]
    if (kind === CELL_NUMBER) return this.numbers[r] as number
    const text = this.texts[this.textIds[r] as number] as string
    return kind === CELL_BOOLEAN ? text === 'true' : text
  }

  override dictionary(): ChunkDictionary {
    this.builtDictionary ??= buildNativeDictionary(this)
    return this.builtDictionary
  }
}

/**
 * The cell a row reader yields for row `r` of a chunk column: native for a {@link NativeColumnChunk}, else the text.
 * @throws never
 * @example
 * chunkCell(new NativeColumnChunk(1, new Float64Array([2]), new Uint8Array(1), new Uint8Array([1]), new Int32Array([-1]), []), 0) // => 2
 */
export function chunkCell(c: TextColumnChunk, r: number): CellValue {
  return c instanceof NativeColumnChunk ? c.cell(r) : c.text(r)
}

/**
 * Whether row `r` of a chunk column is a JS number cell (a Parquet/JSON number; never for CSV text).
 * @throws never
 */
export function isNumberCell(c: TextColumnChunk, r: number): boolean {
  return c instanceof NativeColumnChunk && c.missing[r] !== 1 && c.kinds[r] === CELL_NUMBER
}

// The dictionary of a native column keyed by each cell's text (a number 1 and a string '1' share an entry, as the
// text the row path counts is the same): numbers by value when the chunk has no text rows, else by text.
function buildNativeDictionary(c: NativeColumnChunk): ChunkDictionary {
  const { length, missing, kinds, numbers, textIds, texts } = c
  const ids = new Int32Array(length)
  const entries: string[] = []
  const counts: number[] = []
  const firstRows: number[] = []
  let anyText = false
  for (let r = 0; r < length; r++) if (missing[r] !== 1 && kinds[r] !== CELL_NUMBER) anyText = true
  const byNumber = new Map<number, number>()
  const byText = new Map<string, number>()
  for (let r = 0; r < length; r++) {
    if (missing[r] === 1) {
      ids[r] = -1
      continue
    }
    const isNumber = kinds[r] === CELL_NUMBER
    let id: number | undefined
    if (isNumber && !anyText) {
      const n = numbers[r] as number
      id = byNumber.get(n)
      if (id === undefined) byNumber.set(n, (id = fresh(String(n), r)))
    } else {
      const text = isNumber ? String(numbers[r]) : (texts[textIds[r] as number] as string)
      id = byText.get(text)
      if (id === undefined) byText.set(text, (id = fresh(text, r)))
    }
    counts[id] = (counts[id] as number) + 1
    ids[r] = id
  }
  return { ids, entries, counts: Int32Array.from(counts), firstRows: Int32Array.from(firstRows) }

  function fresh(text: string, r: number): number {
    entries.push(text)
    counts.push(0)
    firstRows.push(r)
    return entries.length - 1
  }
}
