import type { ColumnProfile } from '../profile/column-profile.js'
import type { ColumnContract, ColumnType, Contract } from './contract.js'

/** A string column with at most this many distinct values (and ≤ half as many as values) becomes a category. */
export const INFER_MAX_CATEGORIES = 20

/**
 * Infers a data contract from reference profiles, as TFDV's schema inference does: the narrowest type every present
 * value fits (int ⊂ float; bool words; ISO timestamps; category when few distinct strings, with allowed_values;
 * else string), required columns, max_null_fraction = the observed fraction (0 stays 0), numeric min/max, string
 * lengths, and the file's columns with extra_columns: forbid. Meant to be reviewed and committed, not trusted blind.
 * @throws never
 * @example
 * inferContract([]).extra_columns // => 'forbid'
 */
export function inferContract(profiles: readonly ColumnProfile[]): Contract {
  const columns: Record<string, ColumnContract> = {}
  let rows = 0
  for (const p of profiles) {
    rows = Math.max(rows, p.rows)
    const present = p.rows - p.missing
    const nullFraction = p.rows > 0 ? Math.ceil((p.missing / p.rows) * 1e4) / 1e4 : 0
    let type: ColumnType = 'string'
    if (present > 0 && p.ints === present) type = 'int'
    else if (present > 0 && p.numbers === present) type = 'float'
    else if (present > 0 && p.booleans === present) type = 'bool'
    else if (present > 0 && p.timestamps === present) type = 'timestamp'
    else if (present > 0 && p.otherCount === 0 && p.distinct <= INFER_MAX_CATEGORIES && p.distinct * 2 <= present)
      type = 'category'
    const rule: { -readonly [K in keyof ColumnContract]: ColumnContract[K] } = {
      type,
      required: true,
      max_null_fraction: nullFraction,
    }
    if ((type === 'int' || type === 'float') && p.min !== null && p.max !== null) {
      rule.min = p.min
      rule.max = p.max
    }
    if (type === 'category') rule.allowed_values = [...p.categories.keys()].sort()
    if (type === 'string' && !p.categoriesFrozen && p.minLength !== null && p.maxLength !== null) {
      rule.min_length = p.minLength
      rule.max_length = p.maxLength
    }
    columns[p.name] = rule
  }
  return { version: 1, columns, rows: { min: rows > 0 ? 1 : 0 }, extra_columns: 'forbid' }
}
