import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ColumnParts } from '../../../../src/core/data/column-parts.js'

describe('ColumnParts', () => {
  it('joins the chunks in order with no bound, a bound that holds and a bound that is too small (property)', () => {
    const chunks = fc.array(fc.array(fc.double({ noNaN: true }), { maxLength: 30 }), { maxLength: 10 })
    fc.assert(
      fc.property(chunks, fc.option(fc.nat({ max: 400 })), (parts, bound) => {
        const column = new ColumnParts((n) => new Float64Array(n), bound ?? undefined)
        for (const part of parts) column.push(Float64Array.from(part))
        const all = parts.flat()
        expect(column.length).toBe(all.length)
        expect(Array.from(column.joined())).toEqual(all)
      }),
      { numRuns: 300 },
    )
  })

  it('fills one array when the bound holds (no join)', () => {
    const column = new ColumnParts((n) => new Int32Array(n), 10)
    column.push(Int32Array.of(1, 2, 3))
    column.push(Int32Array.of(4))
    const whole = column.joined()
    expect(Array.from(whole)).toEqual([1, 2, 3, 4])
    expect(whole.buffer.byteLength).toBe(40)
  })
})
