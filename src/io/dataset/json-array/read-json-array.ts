/**
 * JSON-array reader (`.json`): one array of row objects, `[{"age": 31}, {"age": 45}]`, pretty-printed or not, as
 * pandas' `to_json(orient="records")` and most APIs write it. Read whole, so bounded (MAX_JSON_ARRAY_BYTES; past it a
 * DataError says to convert to JSON Lines, which streams). Rows have the JSON Lines reader's semantics: columns are
 * the union of keys in first-seen order, an absent key is null, nested values are their JSON text, integers a double
 * would change keep their digits; a duplicate key or too deep a nesting is a DataError. A row's line is the line
 * where its object starts.
 */
import { isUtf8 } from 'node:buffer'
import { readFile, stat } from 'node:fs/promises'
import type { CellValue } from '../../../core/data/cell-value.js'
import { dataMessages } from '../../../core/data/messages.js'
import { MAX_JSON_DEPTH, scanJsonLine } from '../../../core/data/scan-json-line.js'
import { errorMessage } from '../../../core/error-message.js'
import { DataError } from '../../../core/errors.js'
import type { RowBatch } from '../types.js'
import { jsonArrayMessages as msg } from './messages.js'

/** The largest JSON array read (whole, in memory): 256 MiB. */
export const MAX_JSON_ARRAY_BYTES = 256 * 1024 * 1024

export interface ReadJsonArrayOptions {
  readonly batchSize: number
  readonly columns?: readonly string[] | undefined
  readonly signal?: AbortSignal | undefined
  /** Test hook: a smaller size limit. */
  readonly maxBytes?: number
}

interface Element {
  readonly text: string
  readonly line: number
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13

/** Index after the string whose opening quote is at `open`. */
function afterString(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 92) i++
    else if (c === 34) return i + 1
  }
  return text.length
}

/** Index after the JSON value starting at `start` (an object, an array, a string or a scalar). */
function afterValue(text: string, start: number): number {
  const first = text.charCodeAt(start)
  if (first === 34) return afterString(text, start)
  if (first !== 123 && first !== 91) {
    let i = start
    while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== ',' && text[i] !== ']') i++
    return i
  }
  let depth = 0
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) i = afterString(text, i) - 1
    else if (c === 123 || c === 91) depth++
    else if ((c === 125 || c === 93) && --depth === 0) return i + 1
  }
  return text.length
}

function kindOf(text: string): string {
  const c = text[0]
  if (c === '[') return 'array'
  if (c === '"') return 'string'
  if (c === 'n') return 'null'
  if (c === 't' || c === 'f') return 'boolean'
  return 'number'
}

/** The elements of the top-level array with the line each starts on. */
export function splitJsonArray(text: string, path: string): Element[] {
  let i = 0
  let line = 1
  const skip = (): void => {
    while (i < text.length && isSpace(text.charCodeAt(i))) if (text.charCodeAt(i++) === 10) line++
  }
  const advance = (to: number): void => {
    for (let k = i; k < to; k++) if (text.charCodeAt(k) === 10) line++
    i = to
  }
  if (text.charCodeAt(0) === 0xfeff) i = 1
  skip()
  if (text[i] !== '[')
    throw new DataError(
      msg.notArray(i >= text.length ? 'nothing' : `a JSON ${text[i] === '{' ? 'object' : kindOf(text.slice(i))}`),
      { file: path, line },
      msg.notArrayHint(),
    )
  i++
  const elements: Element[] = []
  for (;;) {
    skip()
    if (i >= text.length) throw new DataError(msg.unterminated(), { file: path, line }, msg.unterminatedHint())
    if (text[i] === ']' && elements.length === 0) break
    const start = i
    const startLine = line
    advance(afterValue(text, i))
    const element = text.slice(start, i)
    if (element[0] !== '{')
      throw new DataError(
        msg.elementNotObject(elements.length, kindOf(element)),
        { file: path, line: startLine },
        msg.elementNotObjectHint(),
      )
    elements.push({ text: element, line: startLine })
    skip()
    if (text[i] === ',') i++
    else if (text[i] === ']') break
    else if (i >= text.length) throw new DataError(msg.unterminated(), { file: path, line }, msg.unterminatedHint())
    else
      throw new DataError(
        msg.invalidJson(`unexpected ${JSON.stringify(text[i])} after element ${elements.length}`),
        { file: path, line },
        dataMessages.invalidJsonHint(),
      )
  }
  i++
  skip()
  if (i < text.length)
    throw new DataError(
      msg.invalidJson('text after the closing ]'),
      { file: path, line },
      dataMessages.invalidJsonHint(),
    )
  return elements
}

