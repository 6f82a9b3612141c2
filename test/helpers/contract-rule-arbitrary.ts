// One fast-check generator of column contracts for the property tests that compare two scan paths (chunks vs rows,
// Parquet vs rows, byte ranges vs one pass): every row-level rule the checker has, over values the tables use.
import fc from 'fast-check'
import type { ColumnContract } from '../../src/core/contract/contract.js'

/** A column rule with `type` always set; `strict` picks which exclusive bounds may appear. */
export function contractRuleArbitrary(strict: {
  readonly min: boolean
  readonly max: boolean
}): fc.Arbitrary<Partial<ColumnContract> & Pick<ColumnContract, 'type'>> {
  return fc.record(
    {
      type: fc.constantFrom<ColumnContract['type']>('int', 'float', 'string', 'bool', 'timestamp', 'category'),
      max_null_fraction: fc.constantFrom(0, 0.2),
      min: fc.integer({ min: -3, max: 1 }),
      max: fc.integer({ min: 1, max: 4 }),
      ...(strict.min ? { strict_min: fc.boolean() } : {}),
      ...(strict.max ? { strict_max: fc.boolean() } : {}),
      allowed_values: fc.constant(['a', '1', 'true', 2]),
      pattern: fc.constantFrom('^[a-z]+$', '^\\d$'),
      unique: fc.boolean(),
      min_length: fc.constant(1),
      max_length: fc.constant(3),
    },
    { requiredKeys: ['type'] },
  )
}
