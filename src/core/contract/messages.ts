import type { ColumnType } from './contract.js'

// Recurring messages of the data contract; tests compare against these functions.
export const contractMessages = {
  missingColumn: (column: string): string => `required column "${column}" is missing`,
  extraColumns: (columns: readonly string[]): string =>
    `${columns.length} column(s) not in the contract: ${columns
      .slice(0, 10)
      .map((c) => `"${c}"`)
      .join(', ')} (extra_columns: forbid)`,
  rowCount: (rows: number, min: number | undefined, max: number | undefined): string =>
    `${rows} row(s); the contract allows ${min ?? 0} … ${max ?? '∞'}`,
  nullFraction: (column: string, nulls: number, fraction: number, max: number): string =>
    `column "${column}": ${nulls} missing value(s) (${formatFraction(fraction)}), more than max_null_fraction ${max}`,
  typeMismatch: (column: string, type: ColumnType, count: number): string =>
    `column "${column}": ${count} value(s) are not ${type}`,
  belowMin: (column: string, count: number, min: number, strict = false): string =>
    `column "${column}": ${count} value(s) ${strict ? 'at or below' : 'below'} min ${min}${strict ? ' (strict_min)' : ''}`,
  aboveMax: (column: string, count: number, max: number, strict = false): string =>
    `column "${column}": ${count} value(s) ${strict ? 'at or above' : 'above'} max ${max}${strict ? ' (strict_max)' : ''}`,
  notAllowed: (column: string, count: number): string => `column "${column}": ${count} value(s) outside allowed_values`,
  patternMismatch: (column: string, count: number, pattern: string): string =>
    `column "${column}": ${count} value(s) do not match /${pattern}/`,
  lengthOutOfRange: (column: string, count: number, min: number | undefined, max: number | undefined): string =>
    `column "${column}": ${count} value(s) with a length outside ${min ?? 0} … ${max ?? '∞'}`,
  duplicates: (column: string, count: number): string =>
    `column "${column}": ${count} duplicate value(s) where unique is required`,
  uniqueAcrossShards: (column: string, shards: number): string =>
    `column "${column}": unique holds across ${shards} shard(s)`,
  duplicatesAcrossShards: (column: string, count: number, across: number, shards: number): string =>
    `column "${column}": ${count} duplicate value(s) where unique is required (${across} of them repeat a value of another shard; ${shards} shards)`,
  uniqueAcrossShardsUnknown: (
    column: string,
    shards: number,
    shard: number,
    source: string,
    hashes: null | undefined,
  ): string =>
    `column "${column}": uniqueness across ${shards} shard(s) cannot be checked: shard ${shard} (${source}) ${hashes === null ? 'had more distinct values than a profile carries' : 'carries no value hashes for it (profile it again with this modelgate and the contract)'}; a check that cannot be made is not a pass`,
  uniquenessLimit: (column: string, limit: number): string =>
    `column "${column}": more than ${limit} distinct values; uniqueness could not be checked exactly within the memory limit`,
  passed: (column: string, rule: string): string => `column "${column}": ${rule} holds`,
  /** A broken rule of severity warning: reported, the gate does not fail on it. */
  asWarning: (message: string): string => `${message} (severity: warning; the gate does not fail on it)`,
  mostly: (
    column: string,
    rule: string,
    count: number,
    considered: number,
    share: number,
    mostly: number,
    ok: boolean,
    severity: 'error' | 'warning',
  ): string => {
    const text = `column "${column}": ${considered - count} of ${considered} non-null value(s) satisfy ${rule} (${formatFraction(share)}); mostly ${mostly} ${ok ? 'holds' : 'is not met'}`
    return !ok && severity === 'warning' ? contractMessages.asWarning(text) : text
  },
  aggregate: (
    column: string,
    what: string,
    value: number,
    bounds: string,
    ok: boolean,
    approximate: string | undefined,
  ): string =>
    `column "${column}": ${what} ${formatValue(value)} ${ok ? 'is within' : 'is outside'} ${bounds}${approximate === undefined ? '' : ` (${approximate})`}`,
  aggregateUnmeasurable: (column: string, what: string, numbers: number, needed: number): string =>
    `column "${column}": ${what} cannot be computed from ${numbers} number(s) (it needs at least ${needed}); a check that cannot be made is not a pass`,
  sketchQuantile: (epsilon: number): string =>
    `estimated from the profile's quantile sketch (more values than the profile keeps exactly): rank error at most ${(epsilon * 100).toPrecision(3)}% of the values, i.e. it is an exact quantile of some q′ within q ± ${epsilon.toPrecision(3)}`,
  invalidPattern: (column: string, pattern: string, reason: string): string =>
    `column "${column}": pattern /${pattern}/ cannot be used: ${reason}`,
  // What readContract refuses (ConfigurationErrors naming the contract path).
  nonFiniteNumber: (path: string, value: number): string =>
    `data contract: ${path} is ${String(value)}; bounds, fractions and counts must be finite numbers`,
  boundsReversed: (path: string, min: number, max: number): string =>
    `data contract: ${path} has min ${min} > max ${max}`,
  nonFiniteNumberHint: (): string => 'write a finite number (YAML .nan, .inf and -.inf are refused), or remove the key',
  unusablePattern: (path: string, pattern: string, reason: string): string =>
    `data contract: ${path} /${pattern}/ cannot be used: ${reason}`,
  unusablePatternHint: (): string =>
    'rewrite the pattern without backreferences or lookahead/lookbehind (e.g. list alternatives, or check the rest with allowed_values)',
  emptyData: (): string => 'the dataset has no rows; a contract cannot pass on no data',
} as const

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(6)
}

function formatFraction(f: number): string {
  return `${(f * 100).toPrecision(3)}%`
}
