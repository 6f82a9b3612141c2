/** Column types a data contract can declare (schemas/contract.schema.json). */
export type ColumnType = 'int' | 'float' | 'string' | 'bool' | 'timestamp' | 'category'

export const COLUMN_TYPES: readonly ColumnType[] = ['int', 'float', 'string', 'bool', 'timestamp', 'category']

/** One column's rules; every key but `type` is optional. */
export interface ColumnContract {
  readonly type: ColumnType
  /** The column must be present in the file (default true). */
  readonly required?: boolean
  /** Largest share of missing cells allowed, in [0, 1] (default 0: no missing values). */
  readonly max_null_fraction?: number
  readonly min?: number
  readonly max?: number
  /** `min` is exclusive: a value equal to it fails too (Great Expectations' `strict_min`). */
  readonly strict_min?: boolean
  /** `max` is exclusive: a value equal to it fails too (Great Expectations' `strict_max`). */
  readonly strict_max?: boolean
  /** For string/category/int/bool columns: the only values allowed (compared as text). */
  readonly allowed_values?: readonly (string | number | boolean)[]
  /** ECMAScript regular expression every string value must match (anchor it yourself). */
  readonly pattern?: string
  /** No value may appear twice (missing cells are not compared). */
  readonly unique?: boolean
  readonly min_length?: number
  readonly max_length?: number
  /** Bounds on the mean of the column's numbers (nulls ignored; Great Expectations' `expect_column_mean_to_be_between`). */
  readonly mean?: AggregateBounds
  /**
   * Bounds on the sample standard deviation (n − 1 denominator) of the column's numbers, nulls ignored (Great
   * Expectations' `expect_column_stdev_to_be_between`).
   */
  readonly stdev?: AggregateBounds
  /**
   * Bounds on quantiles of the column's numbers, nulls ignored; a quantile is the order statistic nearest to rank
   * q·(n − 1) (pandas' `interpolation="nearest"`, as Great Expectations' `expect_column_quantile_values_to_be_between`).
   */
  readonly quantiles?: readonly QuantileBounds[]
  /**
   * Share of the non-null cells that must satisfy a row-level rule for it to pass (Great Expectations' `mostly`):
   * one number for every row-level rule of the column, or one per rule ({@link MostlyRule}). Default 1 (every cell).
   */
  readonly mostly?: number | Readonly<Partial<Record<MostlyRule, number>>>
  /**
   * What a broken rule does: `error` (default) fails the gate, `warning` is reported (a warning annotation) and
   * does not. One value for every rule of the column, or one per rule ({@link SeverityRule}).
   */
  readonly severity?: Severity | Readonly<Partial<Record<SeverityRule, Severity>>>
}

/** A broken rule's effect: `error` fails the gate, `warning` only reports. */
export type Severity = 'error' | 'warning'

/** The row-level rules `mostly` applies to (contract keys; `length` is min_length/max_length). */
export type MostlyRule = 'type' | 'min' | 'max' | 'allowed_values' | 'pattern' | 'length'

export const MOSTLY_RULES: readonly MostlyRule[] = ['type', 'min', 'max', 'allowed_values', 'pattern', 'length']

/** The rules `severity` applies to (contract keys; `length` is min_length/max_length). */
export type SeverityRule = MostlyRule | 'max_null_fraction' | 'unique' | 'mean' | 'stdev' | 'quantiles'

export const SEVERITY_RULES: readonly SeverityRule[] = [
  ...MOSTLY_RULES,
  'max_null_fraction',
  'unique',
  'mean',
  'stdev',
  'quantiles',
]

/** Bounds on a column aggregate (inclusive unless strict), Great Expectations' min_value/max_value/strict_*. */
export interface AggregateBounds {
  readonly min?: number
  readonly max?: number
  readonly strict_min?: boolean
  readonly strict_max?: boolean
}

/** Bounds on the column's quantile `q` (in [0, 1]). */
export interface QuantileBounds extends AggregateBounds {
  readonly q: number
}

/** A data contract: per-column rules plus table-level row count and column-set rules. */
export interface Contract {
  readonly version?: 1
  readonly columns: Readonly<Record<string, ColumnContract>>
  readonly rows?: { readonly min?: number; readonly max?: number }
  /** Columns the contract does not name: 'allow' (default) or 'forbid'. */
  readonly extra_columns?: 'allow' | 'forbid'
}
