import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { hashString64 } from '../../../../src/core/contract/hash-string64.js'
import {
  canonicalIntegerBytes,
  canonicalIntegerText,
  UniqueValues,
} from '../../../../src/core/contract/unique-values.js'
import { createContractChecker } from '../../../../src/core/contract/create-contract-checker.js'
import { CELL_NUMBER, CELL_TEXT, NativeColumnChunk } from '../../../../src/core/data/column-chunk.js'

const CANONICAL = /^(0|[1-9][0-9]{0,14})$/

// The texts a unique column holds: canonical integers (in runs that rise, fall or jump), their non-canonical
// spellings, long integers past the run's 15 digits, and other text.
const text = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom('0%', '+%', '%.0', '%e0', '-%', ' %'))
    .map(([n, spelling]) => spelling.replace('%', String(n))),
  fc.constantFrom('1000000000000000', '999999999999999', '9007199254740993', '', 'a', 'é', '0', '00'),
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', 'x'), maxLength: 4 }),
)
const rising = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }).map((steps) => {
  let at = 0
  return steps.map((s) => String((at += s)))
})

function hashKey(t: string): string {
  const out = new Uint32Array(2)
  hashString64(t, out)
  return `${out[0]}:${out[1] === 0 && out[0] === 0 ? 1 : out[1]}`
}

describe('UniqueValues', () => {
  it('says new exactly for the first occurrence of each text, and lists the hash of every distinct text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(rising, fc.array(text, { maxLength: 200 })), { maxLength: 4 }), (parts) => {
        const values = new UniqueValues()
        // The same texts as UTF-8 bytes (ASCII read in place, the rest decoded): the same answers, the same members.
        const byBytes = new UniqueValues()
        const decode = (b: Uint8Array, start: number, end: number): string =>
          Buffer.from(b).toString('utf8', start, end)
        const seen = new Set<string>()
        for (const t of parts.flat()) {
          const bytes = Buffer.from(t, 'utf8')
          const fresh = values.addText(t)
          const nonAscii = bytes.some((b) => b >= 128)
          if (byBytes.addBytes(bytes, 0, bytes.length, nonAscii, decode) !== fresh) return false
          if (fresh !== !seen.has(t)) return false
          seen.add(t)
        }
        const fromBytes = byBytes.members()
        const members = values.members()
        const pairs = (m: Uint32Array) =>
          Array.from({ length: m.length / 2 }, (_, i) => `${m[2 * i]}:${m[2 * i + 1]}`).sort()
        if (pairs(fromBytes).join() !== pairs(members).join()) return false
        const listed = new Set<string>()
        for (let i = 0; i < members.length; i += 2) listed.add(`${members[i]}:${members[i + 1]}`)
        return (
          values.size === seen.size &&
          members.length === 2 * seen.size &&
          [...seen].every((t) => listed.has(hashKey(t)))
        )
      }),
      { numRuns: 300 },
    )
  })

  it('reads a text as a canonical integer exactly when String(Number(text)) gives it back (at most 15 digits)', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string({ maxLength: 18 }), fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String)),
        (t) => {
          const value = canonicalIntegerText(t)
          const bytes = Buffer.from(t, 'latin1')
          const ascii = [...t].every((ch) => ch.charCodeAt(0) < 128)
          if (CANONICAL.test(t))
            return (
              value === Number(t) &&
              String(value) === t &&
              (!ascii || canonicalIntegerBytes(bytes, 0, bytes.length) === value)
            )
          return value === -1 && (!ascii || canonicalIntegerBytes(bytes, 0, bytes.length) === -1)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('keeps a million rising integers, finds the one repeated out of order, and lists a million hashes', () => {
    const values = new UniqueValues()
    let refused = 0
    for (let i = 1; i <= 1_000_000; i++) if (!values.addInteger(i)) refused++
    expect(refused).toBe(0)
    expect(values.addInteger(777_777)).toBe(false)
    expect(values.addInteger(0)).toBe(true)
    expect(values.addInteger(0)).toBe(false)
    expect(values.size).toBe(1_000_001)
    expect(values.members().length).toBe(2_000_002)
  })
})

describe('uniqueness of typed cells (Parquet, JSON Lines)', () => {
  it('counts a number and the same text as one value, and a non-canonical spelling as another', () => {
    // 5, '5' (a repeat), 5.5, '05', 7, 7 (a repeat), 1e15 (past the run: by its text), '1000000000000000' (a repeat)
    const numbers = new Float64Array([5, Number.NaN, 5.5, Number.NaN, 7, 7, 1e15, Number.NaN])
    const kinds = new Uint8Array([
      CELL_NUMBER,
      CELL_TEXT,
      CELL_NUMBER,
      CELL_TEXT,
      CELL_NUMBER,
      CELL_NUMBER,
      CELL_NUMBER,
      CELL_TEXT,
    ])
    const textIds = new Int32Array([-1, 0, -1, 1, -1, -1, -1, 2])
    const chunk = new NativeColumnChunk(8, numbers, new Uint8Array(8), kinds, textIds, ['5', '05', '1000000000000000'])
    const contract = { columns: { id: { type: 'category' as const, unique: true } } }
    const byChunk = createContractChecker(contract, ['id'], 'd.parquet')
    byChunk.observeChunk({
      columns: ['id'],
      length: 8,
      cells: [chunk],
      lines: Float64Array.from({ length: 8 }, (_, r) => r + 2),
    })
    const byRows = createContractChecker(contract, ['id'], 'd.parquet')
    const cells = [5, '5', 5.5, '05', 7, 7, 1e15, '1000000000000000']
    byRows.observe(
      cells.map((c) => [c]),
      cells.map((_, r) => r + 2),
    )
    const unique = (checks: ReturnType<typeof byRows.finish>) => checks.find((c) => c.id === 'contract.id.unique')
    expect(unique(byChunk.finish())).toMatchObject({ observed: 3, examples: [{ line: 3 }, { line: 7 }, { line: 9 }] })
    expect(unique(byChunk.finish())).toEqual(unique(byRows.finish()))
    expect(new Set(byChunk.uniqueHashes().get('id'))).toEqual(new Set(byRows.uniqueHashes().get('id')))
  })
})
