// valueCodes codes a sensitive column across a file's chunks by text, in order of first appearance: short fields by
// their packed bytes, long ones (and typed chunks) through the chunk's dictionary, with the same codes either way.
import { describe, expect, it } from 'vitest'
import { NativeColumnChunk, type TextColumnChunk, CELL_TEXT } from '../../../../src/core/data/column-chunk.js'
import { predictionFold } from '../../../../src/core/fairness/prediction-fold.js'
import { valueCodes } from '../../../../src/core/fairness/value-codes.js'
import { textChunk } from '../../../helpers/text-chunk.js'

function codesOf(codes: ReturnType<typeof valueCodes>, chunk: TextColumnChunk): number[] {
  const out = new Int32Array(chunk.length)
  codes.rowCodes(chunk, chunk.length, out)
  return Array.from(out)
}

describe('valueCodes and predictionFold (codes, combinations, merge)', () => {
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

  it('predictionFold(...).add keeps folding when the combinations of a chunk pass 2^53 keys', () => {
    const n = 1 << 14 // four columns of 2^14 values each: 2^56 keys
    const column = (j: number) => textChunk(Array.from({ length: n }, (_, r) => `${j}:${r}`))
    const zeros = textChunk(Array.from({ length: n }, () => '0'))
    for (let r = 0; r < n; r++) zeros.numbers[r] = 0
    const fold = predictionFold(['a', 'b', 'c', 'd'], { kind: 'binary' })
    expect(fold.add(n, zeros, zeros, [0, 1, 2, 3].map(column))).toBe(true)
    const result = fold.result()
    expect(fold.rows).toBe(n)
    expect(result.weights?.length).toBe(n)
    expect(result.sensitive[3]).toMatchObject({ name: 'd', entries: Array.from({ length: n }, (_, r) => `3:${r}`) })
  })

  it('predictionFold(...).merge of two folds equals one fold of their rows, past many combinations', () => {
    const values = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, r) => `value ${(from + r) % 300}`)
    const binary = (n: number, bit: number) => {
      const chunk = textChunk(Array.from({ length: n }, () => '0'))
      for (let r = 0; r < n; r++) chunk.numbers[r] = (r >> bit) & 1
      return chunk
    }
    const foldOf = (from: number, to: number) => {
      const fold = predictionFold(['g'], { kind: 'binary' })
      fold.add(to - from, binary(to - from, 0), binary(to - from, 1), [textChunk(values(from, to))])
      return fold
    }
    const merged = predictionFold(['g'], { kind: 'binary' })
    merged.merge(foldOf(0, 400).result(), 400)
    merged.merge(foldOf(400, 1000).result(), 600)
    const one = predictionFold(['g'], { kind: 'binary' })
    one.add(400, binary(400, 0), binary(400, 1), [textChunk(values(0, 400))])
    one.add(600, binary(600, 0), binary(600, 1), [textChunk(values(400, 1000))])
    expect(merged.rows).toBe(1000)
    expect(merged.result()).toEqual(one.result())
    expect(Array.from(merged.result().weights ?? []).reduce((a, b) => a + b, 0)).toBe(1000)
  })
})
