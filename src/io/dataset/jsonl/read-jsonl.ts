/**
 * JSON Lines reader: one JSON object per line (LF or CRLF); lines holding only whitespace are skipped.
 *
 * Columns are the union of the keys in first-seen order. They are append-only: a key first seen on a
 * later line is added at the end, so a batch's `columns` may be longer than an earlier batch's, and the
 * rows of earlier batches simply lacked that key (their value is null; `readDatasetColumns` fills those
 * nulls in). Within a batch, every row has `columns.length` cells. An absent key is null.
 * Values: strings, numbers, booleans and null as they are; nested objects and arrays become their JSON text;
 * an integer literal a double would change (an id above 2^53: 9007199254740993 reads as …992) keeps its digits as
 * text. A key twice in one object,
 * nesting deeper than MAX_JSON_DEPTH and a line longer than `maxFieldBytes` are DataErrors naming the line.
 * With `columns` (projection) the columns are fixed from the start; a requested key that no line holds
 * is a DataError raised at the end of the file.
 */
import { isUtf8 } from 'node:buffer'
import type { CellValue } from '../../../core/data/cell-value.js'
import { dataMessages } from '../../../core/data/messages.js'
import { MAX_JSON_DEPTH, scanJsonLine } from '../../../core/data/scan-json-line.js'
import { errorMessage } from '../../../core/error-message.js'
import { DataError } from '../../../core/errors.js'
import { completeUtf8Length, firstInvalidUtf8 } from '../csv/csv-parser.js'
import { datasetChunks, openDataset } from '../open-dataset.js'
import type { RowChunk } from '../../../core/data/column-chunk.js'
import { NativeColumnBuilder } from '../native-column-builder.js'
import type { RowBatch } from '../types.js'

export interface ReadJsonlOptions {
  readonly gzip: boolean
  readonly batchSize: number
  readonly chunkSize: number
  readonly columns?: readonly string[] | undefined
  readonly signal?: AbortSignal | undefined
  /** Longest line in UTF-8 bytes (a DataError at its line past it). */
  readonly maxFieldBytes: number
}

/**
 * Where parsed lines go: `row(line)` starts a row, `set(column, cell)` fills one of its cells (`column` indexes the
 * columns so far), `size` rows are held, `take(count, columns)` hands the first `count` on as one yielded value.
 */
interface JsonlSink<T> {
  row(line: number): void
  set(column: number, cell: CellValue): void
  readonly size: number
  take(count: number, columns: readonly string[]): T
}

export async function* readJsonl(path: string, options: ReadJsonlOptions): AsyncGenerator<RowBatch> {
  yield* readJsonlInto(path, options, rowSink)
}

/**
 * JSON Lines as column chunks: the cells of {@link readJsonl} filled straight into chunk columns (no row arrays); a
 * chunk's `columns` are the keys seen so far (append-only, as readJsonl's batches).
 */
export async function* readJsonlChunks(
  path: string,
  options: Omit<ReadJsonlOptions, 'batchSize'> & { readonly chunkRows: number },
): AsyncGenerator<RowChunk> {
  yield* readJsonlInto(path, { ...options, batchSize: options.chunkRows }, (columns) =>
    chunkSink(options.chunkRows, columns),
  )
}

// Rows of cells, as readDataset yields them.
function rowSink(): JsonlSink<RowBatch> {
  let rows: CellValue[][] = []
  let lines: number[] = []
  let current: CellValue[] = []
  return {
    row(line) {
      current = []
      rows.push(current)
      lines.push(line)
    },
    set(column, cell) {
      while (current.length < column) current.push(null)
      current[column] = cell
    },
    get size() {
      return rows.length
    },
    take(count, columns) {
      const takeRows = count >= rows.length ? rows : rows.slice(0, count)
      const takeLines = count >= lines.length ? lines : lines.slice(0, count)
      if (takeRows === rows) {
        rows = []
        lines = []
      } else {
        rows = rows.slice(count)
        lines = lines.slice(count)
      }
      const width = columns.length
      for (const row of takeRows) while (row.length < width) row.push(null)
      return { columns: [...columns], rows: takeRows, lines: takeLines }
    },
  }
}

