/**
 * A push parser for RFC 4180 CSV over bytes, with the conventions of `src/core/data/cell-value.ts`.
 *
 * - Input: UTF-8 bytes in chunks of any size (a chunk may end inside a multi-byte character, inside a
 *   quoted field, between CR and LF). A UTF-8 byte order mark at the start of the file is dropped.
 *   Bytes are validated with `buffer.isUtf8` and decoded once per chunk; fields are `String#slice`s.
 * - Records end at LF or CRLF. A lone CR inside an unquoted field is data. The last record may lack a newline.
 * - A field that starts with `"` is quoted: it may hold the delimiter, CR, LF; `""` is one quote.
 *   After the closing quote only the delimiter or the end of the line may follow (else DataError).
 *   A quote in the middle of an unquoted field is kept as data (lenient, like pandas).
 * - Unquoted empty field → null; unquoted field equal to a null value → null; quoted field → its text,
 *   so `""` is the empty string. Nothing else is converted: cells are strings.
 * - The first non-blank record is the header: names are taken verbatim (quoted or not), must be
 *   non-empty and unique.
 * - Blank lines (nothing, or only CR, between two newlines) are skipped when the header has two or more
 *   columns (they cannot be a row there) and before the header. With a single column a blank line is
 *   a row whose cell is null (that is how a one-column writer writes null).
 * - Every data record must have as many fields as the header (else DataError "ragged row").
 * - Line numbers are 1-based physical lines (LF count + 1) of the decoded text: the line where a record
 *   starts, counting newlines embedded in quoted fields.
 */
import { isUtf8 } from 'node:buffer'
import type { CellValue } from '../../../core/data/cell-value.js'
import { dataMessages } from '../../../core/data/messages.js'
import { DataError } from '../../../core/errors.js'
import { DEFAULT_MAX_FIELD_BYTES } from '../types.js'

export interface CsvParserOptions {
  /** The file name put in error locations. */
  readonly file: string
  /** One character other than `"`, CR, LF. */
  readonly delimiter: string
  readonly nullValues: readonly string[]
  /** Projection: only these columns, in this order. */
  readonly columns?: readonly string[] | undefined
  /** Longest field in UTF-8 bytes (a DataError at its line past it). Default DEFAULT_MAX_FIELD_BYTES. */
  readonly maxFieldBytes?: number
}

const NO_COLUMNS: number[] = []
const QUOTE = 34
const LF = 10
const CR = 13

export class CsvParser {
  /** The header row (all columns of the file), once read. */
  header: string[] | undefined
  /** Output columns: the projection, or the header. */
  columns: string[] | undefined
  /** Parsed rows not yet taken. */
  rows: CellValue[][] = []
  /** Line of each row in `rows`. */
  lines: number[] = []
  /** Data rows parsed so far (taken or not). */
  rowCount = 0

  private readonly file: string
  private readonly delimiter: string
  private readonly delimiterCode: number
  private readonly nullSet: Set<string>
  private readonly nullFirst: Uint8Array
  private readonly maxNullLength: number
  private readonly requested: readonly string[] | undefined
  private readonly maxFieldBytes: number
  /** maxFieldBytes ÷ 3: a field of at most this many UTF-16 units is within the limit (≤ 3 UTF-8 bytes per unit). */
  private readonly maxFieldUnits: number
  private projection: Int32Array | undefined
  private width = 0
  private outWidth = 0

  private carry: Buffer = Buffer.alloc(0)
  private pending = ''
  private pendingLine = 1
  private bytesFed = 0
  private started = false
  /** Length of the incomplete record at the last parse: parse again once the text has doubled. */
  private reparseAt = 0

