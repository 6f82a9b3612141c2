// Recurring messages of src/core/drift; tests compare against these functions.
export const driftMessages = {
  lengthMismatch: (fn: string, a: number, b: number): string =>
    `${fn}: the two distributions have different lengths (${a} vs ${b})`,
  nonPositiveShare: (fn: string, index: number): string =>
    `${fn}: share ${index} is <= 0; smooth empty bins first (see binShares)`,
  emptySample: (fn: string, what: string): string => `${fn}: ${what} must not be empty`,
  zeroMass: (fn: string, what: string): string => `${fn}: ${what} sums to 0`,
} as const
