import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sortFloat64 } from '../../../../src/core/profile/sort-float64.js'

describe('sortFloat64', () => {
  it('sorts finite values exactly as Float64Array.prototype.sort (−0 before +0, subnormals, shared digits)', () => {
    const special = fc.constantFrom(0, -0, 5e-324, -5e-324, 1e308, -1e308, 1, -1, 0.1, 2 ** 53)
    const value = fc.oneof(special, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer().map(Number))
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 3000 }), (values) => {
        const expected = new Float64Array(values).sort()
        const actual = sortFloat64(new Float64Array(values))
        expect(Array.from(actual, (v) => (Object.is(v, -0) ? '-0' : v))).toEqual(
          Array.from(expected, (v) => (Object.is(v, -0) ? '-0' : v)),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('sorts a subarray view in place and returns it', () => {
    const buffer = new Float64Array(1000).map((_, i) => (i * 7919) % 1000)
    const view = buffer.subarray(100, 900)
    const copy = Float64Array.from(view).sort()
    expect(sortFloat64(view)).toBe(view)
    expect(Array.from(view)).toEqual(Array.from(copy))
    expect(buffer[0]).toBe(0)
  })
})
