// Recurring messages of src/core/drift; tests compare against these functions.
export const driftMessages = {
  lengthMismatch: (fn: string, a: number, b: number): string =>
    `${fn}: the two distributions have different lengths (${a} vs ${b})`,
  nonPositiveShare: (fn: string, index: number): string =>
    `${fn}: share ${index} is <= 0; smooth empty bins first (see binShares)`,
  emptySample: (fn: string, what: string): string => `${fn}: ${what} must not be empty`,
  zeroMass: (fn: string, what: string): string => `${fn}: ${what} sums to 0`,
  // Why a column's two profiles cannot be compared (measureColumnDrift's `not-comparable` reasons).
  noValues: (column: string, side: 'reference' | 'current'): string =>
    `column "${column}" has no values in the ${side} data`,
  noNumericValues: (column: string): string => `column "${column}" has no numeric values`,
  tooManyCategories: (column: string, cap: number, side: 'reference' | 'current'): string =>
    `column "${column}" has more than ${cap} distinct numbers in the ${side} data, too many to compare as categories; give it type int or float in the contract, or ignore it in drift`,
  // The `error` checks of columns that were not measured (measureDatasetDrift).
  notComparable: (column: string, reason: string): string => `column "${column}" cannot be compared: ${reason}`,
  missingInCurrent: (column: string): string => `column "${column}" is in the reference but not in the current data`,
} as const
