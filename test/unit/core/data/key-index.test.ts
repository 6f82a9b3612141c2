import { describe, expect, it } from 'vitest'
import { KeyIndex } from '../../../../src/core/data/key-index.js'

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
})
