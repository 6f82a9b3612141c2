import type { ColumnProfile } from '../profile/column-profile.js'
import type { ColumnContract, ColumnType, Contract } from './contract.js'
import { inferNullFraction, inferNumericBounds, isIdLike } from './infer-bounds.js'

/** A string column with at most this many distinct values (and ≤ half as many as values) becomes a category. */
export const INFER_MAX_CATEGORIES = 20

/**
 * Infers a data contract from reference profiles that data of the same population passes, while a shift, a null
 * burst or a new category still fails it (docs/actions/validate-data.md compares the choices with TFDV and Great
 * Expectations): the narrowest type every present value fits (int ⊂ float; bool words; ISO timestamps; category
 * when few distinct strings, with allowed_values; else string); identifiers (isIdLike) become `unique: true` with no
 * range, no domain and no drift; numeric bounds from robust fences or none (inferNumericBounds); null tolerances from
 * an upper confidence bound (inferNullFraction); string lengths only when every value has the same length (a
 * fixed-width code); the file's columns with extra_columns: forbid. Meant to be reviewed and committed.
 * @throws never
 * @example
 * inferContract([]).extra_columns // => 'forbid'
 */
export function inferContract(profiles: readonly ColumnProfile[]): Contract {
  const columns: Record<string, ColumnContract> = {}
  let rows = 0
  for (const p of profiles) {
    rows = Math.max(rows, p.rows)
    columns[p.name] = inferColumn(p)
  }
  return { version: 1, columns, rows: { min: rows > 0 ? 1 : 0 }, extra_columns: 'forbid' }
}

/** The narrowest type every present value of the column fits (see inferContract). */
function inferType(p: ColumnProfile): ColumnType {
  const present = p.rows - p.missing
  if (present === 0) return 'string'
  if (p.ints === present) return 'int'
  if (p.numbers === present) return 'float'
  if (p.booleans === present) return 'bool'
  if (p.timestamps === present) return 'timestamp'
  if (p.otherCount === 0 && p.distinct <= INFER_MAX_CATEGORIES && p.distinct * 2 <= present) return 'category'
  return 'string'
}

/** One column's rule: its type, null tolerance, then uniqueness or bounds, domain, fixed length. */
function inferColumn(p: ColumnProfile): ColumnContract {
  const type = inferType(p)
  const rule: { -readonly [K in keyof ColumnContract]: ColumnContract[K] } = {
    type,
    required: true,
    max_null_fraction: inferNullFraction(p.missing, p.rows),
  }
  if (isIdLike(p, type)) rule.unique = true
  else if (type === 'int' || type === 'float') Object.assign(rule, inferNumericBounds(p, type === 'int'))
  if (type === 'category') rule.allowed_values = [...p.categories.keys()].sort()
  if (
    type === 'string' &&
    rule.unique !== true &&
    !p.categoriesFrozen &&
    p.minLength !== null &&
    p.minLength === p.maxLength
  ) {
    rule.min_length = p.minLength
    rule.max_length = p.maxLength
  }
  return rule
}
