import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Contract } from '../../../../src/core/contract/contract.js'
import { createContractChecker } from '../../../../src/core/contract/create-contract-checker.js'
import { cellNumberOrNaN } from '../../../../src/core/data/cell-value.js'
import {
  createColumnProfile,
  finishColumnProfile,
  profileAddParsed,
} from '../../../../src/core/profile/column-profile.js'
import { profileAddTextChunk } from '../../../../src/core/profile/profile-chunk.js'
import { CsvParser } from '../../../../src/io/dataset/csv/csv-parser.js'
import { CsvTokenizer } from '../../../../src/io/dataset/csv/csv-tokenizer.js'
import { DEFAULT_NULL_VALUES } from '../../../../src/io/dataset/types.js'
import { contractRuleArbitrary } from '../../../helpers/contract-rule-arbitrary.js'

const options = { file: 'data.csv', delimiter: ',', nullValues: DEFAULT_NULL_VALUES }

/** The row path (what scanDataset did): CsvParser rows, numbers parsed per cell, profileAddParsed, observe. */
function rowPath(bytes: Buffer, contract: Contract, batch: number) {
  const parser = new CsvParser(options)
  parser.push(bytes)
  parser.end()
  const header = parser.columns ?? []
  const profiles = header.map((name) => createColumnProfile(name))
  const checker = createContractChecker(contract, header, 'data.csv', { maxExamples: 3, uniqueLimit: 50 })
  for (;;) {
    const { rows, lines } = parser.take(batch)
    if (rows.length === 0) break
    const numbers = header.map(() => new Float64Array(rows.length))
    header.forEach((_, j) =>
      rows.forEach((row, r) => {
        const n = cellNumberOrNaN(row[j] ?? null)
        ;(numbers[j] as Float64Array)[r] = n
        profileAddParsed(profiles[j]!, row[j] ?? null, n)
      }),
    )
    checker.observe(rows, lines, numbers)
  }
  return { profiles: profiles.map(finishColumnProfile), checks: checker.finish(), unique: checker.uniqueHashes() }
}

/** The chunk path: CsvTokenizer chunks, profileAddTextChunk, observeChunk. */
function chunkPath(bytes: Buffer, contract: Contract, chunkRows: number, cuts: number[]) {
  const tokenizer = new CsvTokenizer({ ...options, chunkRows })
  let at = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    tokenizer.push(bytes.subarray(at, cut))
    at = cut
  }
  tokenizer.push(bytes.subarray(at))
  tokenizer.end()
  const header = tokenizer.columns ?? []
  const profiles = header.map((name) => createColumnProfile(name))
  const checker = createContractChecker(contract, header, 'data.csv', { maxExamples: 3, uniqueLimit: 50 })
  for (const chunk of tokenizer.take()) {
    chunk.cells.forEach((c, j) => profileAddTextChunk(profiles[j]!, c))
    checker.observeChunk(chunk)
  }
  return { profiles: profiles.map(finishColumnProfile), checks: checker.finish(), unique: checker.uniqueHashes() }
}

const texts = fc.constantFrom('a', 'b', 'é', 'true', 'No', '2024-02-29', '2024-02-30', 'x"y', 'a,b', '', ' 7 ', 'NA')
const cellOf = (kind: number) =>
  kind === 0
    ? fc.integer({ min: -20, max: 20 }).map(String)
    : kind === 1
      ? fc.oneof(
          fc.double({ min: -5, max: 5, noNaN: true }).map((x) => x.toFixed(3)),
          fc.constant('1e400'),
        )
      : kind === 2
        ? texts
        : fc.oneof(fc.integer({ min: 0, max: 3 }).map(String), texts)

function quote(text: string): string {
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replaceAll('"', '""')}"` : text
}

const column = contractRuleArbitrary({ min: true, max: true })

