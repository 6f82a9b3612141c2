/**
 * A byte-level CSV tokenizer that writes straight into column chunks (`src/core/data/column-chunk.ts`): no
 * per-cell string on the hot path. Field bytes stay in the block they were read in (escaped quotes folded in place),
 * numbers are parsed from the bytes (`parseNumberBytes`, the semantics of `parseNumberText`), null values are matched
 * as bytes, and text is decoded only when a consumer asks a chunk for its dictionary.
 *
 * The conventions are exactly those of `CsvParser` (`csv-parser.ts`, the oracle of this file's property test):
 * UTF-8 validated (the same DataError, offset and line), a BOM dropped, LF or CRLF records, quoted fields with `""`
 * escapes, CR and LF inside them, only a delimiter or the end of the line after a closing quote, a lenient quote
 * inside an unquoted field, unquoted empty / null-value fields are null, quoted fields never are, the first non-blank
 * record is the header (non-empty, unique names), blank lines skipped with two or more columns, ragged rows and
 * fields over maxFieldBytes refused, 1-based physical line numbers. The delimiter must be one ASCII character.
 */
import { isAscii, isUtf8 } from 'node:buffer'
import { TextColumnChunk, type RowChunk } from '../../../core/data/column-chunk.js'
import { dataMessages } from '../../../core/data/messages.js'
import { DataError } from '../../../core/errors.js'
import { DEFAULT_MAX_FIELD_BYTES } from '../types.js'
import { completeUtf8Length, firstInvalidUtf8, resolveHeader, type CsvParserOptions } from './csv-parser.js'

export interface CsvTokenizerOptions extends CsvParserOptions {
  /** Rows per chunk at most (default 8192); a chunk also ends where a pushed block ends. */
  readonly chunkRows?: number
  /** Tokenize one byte range of the file (a parallel scan, see {@link CsvRange}) instead of the whole file. */
  readonly range?: CsvRange
}

/**
 * One byte range of a CSV file: the bytes pushed start at file offset `start` (a record start; line numbers count
 * from 1 there, the caller offsets them), and the records that start at or after `stopAt` are left to the next
 * range (the tokenizer is then {@link CsvTokenizer.done}, and {@link CsvTokenizer.nextRecord} is where it stopped).
 * `header`: the file's header names, read before, for every range but the first (which reads the header itself).
 */
export interface CsvRange {
  readonly start: number
  readonly stopAt: number
  readonly header?: readonly string[]
}

export const DEFAULT_CHUNK_ROWS = 8192

const QUOTE = 34
const NO_NAMES: string[] = []
const NO_COLUMNS: number[] = []
const LF = 10
const CR = 13

/** Decodes with Buffer's native UTF-8 decoder (the bytes are validated UTF-8). */
function decodeBuffer(bytes: Uint8Array, start: number, end: number): string {
  return (bytes as Buffer).toString('utf8', start, end)
}

/** UTF-16 code units of the first `count` bytes of `pieces` (valid UTF-8). */
function utf16Units(pieces: readonly Buffer[], count: number): number {
  let units = 0
  let left = count
  for (const piece of pieces) {
    const stop = Math.min(piece.length, left)
    for (let i = 0; i < stop; i++) {
      const b = piece[i] as number
      if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1
    }
    left -= stop
    if (left === 0) break
  }
  return units
}

function noQuote(block: Buffer, from: number, to: number): boolean {
  const q = block.indexOf(QUOTE, from)
  return q === -1 || q >= to
}

function hasLineEnd(block: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (block[i] === LF || block[i] === CR) return true
  return false
}

/** Whether `name` is a delimiter the byte tokenizer handles (one ASCII character other than a quote, CR, LF). */
export function byteDelimiterSupported(delimiter: string): boolean {
  return delimiter.length === 1 && delimiter.charCodeAt(0) < 128 && !'"\r\n'.includes(delimiter)
}

/**
 * The arrays one chunk is filled into, column-major (`[column * chunkRows + row]`): field bytes and flags while the
 * rows come in; the missing mask and the numbers are computed column by column when the chunk ends.
 */
