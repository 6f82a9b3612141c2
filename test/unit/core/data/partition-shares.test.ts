import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { partitionShares } from '../../../../src/core/data/partition-shares.js'

describe('partitionShares', () => {
  it('scans data and reference of like size whole, one per worker, and splits a lone file over the workers', () => {
    expect(partitionShares([75_483_920, 76_545_780], 2)).toEqual([1, 1])
    expect(partitionShares([320_876_110], 2)).toEqual([2])
    expect(partitionShares([320_876_110, 75_483_920], 2)).toEqual([2, 1])
    expect(partitionShares([10, 0], 2)).toEqual([2, 1])
    expect(partitionShares([0, 0], 2)).toEqual([1, 1])
    expect(partitionShares([], 2)).toEqual([])
  })

  it('gives every file at least one part and a larger file never fewer parts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1e9 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 16 }),
        (sizes, workers) => {
          const shares = partitionShares(sizes, workers)
          if (shares.length !== sizes.length || shares.some((s) => !Number.isInteger(s) || s < 1)) return false
          if (shares.some((s) => s > workers)) return false
          return sizes.every((a, i) => sizes.every((b, k) => a <= b || (shares[i] as number) >= (shares[k] as number)))
        },
      ),
      { numRuns: 300 },
    )
  })
})