const scenario = fc
  .record({
    kinds: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    rows: fc.integer({ min: 0, max: 40 }),
    nulls: fc.double({ min: 0, max: 0.4, noNaN: true }),
    rules: fc.array(column, { minLength: 4, maxLength: 4 }),
    seed: fc.integer(),
  })
  .chain(({ kinds, rows, nulls, rules }) =>
    fc.record({
      kinds: fc.constant(kinds),
      rules: fc.constant(rules),
      cells: fc.array(fc.tuple(...kinds.map((k) => fc.tuple(cellOf(k), fc.double({ min: 0, max: 1, noNaN: true })))), {
        minLength: rows,
        maxLength: rows,
      }),
      nulls: fc.constant(nulls),
      chunkRows: fc.integer({ min: 1, max: 16 }),
      batch: fc.integer({ min: 1, max: 16 }),
      cutFractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
    }),
  )

describe('contract checks and profiles over column chunks', () => {
  it('equal the row path on random tables, contracts and chunk boundaries', () => {
    fc.assert(
      fc.property(scenario, ({ kinds, rules, cells, nulls, chunkRows, batch, cutFractions }) => {
        const header = kinds.map((_, j) => `c${j}`)
        const body = cells.map((row) => row.map(([text, u]) => (u < nulls ? '' : quote(text))).join(','))
        const bytes = Buffer.from([header.join(','), ...body].join('\n') + '\n', 'utf8')
        const contract: Contract = {
          columns: Object.fromEntries(header.map((name, j) => [name, rules[j]!])),
          rows: { min: 2 },
        }
        const cuts = cutFractions.map((f) => Math.floor(f * bytes.length))
        expect(chunkPath(bytes, contract, chunkRows, cuts)).toEqual(rowPath(bytes, contract, batch))
      }),
      { numRuns: 300 },
    )
  })

  it('equal the row path across the category cap (freeze, hashing, samples) and the uniqueness limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 30 }), fc.integer({ min: 100, max: 5000 }), (seed, chunkRows) => {
        let state = seed
        const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
        const lines = ['id,score,word,mixed']
        for (let r = 0; r < 3000; r++) {
          const word = `w${Math.floor(next() * 2500)}`
          const mixed = r > 2000 && next() < 0.1 ? 'oops' : String(Math.floor(next() * 1500))
          lines.push(`${r},${(next() * 100).toFixed(next() < 0.5 ? 2 : 3)},${word},${next() < 0.05 ? '' : mixed}`)
        }
        const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8')
        const contract: Contract = {
          columns: {
            id: { type: 'int', unique: true },
            score: { type: 'float', min: 1, strict_max: true, max: 99 },
            word: { type: 'category', unique: true, pattern: '^w1' },
            mixed: { type: 'int', unique: true, max_null_fraction: 0.1 },
          },
        }
        expect(chunkPath(bytes, contract, chunkRows, [777, 20000])).toEqual(rowPath(bytes, contract, 4096))
      }),
      { numRuns: 6 },
    )
  })
})

describe('strict_min / strict_max (exclusive bounds)', () => {
  it('fail a value equal to the bound on the row path and the chunk path alike', () => {
    const contract: Contract = {
      columns: { a: { type: 'float', min: 1, strict_min: true, max: 3, strict_max: true }, b: { type: 'int', min: 1 } },
    }
    const bytes = Buffer.from('a,b\n1,1\n2,2\n3,0\n', 'utf8')
    const byId = (checks: { id: string; observed: unknown; message: string }[]) =>
      Object.fromEntries(checks.map((c) => [c.id, [c.observed, c.message]]))
    const rows = byId(rowPath(bytes, contract, 2).checks)
    expect(rows['contract.a.min']).toEqual([1, 'column "a": 1 value(s) at or below min 1 (strict_min)'])
    expect(rows['contract.a.max']).toEqual([1, 'column "a": 1 value(s) at or above max 3 (strict_max)'])
    expect(rows['contract.b.min']).toEqual([1, 'column "b": 1 value(s) below min 1'])
    expect(byId(chunkPath(bytes, contract, 2, [5]).checks)).toEqual(rows)
  })
})