// Chunk columns filled as the lines come; a column first seen mid-chunk is missing in the rows before. A full chunk
// is finished at once (its columns: the keys seen so far) and queued until taken.
function chunkSink(chunkRows: number, columns: readonly string[]): JsonlSink<RowChunk> {
  const done: RowChunk[] = []
  let queued = 0
  let builders: NativeColumnBuilder[] = []
  let lines = new Float64Array(chunkRows)
  let r = -1
  const finish = (): RowChunk => {
    const length = r + 1
    while (builders.length < columns.length) builders.push(new NativeColumnBuilder(chunkRows))
    const chunk: RowChunk = {
      columns: [...columns],
      length,
      cells: builders.map((b) => b.finish(length)),
      lines: lines.subarray(0, length),
    }
    builders = []
    lines = new Float64Array(chunkRows)
    r = -1
    return chunk
  }
  return {
    row(line) {
      if (r + 1 === chunkRows) {
        done.push(finish())
        queued += chunkRows
      }
      r++
      lines[r] = line
    },
    set(column, cell) {
      while (builders.length <= column) builders.push(new NativeColumnBuilder(chunkRows))
      ;(builders[column] as NativeColumnBuilder).set(r, cell)
    },
    get size() {
      return queued + r + 1
    },
    take() {
      const chunk = done.shift()
      if (chunk === undefined) return finish()
      queued -= chunk.length
      return chunk
    },
  }
}

async function* readJsonlInto<T>(
  path: string,
  options: ReadJsonlOptions,
  makeSink: (columns: readonly string[]) => JsonlSink<T>,
): AsyncGenerator<T> {
  options.signal?.throwIfAborted()
  const handle = await openDataset(path)
  const projected = options.columns !== undefined
  const columns: string[] = options.columns === undefined ? [] : [...options.columns]
  const index = new Map<string, number>(columns.map((name, i) => [name, i]))
  const seen = new Set<string>()
  const lastKeys: string[] = []
  const lastTargets: number[] = []
  const sink = makeSink(columns)
  let objects = 0
  let line = 1 // line of the start of `pending`
  let pending = ''
  let pendingBytes = 0 // UTF-8 bytes in `pending`
  let carry: Buffer = Buffer.alloc(0)
  let fed = 0
  let started = false

  const parseLine = (text: string, lineNumber: number): void => {
    if (isBlank(text)) return
    if (text.length * 3 > options.maxFieldBytes && Buffer.byteLength(text) > options.maxFieldBytes)
      throwTooLong(lineNumber)
    const parsed = parseObject(text, path, lineNumber)
    objects++
    sink.row(lineNumber)
    let position = 0
    for (const key in parsed) {
      const value = parsed[key]
      // Lines usually repeat the previous line's keys in the same order: compare (interned) keys first.
      let target: number
      if (lastKeys[position] === key) {
        target = lastTargets[position]!
      } else {
        let found = index.get(key)
        if (found === undefined && !projected) {
          found = columns.length
          columns.push(key)
          index.set(key, found)
        }
        if (projected && !seen.has(key)) seen.add(key)
        target = found ?? -1
        lastKeys[position] = key
        lastTargets[position] = target
      }
      position++
      if (target >= 0) sink.set(target, cellOf(value))
    }
  }

  const feed = (text: string, final: boolean): void => {
    if (!final && text.indexOf('\n') === -1) {
      pendingBytes += Buffer.byteLength(text)
      // A line with no end in sight: refused before it outgrows what a string can hold.
      if (pendingBytes > options.maxFieldBytes) throwTooLong(line)
      pending += text // a rope: flattened once, when the line ends
      return
    }
    const all = pending + text
    let start = 0
    // `pending` holds no newline: search only the new text (keeps a line longer than a chunk linear).
    let from = pending.length
    for (;;) {
      const newline = all.indexOf('\n', from)
      if (newline === -1) break
      parseLine(all.slice(start, newline), line)
      line++
      start = newline + 1
      from = start
    }
    pending = all.slice(start)
    pendingBytes = Buffer.byteLength(pending)
    if (pendingBytes > options.maxFieldBytes) throwTooLong(line)
    if (final && pending.length > 0) {
      parseLine(pending, line)
      pending = ''
    }
  }

  try {
    for await (const chunk of datasetChunks(handle, path, options)) {
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk
      const offset = fed - carry.length
      fed += chunk.length
      const cut = completeUtf8Length(bytes)
      const body = bytes.subarray(0, cut)
      if (!isUtf8(body)) throwInvalidUtf8(body, offset)
      carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : Buffer.alloc(0)
      let text = body.toString('utf8')
      if (!started && text.length > 0) {
        started = true
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      }
      feed(text, false)
      while (sink.size >= options.batchSize) {
        yield sink.take(options.batchSize, columns)
        options.signal?.throwIfAborted()
      }
    }
    if (carry.length > 0) throwInvalidUtf8(carry, fed - carry.length)
    feed('', true)
    if (objects === 0 && !projected) {
      throw new DataError(
        dataMessages.emptyFile(path, 'jsonl'),
        { file: path, line: 1 },
        dataMessages.emptyFileHint('jsonl'),
      )
    }
    if (projected) {
      const missing = columns.find((name) => !seen.has(name))
      if (missing !== undefined) {
        throw new DataError(
          dataMessages.missingColumn(path, missing, [...seen]),
          { file: path },
          dataMessages.missingColumnHint(missing, [...seen]),
        )
      }
    }
    while (sink.size > 0) {
      yield sink.take(options.batchSize, columns)
      options.signal?.throwIfAborted()
    }
  } finally {
    await handle.close()
  }

  function throwTooLong(at: number): never {
    throw new DataError(
      dataMessages.fieldTooLong('line', options.maxFieldBytes),
      { file: path, line: at },
      dataMessages.fieldTooLongHint(),
    )
  }

  function throwInvalidUtf8(bytes: Uint8Array, fileOffset: number): never {
    const bad = firstInvalidUtf8(bytes)
    let at = line
    for (let i = 0; i < pending.length; i++) if (pending.charCodeAt(i) === 10) at++
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) at++
    throw new DataError(
      dataMessages.invalidUtf8(fileOffset + bad),
      { file: path, line: at },
      dataMessages.invalidUtf8Hint(),
    )
  }
}

