import type { ColumnType } from '../contract/contract.js'
import type { ColumnProfile } from '../profile/column-profile.js'
import type { ColumnKind } from './drift-method-for.js'

/** Numeric columns with at most this many distinct values (e.g. 0/1 flags) are compared as categories. */
export const NUMERIC_MIN_DISTINCT = 20

/**
 * How to compare a column: the contract's type decides when given (int/float → numeric, others → categorical);
 * otherwise numeric when every present reference value is a number and there are more than 20 distinct values.
 * Timestamps are categorical until a contract says otherwise.
 * @throws never
 * @example
 * columnKindOf(createColumnProfile('x'), 'float') // => 'numeric'
 */
export function columnKindOf(reference: ColumnProfile, contractType?: ColumnType): ColumnKind {
  if (contractType !== undefined) return contractType === 'int' || contractType === 'float' ? 'numeric' : 'categorical'
  const present = reference.rows - reference.missing
  if (
    present > 0 &&
    reference.numbers === present &&
    (reference.distinct > NUMERIC_MIN_DISTINCT || reference.otherCount > 0)
  )
    return 'numeric'
  return 'categorical'
}