interface Builder {
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly flags: Uint8Array
  readonly lines: Float64Array
}

/** Field flags: a quoted field (never null); a field of a record with a byte ≥ 0x80 (checked per field at the end). */
const QUOTED = 1
const MAYBE_NON_ASCII = 2

export class CsvTokenizer {
  /** The header row (all columns of the file), once read. */
  header: string[] | undefined
  /** Output columns: the projection, or the header. */
  columns: string[] | undefined
  /** Data rows tokenized so far. */
  rowCount = 0
  /** Finished chunks not yet taken. */
  chunks: RowChunk[] = []

  private readonly file: string
  private readonly delimiterCode: number
  private readonly delimiterText: string
  private readonly nullBytes: Uint8Array[]
  private readonly nullFirst = new Uint8Array(256)
  private readonly maxNullBytes: number
  private readonly requested: readonly string[] | undefined
  private readonly maxFieldBytes: number
  private readonly chunkRows: number
  /** Output column per file column (−1: not read). */
  private projection = new Int32Array(0)
  private width = 0
  private outWidth = 0

  /** Bytes not consumed yet (from the start of the incomplete record), in order; the last ones may be unvalidated. */
  private pieces: Buffer[] = []
  private piecesLength = 0
  /** Incomplete UTF-8 bytes at the end of `pieces` (validated once completed). */
  private tail: Buffer = Buffer.alloc(0)
  /** File offset of the first byte in `pieces`, and its line. */
  private pendingOffset = 0
  private pendingLine = 1
  private started = false
  private reparseAt = 0
  private builder: Builder | undefined
  private filled = 0
  private readonly stopAt: number
  private stopped = false

  constructor(options: CsvTokenizerOptions) {
    if (!byteDelimiterSupported(options.delimiter)) {
      throw new RangeError(
        `CsvTokenizer: the delimiter must be one ASCII character other than a quote, CR or LF; got ${JSON.stringify(options.delimiter)}`,
      )
    }
    this.file = options.file
    this.delimiterText = options.delimiter
    this.delimiterCode = options.delimiter.charCodeAt(0)
    this.nullBytes = options.nullValues.filter((v) => v.length > 0).map((v) => Buffer.from(v, 'utf8'))
    let max = 0
    for (const bytes of this.nullBytes) {
      this.nullFirst[bytes[0] as number] = 1
      if (bytes.length > max) max = bytes.length
    }
    this.maxNullBytes = max
    this.requested = options.columns
    this.maxFieldBytes = options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES
    this.chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS
    const range = options.range
    this.stopAt = range?.stopAt ?? Number.POSITIVE_INFINITY
    if (range !== undefined) {
      this.pendingOffset = range.start
      // Only the file's first bytes can hold a byte order mark.
      this.started = range.start > 0
      if (range.header !== undefined)
        this.setHeader(
          [...range.header],
          range.header.map(() => 1),
          1,
        )
    }
  }

  /** Whether a range's tokenizer reached the first record at or after its `stopAt` (it ignores further bytes). */
  get done(): boolean {
    return this.stopped
  }

  /** The file offset of the first record not tokenized yet, and its line (counted from the range's start). */
  get nextRecord(): { offset: number; line: number } {
    return { offset: this.pendingOffset, line: this.pendingLine }
  }

  /** Tokenizes the complete records in `chunk` (plus what earlier chunks left); the tokenizer copies what it keeps. */
  push(chunk: Uint8Array): void {
    if (this.stopped) return
    const incoming = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    const check = this.tail.length > 0 ? Buffer.concat([this.tail, incoming]) : incoming
    const cut = completeUtf8Length(check)
    if (!isUtf8(check.subarray(0, cut))) {
      this.pieces.push(Buffer.from(incoming))
      this.throwInvalidUtf8(this.piecesLength - this.tail.length + firstInvalidUtf8(check.subarray(0, cut)))
    }
    this.tail = cut < check.length ? Buffer.from(check.subarray(cut)) : Buffer.alloc(0)
    this.pieces.push(Buffer.from(incoming))
    this.piecesLength += incoming.length
    if (!this.started && this.piecesLength === this.tail.length) return
    if (this.reparseAt > 0 && this.deferred()) return
    this.run(false)
  }

