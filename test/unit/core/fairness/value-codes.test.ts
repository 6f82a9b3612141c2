// valueCodes codes a sensitive column across a file's chunks by text, in order of first appearance: short fields by
// their packed bytes, long ones (and typed chunks) through the chunk's dictionary, with the same codes either way.
import { describe, expect, it } from 'vitest'
import { NativeColumnChunk, TextColumnChunk, CELL_TEXT } from '../../../../src/core/data/column-chunk.js'
import { valueCodes } from '../../../../src/core/fairness/value-codes.js'

/** A CSV chunk column of these fields (null: missing), their bytes back to back. */
function textChunk(fields: readonly (Uint8Array | string | null)[]): TextColumnChunk {
  const parts = fields.map((f) => (f === null ? new Uint8Array(0) : typeof f === 'string' ? Buffer.from(f) : f))
  const bytes = Buffer.concat(parts)
  const starts = new Int32Array(fields.length)
  const ends = new Int32Array(fields.length)
  let at = 0
  parts.forEach((part, r) => {
    starts[r] = at
    at += part.length
    ends[r] = at
  })
  const missing = Uint8Array.from(fields, (f) => (f === null ? 1 : 0))
  const nonAscii = Uint8Array.from(parts, (part) => (part.some((b) => b >= 0x80) ? 1 : 0))
  const decode = (b: Uint8Array, s: number, e: number): string => Buffer.from(b.subarray(s, e)).toString('utf8')
  return new TextColumnChunk(
    fields.length,
    bytes,
    starts,
    ends,
    new Float64Array(fields.length).fill(NaN),
    missing,
    nonAscii,
    decode,
  )
}

function codesOf(codes: ReturnType<typeof valueCodes>, chunk: TextColumnChunk): number[] {
  const out = new Int32Array(chunk.length)
  codes.rowCodes(chunk, chunk.length, out)
  return Array.from(out)
}

describe('valueCodes', () => {
  it('valueCodes().rowCodes(chunk) codes short and long fields by first appearance across chunks', () => {
    const codes = valueCodes()
    expect(codesOf(codes, textChunk(['F', 'Northern Europe', null, 'F', '', 'M']))).toEqual([0, 1, 2, 0, 3, 4])
    expect(codesOf(codes, textChunk(['M', 'X', 'Northern Europe', null, 'Southern Europe', 'F']))).toEqual([
      4, 5, 1, 2, 6, 0,
    ])
    expect(codes.entries).toEqual(['F', 'Northern Europe', null, '', 'M', 'X', 'Southern Europe'])
  })

  it('valueCodes().rowCodes(chunk) gives byte spellings that decode alike (invalid UTF-8) one code', () => {
    const codes = valueCodes()
    expect(
      codesOf(codes, textChunk([Uint8Array.of(0xff), Uint8Array.of(0xfe), 'é', Uint8Array.of(0xc3, 0xa9)])),
    ).toEqual([0, 0, 1, 1])
    expect(codes.entries).toEqual(['\uFFFD', 'é'])
  })

  it('valueCodes().rowCodes(chunk) codes the values of a typed (Parquet) chunk as their texts', () => {
    const codes = valueCodes()
    codes.codeOf('b')
    const chunk = new NativeColumnChunk(
      3,
      new Float64Array(3),
      Uint8Array.of(0, 1, 0),
      new Uint8Array(3).fill(CELL_TEXT),
      Int32Array.of(0, -1, 1),
      ['a', 'b'],
    )
    expect(codesOf(codes, chunk)).toEqual([1, 2, 0])
    expect(codes.entries).toEqual(['b', 'a', null])
  })

  it('valueCodes() keeps its codes when its table grows past many short values', () => {
    const codes = valueCodes()
    const fields = Array.from({ length: 500 }, (_, i) => `v${i}`)
    expect(codesOf(codes, textChunk(fields))).toEqual(fields.map((_, i) => i))
    expect(codesOf(codes, textChunk([...fields].reverse()))).toEqual(fields.map((_, i) => 499 - i))
  })
})
