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
}

/** A data contract: per-column rules plus table-level row count and column-set rules. */
export interface Contract {
  readonly version?: 1
  readonly columns: Readonly<Record<string, ColumnContract>>
  readonly rows?: { readonly min?: number; readonly max?: number }
  /** Columns the contract does not name: 'allow' (default) or 'forbid'. */
  readonly extra_columns?: 'allow' | 'forbid'
}