  /**
   * Whether to wait for more bytes before tokenizing the long open record again: until its text has doubled (in
   * UTF-16 units, as the row parser measures it), so that a long field is scanned a logarithmic number of times.
   */
  private deferred(): boolean {
    const bytes = this.piecesLength - this.tail.length
    if (bytes < 2 * this.reparseAt) return true
    if (bytes >= 6 * this.reparseAt) return false
    return utf16Units(this.pieces, bytes) < 2 * this.reparseAt
  }

  /** Tokenizes what is left; throws on an unterminated quote or a truncated UTF-8 character. */
  end(): void {
    if (this.stopped) return
    if (this.tail.length > 0) this.throwInvalidUtf8(this.piecesLength - this.tail.length)
    this.run(true)
  }

  /** Removes and returns the finished chunks. */
  take(): RowChunk[] {
    const taken = this.chunks
    this.chunks = []
    return taken
  }

  private run(final: boolean): void {
    const block = this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces)
    let start = 0
    if (!this.started && block.length > this.tail.length) {
      this.started = true
      if (block.length >= 3 && block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf) start = 3
    }
    const usable = final ? block.length : block.length - this.tail.length
    const consumed = this.tokenize(block, start, usable, final)
    this.flush(block)
    this.pendingOffset += consumed
    const rest = this.stopped ? block.subarray(block.length) : block.subarray(consumed)
    this.pieces = rest.length > 0 ? [rest] : []
    this.piecesLength = rest.length
    if (this.stopped) this.tail = Buffer.alloc(0)
  }

  /** Tokenizes records of `block[pos, n)`; returns where the first incomplete record starts (or n). */
  private tokenize(block: Buffer, from: number, n: number, final: boolean): number {
    const delimiter = this.delimiterCode
    const maxFieldBytes = this.maxFieldBytes
    const chunkRows = this.chunkRows
    let line = this.pendingLine
    let pos = from
    // Escaped quoted fields of the current record: (cell index, content start, content end) — folded once it is whole.
    const escapes: number[] = []
    const stopPos = this.stopAt - this.pendingOffset
    // Where the next quote is (n: none before n), and whether the block is all ASCII: a record that ends before the
    // next quote takes the fast path below, which then only compares bytes with the delimiter (native memchr finds
    // the line end and the quotes; V8 runs the delimiter loop without the two other comparisons per byte).
    let nextQuote = -1
    const allAscii = isAscii(block.subarray(from, n))
    while (pos < n) {
      if (pos >= stopPos) {
        this.stopped = true
        break
      }
      const recordStart = pos
      const recordLine = line
      if (this.header !== undefined) {
        // Fast path: a whole data record without quotes (a quote anywhere sends it to the general path below).
        if (nextQuote < pos) {
          nextQuote = block.indexOf(QUOTE, pos)
          if (nextQuote === -1 || nextQuote > n) nextQuote = n
        }
        let j = block.indexOf(LF, pos)
        if (j === -1 || j > n) j = n
        if (j < nextQuote && j < n) {
          // The fields are written into the chunk while the delimiters are found; a ragged or over-long record is
          // refused below, after its row was partly written (the error ends the scan, the row is never counted).
          const stop = j > pos && block[j - 1] === CR ? j - 1 : j
          const width = this.width
          if (stop === recordStart && width > 1) {
            pos = j + 1
            line++
            continue
          }
          if (this.builder === undefined) this.startChunk()
          const b = this.builder as unknown as Builder
          const bStarts = b.starts
          const bEnds = b.ends
          const row = this.filled
          const projection = this.projection
          let field = 0
          let start = pos
          let longest = 0
          for (let k = pos; k < j; k++) {
            if (block[k] !== delimiter) continue
            if (k - start > longest) longest = k - start
            if (field < width) {
              const target = projection[field] as number
              if (target >= 0) {
                const at = target * chunkRows + row
                bStarts[at] = start
                bEnds[at] = k
              }
            }
            field++
            start = k + 1
          }
          if (stop - start > longest) longest = stop - start
          // The row parser measures each field before it counts them.
          if (longest > maxFieldBytes) this.throwFieldTooLong(recordLine)
          if (field + 1 !== width) this.throwRagged(width, field + 1, recordLine)
          const target = projection[field] as number
          if (target >= 0) {
            const at = target * chunkRows + row
            bStarts[at] = start
            bEnds[at] = stop
          }
          if (!allAscii) {
            let acc = 0
            for (let k = pos; k < j; k++) acc |= block[k] as number
            // Flags are fresh zeros: only a record with a byte ≥ 0x80 marks its fields (checked per field at the end).
            if (acc >= 128)
              for (let f = 0; f < width; f++) {
                const t = projection[f] as number
                if (t >= 0) b.flags[t * chunkRows + row] = MAYBE_NON_ASCII
              }
          }
          pos = j + 1
          line++
          b.lines[row] = recordLine
          this.rowCount++
          if (++this.filled === chunkRows) this.flush(block)
          continue
        }
      }
      let lineStart = pos
      const inHeader = this.header === undefined
      const headerNames: string[] = inHeader ? [] : NO_NAMES
      const headerColumns: number[] = inHeader ? [] : NO_COLUMNS
      if (!inHeader && this.builder === undefined) this.startChunk()
      const b = this.builder
      const row = this.filled
      const width = this.width
      const projection = this.projection
      escapes.length = 0
      let field = 0
      let end: number
      for (;;) {
        const target = inHeader ? -1 : field < width ? (projection[field] as number) : -1
        if (pos < n && block[pos] === QUOTE) {
          const fieldLine = line
          const fieldPos = pos
          const fieldLineStart = lineStart
          let j = pos + 1
          let escaped = false
          let close = -1
          while (close < 0) {
            const q = block.indexOf(QUOTE, j)
            if (q === -1 || q >= n) {
              if (!final) return this.keep(block, recordStart, recordLine, fieldPos, n, fieldLine)
              // As when the whole file is pushed at once: the open field is measured before the quote is judged.
              if (n - fieldPos > maxFieldBytes) this.throwFieldTooLong(fieldLine)
              throw new DataError(
                dataMessages.unterminatedQuote(field + 1),
                { file: this.file, line: fieldLine, column: this.column(block, fieldLineStart, fieldPos) },
                dataMessages.unterminatedQuoteHint(),
              )
            }
            if (q + 1 < n) {
              if (block[q + 1] === QUOTE) {
                escaped = true
                j = q + 2
                continue
              }
            } else if (!final) {
              return this.keep(block, recordStart, recordLine, fieldPos, n, fieldLine)
            }
            close = q
          }
          if (close - pos - 1 > maxFieldBytes) this.throwFieldTooLong(fieldLine)
          let k = block.indexOf(LF, pos + 1)
          while (k !== -1 && k < close) {
            line++
            lineStart = k + 1
            k = block.indexOf(LF, k + 1)
          }
          if (inHeader) {
            headerColumns.push(this.column(block, fieldLineStart, fieldPos))
            const raw = block.toString('utf8', pos + 1, close)
            headerNames.push(escaped ? raw.replaceAll('""', '"') : raw)
          } else if (target >= 0) {
            const at = target * chunkRows + row
            const bb = b as Builder
            bb.starts[at] = pos + 1
            bb.ends[at] = close
            bb.flags[at] = QUOTED | MAYBE_NON_ASCII
            if (escaped) escapes.push(at, pos + 1, close)
          }
          pos = close + 1
          if (pos >= n) {
            end = n
          } else {
            const c = block[pos] as number
            if (c === delimiter || c === LF) {
              end = pos
            } else if (c === CR && pos + 1 < n && block[pos + 1] === LF) {
              end = pos + 1
            } else if (c === CR && pos + 1 >= n) {
              if (!final) return this.keep(block, recordStart, recordLine, pos, n, line)
              end = n
            } else {
              // The message quotes up to 10 characters after the quote: wait for them (or the line's end) first.
              if (!final && n - pos < 40 && !hasLineEnd(block, pos, n))
                return this.keep(block, recordStart, recordLine, n, n, line)
              this.throwTextAfterQuote(block, field, pos, n, lineStart, line)
            }
          }
        } else {
          let j = pos
          let ascii = 0
          let c = -1
          while (j < n) {
            c = block[j] as number
            if (c === delimiter || c === LF) break
            ascii |= c
            j++
          }
          end = j
          if (end - pos > maxFieldBytes) this.checkUnquotedLength(block, recordStart, pos, end, line, inHeader)
          if (end === n && !final) return this.keep(block, recordStart, recordLine, pos, n, line)
          let stop = end
          if ((end === n || c === LF) && stop > pos && block[stop - 1] === CR) stop--
          if (inHeader) {
            headerColumns.push(this.column(block, lineStart, pos))
            headerNames.push(stop === pos ? '' : block.toString('utf8', pos, stop))
          } else if (target >= 0) {
            const at = target * chunkRows + row
            const bb = b as Builder
            bb.starts[at] = pos
            bb.ends[at] = stop
            bb.flags[at] = ascii >= 128 ? MAYBE_NON_ASCII : 0
          }
        }
        field++
        if (end < n && block[end] === delimiter) {
          pos = end + 1
          continue
        }
        break
      }
      pos = end < n ? end + 1 : n
      const blank = field === 1 && (end === recordStart || (end === recordStart + 1 && block[recordStart] === CR))
      if (end < n) line++
      if (inHeader) {
        if (blank) continue
        this.setHeader(headerNames, headerColumns, recordLine)
        continue
      }
      if (blank && width > 1) continue
      if (field !== width) this.throwRagged(width, field, recordLine)
      if (escapes.length > 0) this.foldEscapes(block, escapes)
      ;(b as Builder).lines[row] = recordLine
      this.rowCount++
      if (++this.filled === this.chunkRows) this.flush(block)
    }
    this.pendingLine = line
    this.reparseAt = 0
    return pos
  }

  /** Folds `""` to `"` in place in the escaped fields of a whole record (`escapes`: cell index, start, end). */
  private foldEscapes(block: Buffer, escapes: readonly number[]): void {
    const b = this.builder as Builder
    for (let e = 0; e < escapes.length; e += 3) {
      const start = escapes[e + 1] as number
      const end = escapes[e + 2] as number
      let w = start
      for (let r = start; r < end; r++) {
        const c = block[r] as number
        block[w++] = c
        if (c === QUOTE) r++
      }
      b.ends[escapes[e] as number] = w
    }
  }

  /**
   * An unquoted field of `end - pos` bytes, over the limit: the row parser measures a data record without quotes that
   * ends at LF without its CR (the header and every other field with it), so a field one CR over the limit passes there.
   */
  private checkUnquotedLength(
    block: Buffer,
    recordStart: number,
    pos: number,
    end: number,
    line: number,
    inHeader: boolean,
  ): void {
    const crlf = !inHeader && block[end] === LF && block[end - 1] === CR
    if (crlf && end - 1 - pos <= this.maxFieldBytes && noQuote(block, recordStart, end)) return
    this.throwFieldTooLong(line)
  }

  private isNull(block: Buffer, start: number, stop: number): boolean {
    const length = stop - start
    for (const value of this.nullBytes) {
      if (value.length !== length) continue
      let same = true
      for (let i = 0; i < length; i++) {
        if (block[start + i] !== value[i]) {
          same = false
          break
        }
      }
      if (same) return true
    }
    return false
  }

  private startChunk(): void {
    const cells = this.chunkRows * this.outWidth
    this.builder = {
      starts: new Int32Array(cells),
      ends: new Int32Array(cells),
      flags: new Uint8Array(cells),
      lines: new Float64Array(this.chunkRows),
    }
    this.filled = 0
  }

  /** Ends the chunk being filled (its rows reference `block`): missing masks and numbers, column by column. */
  private flush(block: Buffer): void {
    const b = this.builder
    if (b === undefined || this.filled === 0) return
    const length = this.filled
    const size = this.chunkRows
    const cells: TextColumnChunk[] = []
    for (let j = 0; j < this.outWidth; j++) {
      const starts = b.starts.subarray(j * size, j * size + length)
      const ends = b.ends.subarray(j * size, j * size + length)
      const flags = b.flags.subarray(j * size, j * size + length)
      const missing = new Uint8Array(length)
      this.finishColumn(block, starts, ends, flags, missing)
      cells.push(new TextColumnChunk(length, block, starts, ends, undefined, missing, flags, decodeBuffer))
    }
    this.chunks.push({ columns: this.columns as string[], length, cells, lines: b.lines.subarray(0, length) })
    this.builder = undefined
    this.filled = 0
  }

  /** One column of a finished chunk: null values (unquoted only), exact non-ASCII flags (numbers: parsed on use). */
  private finishColumn(
    block: Buffer,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    missing: Uint8Array,
  ): void {
    const nullFirst = this.nullFirst
    const maxNullBytes = this.maxNullBytes
    for (let r = 0; r < starts.length; r++) {
      const start = starts[r] as number
      const end = ends[r] as number
      const flag = flags[r] as number
      if (
        (flag & QUOTED) === 0 &&
        (end === start ||
          (end - start <= maxNullBytes && nullFirst[block[start] as number] === 1 && this.isNull(block, start, end)))
      ) {
        missing[r] = 1
        flags[r] = 0
        continue
      }
      if ((flag & MAYBE_NON_ASCII) !== 0) {
        let acc = 0
        for (let i = start; i < end; i++) acc |= block[i] as number
        flags[r] = acc >= 128 ? 1 : 0
      } else flags[r] = 0
    }
  }

  /** Keeps the incomplete record from `recordStart`; its open field (from `fieldStart`) is held to maxFieldBytes. */
  private keep(
    block: Buffer,
    recordStart: number,
    recordLine: number,
    fieldStart: number,
    n: number,
    fieldLine: number,
  ): number {
    if (n - fieldStart > this.maxFieldBytes) this.throwFieldTooLong(fieldLine)
    this.pendingLine = recordLine
    this.reparseAt = utf16Units([block.subarray(recordStart, n)], n - recordStart)
    return recordStart
  }

  /** The 1-based column (UTF-16 units, as the row parser counts) of byte `pos` on the line starting at `lineStart`. */
  private column(block: Buffer, lineStart: number, pos: number): number {
    return block.toString('utf8', lineStart, pos).length + 1
  }

  private setHeader(names: string[], columns: number[], line: number): void {
    const resolved = resolveHeader(this.file, names, columns, line, this.requested)
    this.header = names
    this.width = names.length
    this.projection = resolved.projection
    this.columns = resolved.columns
    this.outWidth = resolved.columns.length
  }

  private throwRagged(width: number, field: number, line: number): never {
    throw new DataError(
      dataMessages.raggedRow(width, field),
      { file: this.file, line },
      dataMessages.raggedRowHint(this.delimiterText === '\t' ? '\\t' : this.delimiterText, width, field),
    )
  }

  private throwFieldTooLong(line: number): never {
    throw new DataError(
      dataMessages.fieldTooLong('field', this.maxFieldBytes),
      { file: this.file, line },
      dataMessages.fieldTooLongHint(),
    )
  }

  private throwTextAfterQuote(
    block: Buffer,
    field: number,
    pos: number,
    n: number,
    lineStart: number,
    line: number,
  ): never {
    const after = block.toString('utf8', pos, Math.min(n, pos + 40)).slice(0, 10)
    throw new DataError(
      dataMessages.textAfterClosingQuote(field + 1, /^[^\r\n]{0,10}/.exec(after)![0]),
      { file: this.file, line, column: this.column(block, lineStart, pos) },
      dataMessages.textAfterClosingQuoteHint(),
    )
  }

  /** Throws the invalid-UTF-8 DataError for the byte at `at` in `pieces` (its file offset and line). */
  private throwInvalidUtf8(at: number): never {
    const bytes = Buffer.concat(this.pieces)
    let line = this.pendingLine
    for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === LF) line++
    throw new DataError(
      dataMessages.invalidUtf8(this.pendingOffset + at),
      { file: this.file, line },
      dataMessages.invalidUtf8Hint(),
    )
  }
}
