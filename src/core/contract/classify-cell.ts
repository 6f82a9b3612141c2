import { cellNumberOrNaN, cellToBoolean, type CellValue } from '../data/cell-value.js'
import type { ColumnType } from './contract.js'

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Whether a present (non-missing) cell is a value of `type`. int: a whole number (`'42'`, `42`); float: any
 * finite number; bool: true/false/1/0/yes/no; timestamp: an ISO 8601 date or date-time string that is a real
 * calendar instant; string and category: anything.
 * @throws never
 * @example
 * cellHasType('4.5', 'int') // => false
 */
export function cellHasType(cell: CellValue, type: ColumnType): boolean {
  return parsedCellHasType(cell, type === 'int' || type === 'float' ? cellNumberOrNaN(cell) : Number.NaN, type)
}

/**
 * {@link cellHasType} for a cell whose number the caller has already parsed (`cellNumberOrNaN`): a scan parses
 * each cell once and asks every question of that one number.
 * @throws never
 * @example
 * parsedCellHasType('42', 42, 'int') // => true
 */
export function parsedCellHasType(cell: CellValue, number: number, type: ColumnType): boolean {
  switch (type) {
    case 'int':
      return Number.isInteger(number)
    case 'float':
      return Number.isFinite(number)
    case 'bool':
      return cellToBoolean(cell) !== undefined
    case 'timestamp':
      return isIsoTimestamp(cell)
    case 'string':
    case 'category':
      return true
  }
}

/**
 * Whether a cell is an ISO 8601 date or date-time string that names a real calendar instant: `YYYY-MM-DD`,
 * optionally `T` or a space and `hh:mm`, `:ss`, `.fraction` (1–9 digits), and `Z` or an offset `±hh[:]mm`;
 * surrounding whitespace is ignored. Day, hour, minute, second and offset are range-checked (Date.parse would roll
 * 2024-02-30 over into March). Checked character by character: scans call this for every text cell.
 * @throws never
 * @example
 * isIsoTimestamp('2024-02-30') // => false
 */
export function isIsoTimestamp(cell: CellValue): boolean {
  if (typeof cell !== 'string' || cell.length < 10) return false
  const first = cell.charCodeAt(0)
  const last = cell.charCodeAt(cell.length - 1)
  const edge = first <= 32 || last <= 32 || first >= 127 || last >= 127
  const text = edge ? cell.trim() : cell
  const n = text.length
  if (n < 10 || !isCalendarDate(text)) return false
  if (n === 10) return true
  const i = timeOfDayEnd(text, n)
  if (i < 0) return false
  return i === n || isZoneSuffix(text, i, n)
}

// Whether text starts with `YYYY-MM-DD` naming a real calendar day (text is at least 10 characters long).
function isCalendarDate(text: string): boolean {
  if (text.charCodeAt(4) !== MINUS || text.charCodeAt(7) !== MINUS) return false
  const year = digits(text, 0, 4)
  const month = digits(text, 5, 2)
  const day = digits(text, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))
}

// The index after `Thh:mm[:ss[.fraction]]` (or a space for T) following the date, or -1 when it is not one.
function timeOfDayEnd(text: string, n: number): number {
  const separator = text.charCodeAt(10)
  if ((separator !== 84 && separator !== 32) || n < 16 || text.charCodeAt(13) !== COLON) return -1 // T or space
  const hour = digits(text, 11, 2)
  const minute = digits(text, 14, 2)
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return -1
  if (16 >= n || text.charCodeAt(16) !== COLON) return 16
  const second = digits(text, 17, 2)
  if (second < 0 || second > 59) return -1
  return 19 < n && text.charCodeAt(19) === DOT ? fractionEnd(text, 20, n) : 19
}

// The index after the 1–9 fraction digits at `start`, or -1 when there are none or more than nine.
function fractionEnd(text: string, start: number, n: number): number {
  let i = start
  while (i < n && isDigit(text.charCodeAt(i))) i++
  return i - start < 1 || i - start > 9 ? -1 : i
}

// Whether text from i to its end is `Z` or an offset `±hh[:]mm`.
function isZoneSuffix(text: string, i: number, n: number): boolean {
  const zone = text.charCodeAt(i)
  if (zone === 90) return i + 1 === n // Z
  if (zone !== PLUS && zone !== MINUS) return false
  const offsetHour = digits(text, i + 1, 2)
  const colon = text.charCodeAt(i + 3) === COLON ? 1 : 0
  const offsetMinute = digits(text, i + 3 + colon, 2)
  return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59 && i + 5 + colon === n
}

const MINUS = 45
const PLUS = 43
const COLON = 58
const DOT = 46

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

// The value of `count` ASCII digits at `start`, or -1 when one of them is not a digit (or past the end).
function digits(text: string, start: number, count: number): number {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i)
    if (!(code >= 48 && code <= 57)) return -1
    value = value * 10 + code - 48
  }
  return value
}
