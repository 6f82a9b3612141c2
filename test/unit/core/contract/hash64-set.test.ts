import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Hash64Set } from '../../../../src/core/contract/hash64-set.js'
import { hashString64 } from '../../../../src/core/contract/hash-string64.js'

describe('Hash64Set', () => {
  it('Hash64Set.add(h) is true exactly for the first occurrence of each hash, across growth, whatever its start size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 20000 })), { maxLength: 20000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (pairs, expected) => {
          const set = new Hash64Set(expected)
          const seen = new Set<string>()
          for (const [high, low] of pairs) {
            const key = `${high}:${low === 0 && high === 0 ? 1 : low}`
            if (set.add(high, low) !== !seen.has(key)) return false
            seen.add(key)
          }
          const members = set.members()
          const listed = new Set<string>()
          for (let i = 0; i < members.length; i += 2) listed.add(`${members[i]}:${members[i + 1]}`)
          return set.size === seen.size && listed.size === seen.size && [...seen].every((key) => listed.has(key))
        },
      ),
      { numRuns: 50 },
    )
  })
  it.each([0, 1_000_000])('Hash64Set (sized for %i) keeps a million distinct hashes in 8–17 bytes each', (expected) => {
    const set = new Hash64Set(expected)
    const out = new Uint32Array(2)
    let refused = 0
    for (let i = 0; i < 1_000_000; i++) {
      hashString64(String(i), out)
      if (!set.add(out[0] as number, out[1] as number)) refused++
    }
    expect(refused).toBe(0)
    hashString64('123456', out)
    expect(set.add(out[0] as number, out[1] as number)).toBe(false)
    expect(set.size).toBe(1_000_000)
    expect(set.bytes / set.size).toBeGreaterThanOrEqual(8)
    expect(set.bytes / set.size).toBeLessThanOrEqual(17)
  })
})

describe('hashString64', () => {
  it('hashString64(text) gives distinct 64-bit hashes for distinct short strings', () => {
    const out = new Uint32Array(2)
    const hashes = new Set<string>()
    for (let i = 0; i < 200_000; i++) {
      hashString64(`id-${i}`, out)
      hashes.add(`${out[0]}:${out[1]}`)
    }
    expect(hashes.size).toBe(200_000)
    hashString64('a', out)
    expect([out[0], out[1]]).toEqual([1344023463, 2194241793])
  })
})