  constructor(options: CsvParserOptions) {
    const { delimiter } = options
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError(
        `CsvParser: the delimiter must be one character other than a quote, CR or LF; got ${JSON.stringify(delimiter)}`,
      )
    }
    this.file = options.file
    this.delimiter = delimiter
    this.delimiterCode = delimiter.charCodeAt(0)
    this.nullSet = new Set(options.nullValues)
    this.nullFirst = new Uint8Array(65536)
    let max = 0
    for (const value of options.nullValues) {
      if (value.length > 0) this.nullFirst[value.charCodeAt(0)] = 1
      if (value.length > max) max = value.length
    }
    this.maxNullLength = max
    this.requested = options.columns
    this.maxFieldBytes = options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES
    this.maxFieldUnits = Math.floor(this.maxFieldBytes / 3)
  }

  /** Parses the complete records in `chunk` (plus what earlier chunks left). */
  push(chunk: Uint8Array): void {
    const incoming = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, incoming]) : incoming
    const start = this.bytesFed - this.carry.length
    this.bytesFed += incoming.length
    const cut = completeUtf8Length(bytes)
    const body = bytes.subarray(0, cut)
    if (!isUtf8(body)) this.throwInvalidUtf8(body, start)
    this.carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : Buffer.alloc(0)
    let text = body.toString('utf8')
    if (!this.started && text.length > 0) {
      this.started = true
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    // A record longer than the new text: wait for more before parsing it again (keeps long fields linear).
    if (this.pending.length + text.length < 2 * this.reparseAt) {
      this.pending += text
      return
    }
    this.parse(this.pending + text, false)
  }

  /** Parses what is left; throws on an unterminated quote or a truncated UTF-8 character. */
  end(): void {
    if (this.carry.length > 0) this.throwInvalidUtf8(this.carry, this.bytesFed - this.carry.length)
    this.parse(this.pending, true)
  }

  /** Removes and returns up to `count` parsed rows. */
  take(count: number): { rows: CellValue[][]; lines: number[] } {
    if (count >= this.rows.length) {
      const taken = { rows: this.rows, lines: this.lines }
      this.rows = []
      this.lines = []
      return taken
    }
    const taken = { rows: this.rows.slice(0, count), lines: this.lines.slice(0, count) }
    this.rows = this.rows.slice(count)
    this.lines = this.lines.slice(count)
    return taken
  }

  private parse(text: string, final: boolean): void {
    const n = text.length
    const delimiter = this.delimiter
    const delimiterCode = this.delimiterCode
    const nullSet = this.nullSet
    const nullFirst = this.nullFirst
    const maxNullLength = this.maxNullLength
    let line = this.pendingLine
    let pos = 0
    let nextNewline = -1
    let nextDelimiter = -1
    let nextQuote = -1
    const rows = this.rows
    const lines = this.lines

    while (pos < n) {
      const recordStart = pos
      const recordLine = line
      let lineStart = pos
      let field = 0
      const inHeader = this.header === undefined
      const projection = this.projection
      const width = this.width
      const row: CellValue[] = inHeader ? [] : new Array<CellValue>(this.outWidth)
      const headerColumns: number[] = inHeader ? [] : NO_COLUMNS
      let end: number

      if (!inHeader) {
        if (nextQuote < pos) {
          nextQuote = text.indexOf('"', pos)
          if (nextQuote === -1) nextQuote = n
        }
        if (nextNewline < pos) {
          nextNewline = text.indexOf('\n', pos)
          if (nextNewline === -1) nextNewline = n
        }
        if (nextQuote > nextNewline && (nextNewline < n || final)) {
          // Fast path: a whole record without quotes. Same rules as below, fewer branches per field.
          const lineEnd = nextNewline
          const stop = lineEnd < n && lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd
          let start = pos
          for (;;) {
            if (nextDelimiter < start) {
              nextDelimiter = text.indexOf(delimiter, start)
              if (nextDelimiter === -1) nextDelimiter = n
            }
            const fieldEnd = nextDelimiter < stop ? nextDelimiter : stop
            if (fieldEnd - start > this.maxFieldUnits) this.checkField(text, start, fieldEnd, recordLine)
            const target =
              projection === undefined ? (field < width ? field : -1) : field < width ? projection[field]! : -1
            if (target >= 0) {
              if (fieldEnd === start) {
                row[target] = null
              } else {
                const raw = text.slice(start, fieldEnd)
                row[target] =
                  raw.length <= maxNullLength && nullFirst[raw.charCodeAt(0)] === 1 && nullSet.has(raw) ? null : raw
              }
            }
            field++
            if (fieldEnd === stop) break
            start = fieldEnd + 1
          }
          pos = lineEnd < n ? lineEnd + 1 : n
          if (lineEnd < n) line++
          if (field === 1 && stop === recordStart && width > 1) continue
          if (field !== width) this.throwRagged(width, field, recordLine)
          rows.push(row)
          lines.push(recordLine)
          this.rowCount++
          continue
        }
      }

      for (;;) {
        let value: CellValue
        const target = inHeader
          ? field
          : projection === undefined
            ? field < width
              ? field
              : -1
            : field < width
              ? projection[field]!
              : -1
        if (pos < n && text.charCodeAt(pos) === QUOTE) {
          const fieldLine = line
          const fieldColumn = pos - lineStart + 1
          let j = pos + 1
          let escaped = false
          let close: number
          for (;;) {
            const q = text.indexOf('"', j)
            if (q === -1) {
              if (!final) return this.keep(text, recordStart, recordLine, pos, fieldLine)
              throw new DataError(
                dataMessages.unterminatedQuote(field + 1),
                { file: this.file, line: fieldLine, column: fieldColumn },
                dataMessages.unterminatedQuoteHint(),
              )
            }
            if (q + 1 < n) {
              if (text.charCodeAt(q + 1) === QUOTE) {
                escaped = true
                j = q + 2
                continue
              }
            } else if (!final) {
              return this.keep(text, recordStart, recordLine, pos, fieldLine)
            }
            close = q
            break
          }
          if (close - pos - 1 > this.maxFieldUnits) this.checkField(text, pos + 1, close, fieldLine)
          if (target >= 0 || inHeader) {
            const raw = text.slice(pos + 1, close)
            value = escaped ? raw.replaceAll('""', '"') : raw
          } else {
            value = null
          }
          let k = text.indexOf('\n', pos + 1)
          while (k !== -1 && k < close) {
            line++
            lineStart = k + 1
            k = text.indexOf('\n', k + 1)
          }
          if (inHeader) headerColumns.push(fieldColumn)
          pos = close + 1
          if (pos >= n) {
            end = n
          } else {
            const c = text.charCodeAt(pos)
            if (c === delimiterCode || c === LF) {
              end = pos
            } else if (c === CR && pos + 1 < n && text.charCodeAt(pos + 1) === LF) {
              end = pos + 1
            } else if (c === CR && pos + 1 >= n) {
              if (!final) return this.keep(text, recordStart, recordLine, pos, line)
              end = n // a file that ends with `"…"` CR (a CRLF cut short)
            } else {
              throw new DataError(
                dataMessages.textAfterClosingQuote(field + 1, /^[^\r\n]{0,10}/.exec(text.slice(pos, pos + 10))![0]),
                { file: this.file, line, column: pos - lineStart + 1 },
                dataMessages.textAfterClosingQuoteHint(),
              )
            }
          }
        } else {
          if (nextDelimiter < pos) {
            nextDelimiter = text.indexOf(delimiter, pos)
            if (nextDelimiter === -1) nextDelimiter = n
          }
          if (nextNewline < pos) {
            nextNewline = text.indexOf('\n', pos)
            if (nextNewline === -1) nextNewline = n
          }
          end = nextDelimiter < nextNewline ? nextDelimiter : nextNewline
          if (end - pos > this.maxFieldUnits) this.checkField(text, pos, end, line)
          if (end === n && !final) return this.keep(text, recordStart, recordLine, pos, line)
          if (inHeader) headerColumns.push(pos - lineStart + 1)
          if (target >= 0 || inHeader) {
            let stop = end
            if (end === nextNewline && stop > pos && text.charCodeAt(stop - 1) === CR) stop--
            if (stop === pos) {
              value = inHeader ? '' : null
            } else {
              const raw = text.slice(pos, stop)
              value =
                !inHeader && raw.length <= maxNullLength && nullFirst[raw.charCodeAt(0)] === 1 && nullSet.has(raw)
                  ? null
                  : raw
            }
          } else {
            value = null
          }
        }
        if (inHeader) row.push(value)
        else if (target >= 0) row[target] = value
        field++
        if (end < n && text.charCodeAt(end) === delimiterCode) {
          pos = end + 1
          continue
        }
        break
      }

      // End of record at `end` (an LF, or the end of the text).
      pos = end < n ? end + 1 : n
      const blank =
        field === 1 && (end === recordStart || (end === recordStart + 1 && text.charCodeAt(recordStart) === CR))
      if (end < n) line++
      if (inHeader) {
        if (blank) continue
        this.setHeader(row as string[], headerColumns, recordLine)
        continue
      }
      if (blank && width > 1) continue
      if (field !== width) this.throwRagged(width, field, recordLine)
      rows.push(row)
      lines.push(recordLine)
      this.rowCount++
    }
    this.pending = ''
    this.pendingLine = line
    this.reparseAt = 0
  }

  private throwRagged(width: number, field: number, line: number): never {
    throw new DataError(
      dataMessages.raggedRow(width, field),
      { file: this.file, line },
      dataMessages.raggedRowHint(this.delimiter === '\t' ? '\\t' : this.delimiter, width, field),
    )
  }

  /** A field longer than maxFieldBytes is a DataError at its line (checked before its text is kept or copied). */
  private checkField(text: string, start: number, end: number, line: number): void {
    if (end - start <= this.maxFieldUnits || Buffer.byteLength(text.slice(start, end)) <= this.maxFieldBytes) return
    throw new DataError(
      dataMessages.fieldTooLong('field', this.maxFieldBytes),
      { file: this.file, line },
      dataMessages.fieldTooLongHint(),
    )
  }

  /** Keeps an incomplete record for the next chunk; its last field, still open, is held to maxFieldBytes. */
  private keep(text: string, recordStart: number, recordLine: number, fieldStart: number, fieldLine: number): void {
    this.checkField(text, fieldStart, text.length, fieldLine)
    this.pending = text.slice(recordStart)
    this.pendingLine = recordLine
    this.reparseAt = this.pending.length
  }

  private setHeader(names: string[], columns: number[], line: number): void {
    const resolved = resolveHeader(this.file, names, columns, line, this.requested)
    this.header = names
    this.width = names.length
    this.columns = resolved.columns
    this.outWidth = resolved.columns.length
    if (this.requested !== undefined) this.projection = resolved.projection
  }

  private throwInvalidUtf8(bytes: Uint8Array, fileOffset: number): never {
    const bad = firstInvalidUtf8(bytes)
    let line = this.pendingLine
    for (let i = 0; i < this.pending.length; i++) if (this.pending.charCodeAt(i) === LF) line++
    for (let i = 0; i < bad; i++) if (bytes[i] === LF) line++
    throw new DataError(
      dataMessages.invalidUtf8(fileOffset + bad),
      { file: this.file, line },
      dataMessages.invalidUtf8Hint(),
    )
  }
}

