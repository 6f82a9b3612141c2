import { parseNumberText } from './parse-number-text.js'

/**
 * One cell of a dataset row, as every reader in `src/io/dataset` yields it.
 *
 * Conventions (one set for every format):
 * - `null` is a missing value: an unquoted empty CSV field, an unquoted CSV field equal to one of the
 *   reader's `nullValues` (default `''`, `NA`, `N/A`, `null`, `NULL`, `NaN`, `nan`), a JSON `null`, an
 *   absent JSONL key, a Parquet null.
 * - CSV cells are otherwise always strings (`'42'`, `''` for a quoted empty field `""`): the reader never
 *   guesses types. Consumers convert with {@link cellToNumber} / {@link cellToBoolean}.
 * - JSONL and Parquet cells keep their native type: numbers, booleans, strings. Nested JSON values and
 *   Parquet structs/lists become their JSON text; Parquet dates and timestamps become ISO-8601 strings.
 */
export type CellValue = string | number | boolean | null

/**
 * Whether a cell is missing: `null`, or a number that is `NaN`.
 * An empty string `''` (a quoted empty CSV field) is a present, empty value, not a missing one.
 * @example
 * isMissing(null) // => true
 * isMissing('') // => false
 */
export function isMissing(cell: CellValue): cell is null {
  return cell === null || (typeof cell === 'number' && Number.isNaN(cell))
}

/**
 * Strict conversion of a cell to a finite-or-infinite number, or `undefined` when the cell is not a number.
 * Numbers pass through (NaN → undefined). Strings are trimmed of surrounding whitespace and must then be a
 * whole decimal literal (`'1e3'`, `' 12 '`, `'-0.5'`, `'.5'`, `'+7'`), or `inf`/`Infinity` with an optional
 * sign. Partial numbers (`'12abc'`), empty strings, hexadecimal (`'0x1F'`), thousands separators
 * (`'1,000'`), booleans and `null` give `undefined` — unlike `Number('')`, which is 0.
 * @example
 * cellToNumber(' 1e3 ') // => 1000
 * cellToNumber('12abc') // => undefined
 */
export function cellToNumber(cell: CellValue): number | undefined {
  if (typeof cell === 'number') return Number.isNaN(cell) ? undefined : cell
  if (typeof cell !== 'string') return undefined
  const n = parseNumberText(cell)
  return Number.isNaN(n) ? undefined : n
}

/**
 * The number of a cell as `cellToNumber` reads it, or NaN when it has none: the allocation-free form that scans
 * compute once per cell and hand to the profile and the contract checks.
 * @example
 * cellNumberOrNaN('12abc') // => NaN
 */
export function cellNumberOrNaN(cell: CellValue): number {
  if (typeof cell === 'string') return parseNumberText(cell)
  return typeof cell === 'number' ? cell : Number.NaN
}

const TRUE_WORDS = new Set(['true', '1', 'yes'])
const FALSE_WORDS = new Set(['false', '0', 'no'])

/**
 * Conversion of a cell to a boolean, or `undefined` when it is not one. Booleans pass through; the numbers
 * 1 and 0; strings `true`/`false`/`1`/`0`/`yes`/`no`, case-insensitive, trimmed.
 * @example
 * cellToBoolean('Yes') // => true
 * cellToBoolean('2') // => undefined
 */
export function cellToBoolean(cell: CellValue): boolean | undefined {
  if (typeof cell === 'boolean') return cell
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined
  if (typeof cell !== 'string') return undefined
  // The longest word is 5 characters: longer text without surrounding whitespace is no boolean (no allocation).
  if (
    cell.length > 5 &&
    cell.charCodeAt(0) > 32 &&
    cell.charCodeAt(cell.length - 1) > 32 &&
    cell.charCodeAt(0) < 127 &&
    cell.charCodeAt(cell.length - 1) < 127
  )
    return undefined
  const word = cell.trim().toLowerCase()
  if (TRUE_WORDS.has(word)) return true
  if (FALSE_WORDS.has(word)) return false
  return undefined
}

/**
 * The text of a cell, or `undefined` for a missing one (`null`, NaN). Numbers use JavaScript's shortest
 * round-trip form (`String(0.1)` is `'0.1'`), booleans are `'true'`/`'false'`, strings pass through unchanged.
 * @example
 * cellToString(1.5) // => '1.5'
 * cellToString(null) // => undefined
 */
export function cellToString(cell: CellValue): string | undefined {
  if (isMissing(cell)) return undefined
  return typeof cell === 'string' ? cell : String(cell)
}
