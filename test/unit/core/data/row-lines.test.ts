import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RowLines } from '../../../../src/core/data/row-lines.js'

describe('RowLines', () => {
  it('gives every row the line it was added with, whatever the chunks (property)', () => {
    // Chunks of rising lines with gaps (line breaks inside fields) or without, empty chunks included.
    const chunk = fc.array(fc.nat({ max: 3 }), { maxLength: 20 })
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 12 }), (gapsPerChunk) => {
        const lines = new RowLines()
        const all: number[] = []
        let line = 1
        for (const gaps of gapsPerChunk) {
          const part = gaps.map((gap) => (line += 1 + gap))
          lines.add(part)
          all.push(...part)
        }
        expect(lines.length).toBe(all.length)
        expect(Array.from(lines)).toEqual(all)
        all.forEach((expected, row) => expect(lines.at(row)).toBe(expected))
        for (const outside of [-1, all.length, 0.5, Number.NaN]) expect(lines.at(outside)).toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })

  it('keeps one number for a chunk of consecutive lines', () => {
    const lines = new RowLines()
    lines.add(Float64Array.from({ length: 8192 }, (_, i) => 2 + i))
    lines.add([8194, 8196])
    expect(lines.at(8191)).toBe(8193)
    expect(lines.at(8193)).toBe(8196)
    expect((lines as unknown as { parts: unknown[] }).parts).toEqual([2, Uint32Array.of(8194, 8196)])
  })
})
