import { CATEGORY_CAP, HASH_BUCKETS } from '../profile/column-profile.js'
import { formatNumber } from '../report/format-number.js'

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
  // The rule each drift check states (decideDrift).
  pValueRule: (
    method: string,
    adjusted: boolean,
    p: number,
    alpha: number,
    effect: number,
    chance: number | undefined,
    minEffect: number,
    drifted: boolean,
  ): string => {
    const excess = Math.max(0, effect - (chance ?? 0))
    const shown =
      chance === undefined
        ? formatNumber(effect)
        : `${formatNumber(effect)} − ${formatNumber(chance)} by chance = ${formatNumber(excess)}`
    return `${method} p${adjusted ? ' (BH-adjusted)' : ''} ${formatNumber(p)} ${p < alpha ? '<' : '≥'} ${formatNumber(alpha)}, effect size ${shown} ${excess >= minEffect ? '≥' : '<'} ${formatNumber(minEffect)}${drifted ? '' : p < alpha ? ' (significant but below the minimum effect)' : ''}`
  },
  distanceRule: (
    method: string,
    value: number,
    threshold: number,
    warnAt: number | undefined,
    drifted: boolean,
    warned: boolean,
  ): string =>
    drifted || warnAt === undefined
      ? `${method} ${formatNumber(value)} ${drifted ? '≥' : '<'} ${formatNumber(threshold)}`
      : `${method} ${formatNumber(value)} ${warned ? '≥' : '<'} ${formatNumber(warnAt)} (warn) and < ${formatNumber(threshold)} (fail)`,
  missingShare: (reference: number, current: number, p: number | undefined, drifted: boolean): string =>
    `; missing ${formatNumber(reference * 100)}% → ${formatNumber(current * 100)}%${p === undefined ? '' : ` (p ${formatNumber(p)}${drifted ? ', drifted' : ''})`}`,
  hashedComparison: (unseen: number, sampled: number | undefined): string =>
    sampled === undefined
      ? `; more than ${CATEGORY_CAP} categories: compared on ${HASH_BUCKETS} hash buckets of every value (collisions can only hide a change); about ${formatNumber(unseen * 100)}% of current values are in categories the reference's first ${CATEGORY_CAP} lack`
      : `; more than ${CATEGORY_CAP} categories: compared on a hash sample of ${sampled} values one by one and ${HASH_BUCKETS} hash buckets of the rest (collisions can only hide a change); about ${formatNumber(unseen * 100)}% of current values (estimated on the sample) are in categories the reference lacks`,
  constantReference: (): string =>
    '; the reference is constant: compared by the share of current values below, at and above it',
  largeSampleSizeDeprecated: (): string =>
    'policy validate-data.drift.large_sample_size is deprecated and ignored: drift is decided the same way at every sample size (significance after Benjamini–Hochberg and a minimum effect, drift.min_effect); remove the key',
} as const
