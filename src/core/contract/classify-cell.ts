import { cellToBoolean, cellToNumber, type CellValue } from '../data/cell-value.js'
import type { ColumnType } from './contract.js'

// ISO 8601 date or date-time: 2024-01-31, 2024-01-31T12:00, 2024-01-31 12:00:00.123Z, with an optional offset.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Whether a present (non-missing) cell is a value of `type`. int: a whole number (`'42'`, `42`); float: any
 * finite number; bool: true/false/1/0/yes/no; timestamp: an ISO 8601 date or date-time string that is a real
 * calendar instant; string and category: anything.
 * @throws never
 * @example
 * cellHasType('4.5', 'int') // => false
 */
export function cellHasType(cell: CellValue, type: ColumnType): boolean {
  switch (type) {
    case 'int': {
      const n = cellToNumber(cell)
      return n !== undefined && Number.isInteger(n)
    }
    case 'float': {
      const n = cellToNumber(cell)
      return n !== undefined && Number.isFinite(n)
    }
    case 'bool':
      return cellToBoolean(cell) !== undefined
    case 'timestamp':
      return typeof cell === 'string' && ISO_TIMESTAMP.test(cell.trim()) && !Number.isNaN(Date.parse(cell.trim().replace(' ', 'T')))
    case 'string':
    case 'category':
      return true
  }
}