/**
 * Checks a header row (non-empty, unique names; `columns` gives each name's column for the error) and maps it to the
 * output: `projection[field]` is the output column of each file column (−1: not read), `columns` the output names.
 * @throws {DataError} on an empty or repeated name, or a requested column the header lacks
 */
export function resolveHeader(
  file: string,
  names: string[],
  columns: readonly number[],
  line: number,
  requested: readonly string[] | undefined,
): { projection: Int32Array<ArrayBuffer>; columns: string[] } {
  const seen = new Map<string, number>()
  names.forEach((name, index) => {
    if (name === '') {
      throw new DataError(
        dataMessages.emptyHeaderName(index + 1),
        { file, line, column: columns[index]! },
        dataMessages.emptyHeaderNameHint(),
      )
    }
    const first = seen.get(name)
    if (first !== undefined) {
      throw new DataError(
        dataMessages.duplicateHeaderName(name, first + 1, index + 1),
        { file, line, column: columns[index]! },
        dataMessages.duplicateHeaderNameHint(),
      )
    }
    seen.set(name, index)
  })
  const projection = new Int32Array(names.length).fill(-1)
  if (requested === undefined) {
    for (let j = 0; j < names.length; j++) projection[j] = j
    return { projection, columns: names }
  }
  requested.forEach((column, target) => {
    const source = seen.get(column)
    if (source === undefined) {
      throw new DataError(
        dataMessages.missingColumn(file, column, names),
        { file },
        dataMessages.missingColumnHint(column, names),
      )
    }
    projection[source] = target
  })
  return { projection, columns: [...requested] }
}

/** Length of the prefix of `bytes` that does not end inside a multi-byte UTF-8 sequence. */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!
    if ((b & 0xc0) === 0x80) continue // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? n - back : n
  }
  return n
}

/** Index of the first byte that starts an invalid UTF-8 sequence (or `bytes.length` if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else {
      return i
    }
    if (i + need >= n) return i
    let code = b & (0xff >> (need + 2))
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!
      if ((c & 0xc0) !== 0x80) return i
      code = (code << 6) | (c & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return n
}