/** True for a line of only spaces, tabs and carriage returns (skipped, as blank lines are). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 13) return false
  }
  return true
}

/** One line's JSON object; a DataError at the line (and column, where V8 names one) otherwise. */
function parseObject(text: string, path: string, lineNumber: number): Readonly<Record<string, unknown>> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const message = errorMessage(error)
    // V8 says "… at position N" (0-based); give it as the column.
    const position = /at position (\d+)/.exec(message)
    const location = position
      ? { file: path, line: lineNumber, column: Number(position[1]) + 1 }
      : { file: path, line: lineNumber }
    throw new DataError(dataMessages.invalidJson(message), location, dataMessages.invalidJsonHint())
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'array' : typeof parsed
    throw new DataError(
      dataMessages.jsonLineNotObject(kind),
      { file: path, line: lineNumber },
      dataMessages.jsonLineNotObjectHint(),
    )
  }
  const facts = scanJsonLine(text)
  if (facts.tooDeep === true)
    throw new DataError(
      dataMessages.jsonTooDeep(MAX_JSON_DEPTH),
      { file: path, line: lineNumber },
      dataMessages.jsonTooDeepHint(),
    )
  if (facts.duplicateKey !== undefined)
    throw new DataError(
      dataMessages.jsonDuplicateKey(facts.duplicateKey),
      { file: path, line: lineNumber },
      dataMessages.jsonDuplicateKeyHint(),
    )
  const object = parsed as Record<string, unknown>
  // Integers a double cannot hold exactly (ids above 2^53) keep their digits as text.
  if (facts.unsafeIntegers !== undefined) for (const [key, literal] of facts.unsafeIntegers) object[key] = literal
  return object
}

/** A JSON value as a cell: scalars as they are, nested objects and arrays as their JSON text. */
function cellOf(value: unknown): CellValue {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : JSON.stringify(value)
}
