import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rankDistinctDescending } from '../../../../src/core/stats/rank-distinct-descending.js'
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

describe('isSortedAscending', () => {
  it('isSortedAscending(values) allows ties and rejects any descent', () => {
    expect(isSortedAscending([])).toBe(true)
    expect(isSortedAscending([1, 1, 2])).toBe(true)
    expect(isSortedAscending(Float64Array.of(1, 3, 2))).toBe(false)
  })
})
