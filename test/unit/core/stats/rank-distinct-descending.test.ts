import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  HASHED_UP_TO_DISTINCT,
  rankDistinctBySort,
  rankDistinctDescending,
} from '../../../../src/core/stats/rank-distinct-descending.js'
import { isSortedAscending } from '../../../../src/core/stats/is-sorted-ascending.js'

describe('rankDistinctDescending', () => {
  it('rankDistinctDescending(values) gives tied values one group, 0 for the largest', () => {
    const { rank, distinctAscending } = rankDistinctDescending([0.2, 0.9, 0.2, 0.5])
    expect([...rank]).toEqual([2, 0, 2, 1])
    expect([...distinctAscending]).toEqual([0.2, 0.5, 0.9])
  })
  it('rankDistinctDescending(values) agrees with a Set-and-sort definition', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 200 }), (values) => {
        const distinct = [...new Set(values)].sort((a, b) => b - a)
        const { rank, distinctAscending } = rankDistinctDescending(values)
        return (
          values.every((v, i) => distinct[rank[i] as number] === v) &&
          distinctAscending.length === distinct.length &&
          isSortedAscending(distinctAscending)
        )
      }),
    )
  })
})

describe('rankDistinctDescending: hashed and sorted paths', () => {
  const same = (values: ArrayLike<number>): void => {
    const hashed = rankDistinctDescending(values)
    const sorted = rankDistinctBySort(values)
    expect(hashed.rank).toEqual(sorted.rank)
    // toEqual tells −0 from 0: the zero kept is the sort's.
    expect(Array.from(hashed.distinctAscending, (v) => Object.is(v, -0))).toEqual(
      Array.from(sorted.distinctAscending, (v) => Object.is(v, -0)),
    )
    expect(hashed.distinctAscending).toEqual(sorted.distinctAscending)
  }

  it('gives the answer of the sort on doubles with ties, runs, −0 and 0, huge and tiny values (property)', () => {
    const value = fc.oneof(
      fc.constantFrom(0, -0, 1, 0.5, 0.25, Number.MIN_VALUE, -Number.MAX_VALUE, Infinity, -Infinity),
      fc.integer({ min: 0, max: 30 }).map((k) => k / 30),
      fc.double({ noNaN: true }),
    )
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.boolean(), (values, sorted) => {
        same(Float64Array.from(sorted ? [...values].sort((a, b) => a - b) : values))
      }),
      { numRuns: 500 },
    )
  })

  it('switches to the sort past HASHED_UP_TO_DISTINCT distinct values and at a NaN, with the same answer', () => {
    const at = (distinct: number): Float64Array =>
      Float64Array.from({ length: 3 * distinct }, (_, i) => ((i * 7919) % distinct) / distinct)
    same(at(HASHED_UP_TO_DISTINCT))
    same(at(HASHED_UP_TO_DISTINCT + 1))
    const withNaN = Float64Array.of(0.5, Number.NaN, 0.5, 0.2)
    expect(rankDistinctDescending(withNaN)).toEqual(rankDistinctBySort(withNaN))
  })
})

describe('isSortedAscending', () => {
  it('isSortedAscending(values) allows ties and rejects any descent', () => {
    expect(isSortedAscending([])).toBe(true)
    expect(isSortedAscending([1, 1, 2])).toBe(true)
    expect(isSortedAscending(Float64Array.of(1, 3, 2))).toBe(false)
  })
})
