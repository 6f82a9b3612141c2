import type { CellValue } from '../../core/data/cell-value.js'

export interface WriteCsvOptions {
  /** Field delimiter (default `,`). */
  readonly delimiter?: string
  /** Record terminator (default `\n`). */
  readonly newline?: '\n' | '\r\n'
  /**
   * Strings that the reader would turn into null when unquoted: such strings are quoted so that they
   * read back as strings (default: the reader's default null values).
   */
  readonly nullValues?: readonly string[]
}

const DEFAULT_NULLS = new Set(['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'nan'])

/**
 * One CSV field as `readDataset` reads it back: `null` → empty (unquoted), `''` → `""`; a string is quoted
 * when it holds the delimiter, a quote, CR or LF, starts with a byte order mark, or equals a null value
 * (so that it stays a string); quotes inside are doubled. Numbers use `String(n)`, booleans `true`/`false`.
 * @example
 * quoteCsvField('say "hi", ok') // => '"say ""hi"", ok"'
 */
export function quoteCsvField(
  value: CellValue,
  delimiter = ',',
  nullValues: ReadonlySet<string> = DEFAULT_NULLS,
): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  if (
    value === '' ||
    nullValues.has(value) ||
    value.includes('"') ||
    value.includes(delimiter) ||
    value.includes('\n') ||
    value.includes('\r') ||
    value.charCodeAt(0) === 0xfeff
  ) {
    return `"${value.replaceAll('"', '""')}"`
  }
  return value
}

/**
 * A CSV document (header row, then one record per row, each ending with `newline`) that `readDataset`
 * reads back to the same cells (strings; numbers and booleans come back as their text).
 * @throws {RangeError} if a row's length differs from the number of columns
 * @example
 * writeCsv([['1', null], ['', 'a,b']], ['id', 'name']) // => 'id,name\n1,\n"","a,b"\n'
 */
export function writeCsv(
  rows: readonly (readonly CellValue[])[],
  columns: readonly string[],
  options: WriteCsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ','
  const newline = options.newline ?? '\n'
  const nulls = options.nullValues === undefined ? DEFAULT_NULLS : new Set(options.nullValues)
  const out: string[] = [columns.map((name) => quoteCsvField(name, delimiter, nulls)).join(delimiter)]
  rows.forEach((row, index) => {
    if (row.length !== columns.length) {
      throw new RangeError(`writeCsv: row ${index} has ${row.length} cells but there are ${columns.length} columns`)
    }
    out.push(row.map((cell) => quoteCsvField(cell, delimiter, nulls)).join(delimiter))
  })
  return out.join(newline) + newline
}