/** One element as a row object, with the JSON Lines reader's checks (duplicate keys, depth, unsafe integers). */
function parseElement(element: Element, path: string): Record<string, unknown> {
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(element.text) as Record<string, unknown>
  } catch (error) {
    throw new DataError(
      msg.invalidJson(errorMessage(error)),
      { file: path, line: element.line },
      dataMessages.invalidJsonHint(),
    )
  }
  const facts = scanJsonLine(element.text)
  if (facts.tooDeep === true)
    throw new DataError(
      dataMessages.jsonTooDeep(MAX_JSON_DEPTH),
      { file: path, line: element.line },
      dataMessages.jsonTooDeepHint(),
    )
  if (facts.duplicateKey !== undefined)
    throw new DataError(
      dataMessages.jsonDuplicateKey(facts.duplicateKey),
      { file: path, line: element.line },
      dataMessages.jsonDuplicateKeyHint(),
    )
  if (facts.unsafeIntegers !== undefined) for (const [key, literal] of facts.unsafeIntegers) parsed[key] = literal
  return parsed
}

const cellOf = (value: unknown): CellValue =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : JSON.stringify(value)

async function readText(path: string, maxBytes: number): Promise<string> {
  const size = (await stat(path)).size
  if (size > maxBytes) throw new DataError(msg.tooLarge(path, maxBytes), { file: path }, msg.tooLargeHint(path))
  const bytes = await readFile(path)
  if (bytes.length > maxBytes) throw new DataError(msg.tooLarge(path, maxBytes), { file: path }, msg.tooLargeHint(path))
  if (!isUtf8(bytes)) throw new DataError(msg.invalidUtf8(), { file: path }, dataMessages.invalidJsonHint())
  return bytes.toString('utf8')
}

export async function* readJsonArray(path: string, options: ReadJsonArrayOptions): AsyncGenerator<RowBatch> {
  options.signal?.throwIfAborted()
  const elements = splitJsonArray(await readText(path, options.maxBytes ?? MAX_JSON_ARRAY_BYTES), path)
  const projected = options.columns !== undefined
  const columns: string[] = projected ? [...(options.columns ?? [])] : []
  const index = new Map(columns.map((name, i) => [name, i]))
  const seen = new Set<string>()
  let rows: CellValue[][] = []
  let lines: number[] = []
  const flush = (): RowBatch => {
    for (const row of rows) while (row.length < columns.length) row.push(null)
    const batch = { columns: [...columns], rows, lines }
    rows = []
    lines = []
    return batch
  }
  for (const element of elements) {
    const object = parseElement(element, path)
    const row = new Array<CellValue>(columns.length).fill(null)
    for (const key in object) {
      seen.add(key)
      let at = index.get(key)
      if (at === undefined && !projected) {
        at = columns.length
        columns.push(key)
        index.set(key, at)
      }
      if (at !== undefined) row[at] = cellOf(object[key])
    }
    rows.push(row)
    lines.push(element.line)
    if (rows.length >= options.batchSize) {
      options.signal?.throwIfAborted()
      yield flush()
    }
  }
  const missing = projected ? columns.find((name) => !seen.has(name)) : undefined
  if (missing !== undefined)
    throw new DataError(
      dataMessages.missingColumn(path, missing, [...seen]),
      { file: path },
      dataMessages.missingColumnHint(missing, [...seen]),
    )
  if (rows.length > 0) yield flush()
}

/** The columns of a JSON array dataset: the union of its objects' keys in first-seen order (reads the whole file). */
export async function jsonArrayHeader(path: string): Promise<string[]> {
  let columns: readonly string[] = []
  for await (const batch of readJsonArray(path, { batchSize: 1 << 16 })) columns = batch.columns
  return [...columns]
}
