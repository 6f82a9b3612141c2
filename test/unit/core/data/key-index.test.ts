import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KeyIndex } from '../../../../src/core/data/key-index.js'

const encoder = new TextEncoder()

describe('KeyIndex', () => {
  it('keeps first-seen codes and texts across many rehashes of its table', () => {
    const keys = new KeyIndex()
    const n = 50_000
    for (let i = 0; i < n; i++) expect(keys.codeOfText(`r${i}`)).toBe(i)
    // Seen again (in another order), every key finds its code; nothing new is added.
    for (let i = n - 1; i >= 0; i--) expect(keys.codeOfText(`r${i}`)).toBe(i)
    expect(keys.size).toBe(n)
    expect(keys.text(12_345)).toBe('r12345')
    expect(keys.byteLength(n - 1)).toBe(`r${n - 1}`.length)
  })

  it('tells apart keys of one length that differ in a single byte, at any position, in a full table', () => {
    // All 4⁶ keys of length 6 over four letters: probe chains are long near 3/4 full, and every key has neighbours
    // that differ from it only in its first, a middle or its last byte.
    const letters = ['a', 'b', 'c', 'd']
    const texts = Array.from({ length: 4 ** 6 }, (_, k) =>
      Array.from({ length: 6 }, (_, p) => letters[Math.floor(k / 4 ** p) % 4]).join(''),
    )
    const keys = new KeyIndex()
    texts.forEach((text, k) => expect(keys.codeOfText(text)).toBe(k))
    texts.forEach((text, k) => expect(keys.codeOfText(text)).toBe(k))
    expect(keys.size).toBe(texts.length)
  })

  it('codes keys as a Map of their texts does, from strings or from bytes inside a larger buffer', () => {
    // Short alphabets make equal lengths and shared prefixes and suffixes common (the byte compare's cases);
    // long keys outgrow the arena in one step.
    const key = fc.oneof(
      { arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', '0', '1'), maxLength: 6 }), weight: 20 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 5 },
      { arbitrary: fc.string({ unit: fc.constantFrom('x', 'é'), minLength: 40_000, maxLength: 70_000 }), weight: 1 },
    )
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.boolean(), (texts, asBytes) => {
        const keys = new KeyIndex()
        const expected = new Map<string, number>()
        for (const text of texts) {
          if (!expected.has(text)) expected.set(text, expected.size)
          const bytes = encoder.encode(text)
          const padded = new Uint8Array(bytes.length + 4).fill(120)
          padded.set(bytes, 2)
          const code = asBytes ? keys.code(padded, 2, 2 + bytes.length) : keys.codeOfText(text)
          expect(code).toBe(expected.get(text))
        }
        expect(keys.size).toBe(expected.size)
        for (const [text, code] of expected) {
          expect(keys.text(code)).toBe(text)
          expect(keys.byteLength(code)).toBe(encoder.encode(text).length)
        }
      }),
      { numRuns: 200 },
    )
  })
})
