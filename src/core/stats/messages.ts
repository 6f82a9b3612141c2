// Recurring messages of the statistics in src/core/stats; tests compare against these functions.

export const statsMessages = {
  emptySample: (fn: string, what: string): string => `${fn}: ${what} must not be empty`,
  notFinite: (fn: string, what: string): string => `${fn}: ${what} must contain only finite numbers`,
  probabilityOutOfRange: (fn: string, p: number): string => `${fn}: p must be in [0, 1], got ${p}`,
  tableShape: (fn: string): string =>
    `${fn}: the contingency table must have at least one row and all rows the same length`,
  negativeCount: (fn: string): string => `${fn}: counts must be finite and >= 0`,
  zeroExpected: (fn: string): string =>
    `${fn}: an expected frequency is zero (a row or column of the table sums to 0); drop empty categories first`,
  lengthMismatch: (fn: string, a: number, b: number): string => `${fn}: lengths differ (${a} vs ${b})`,
  nonPositiveShare: (fn: string, index: number): string => `${fn}: share ${index} is <= 0; smooth empty bins first`,
  deLongTooFew: (positives: number, negatives: number): string =>
    `DeLong's variance is undefined with ${positives} positive${positives === 1 ? '' : 's'} and ${negatives} negative${negatives === 1 ? '' : 's'}: the covariance of the placement values divides by (count − 1), so it needs at least 2 of each class`,
  deLongZeroVariance: (aucA: number, aucB: number): string =>
    `DeLong's variance of the AUC difference is 0 while the AUCs differ (${aucA} vs ${aucB}): every placement value differs by the same amount, so no z or p-value exists`,
} as const
