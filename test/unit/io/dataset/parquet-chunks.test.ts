import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { parquetWriteFile } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import type { Contract } from '../../../../src/core/contract/contract.js'
import { createContractChecker } from '../../../../src/core/contract/create-contract-checker.js'
import { cellNumberOrNaN, type CellValue } from '../../../../src/core/data/cell-value.js'
import { chunkCell } from '../../../../src/core/data/column-chunk.js'
import { dataMessages } from '../../../../src/core/data/messages.js'
import { DataError } from '../../../../src/core/errors.js'
import {
  createColumnProfile,
  finishColumnProfile,
  profileAddParsed,
} from '../../../../src/core/profile/column-profile.js'
import { profileAddTextChunk } from '../../../../src/core/profile/profile-chunk.js'
import {
  columnChunksSupported,
  datasetHeader,
  parquetRowGroups,
  readColumnChunks,
  readDataset,
} from '../../../../src/io/dataset/index.js'
import { scanDataset } from '../../../../src/validate-data/scan-dataset.js'
import { expectRejection } from '../../../helpers/expect-rejection.js'
import { contractRuleArbitrary } from '../../../helpers/contract-rule-arbitrary.js'

const tmp = mkdtempSync(join(tmpdir(), 'modelgate-parquet-chunks-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

type ColumnData = Parameters<typeof parquetWriteFile>[0]['columnData'][number]

/** The row path, as scanDataset runs it on row batches: readDataset, numbers per cell, profileAddParsed, observe. */
async function rowPath(path: string, contract: Contract) {
  const header = await datasetHeader(path)
  const profiles = header.map((name) => createColumnProfile(name))
  const checker = createContractChecker(contract, header, path, { maxExamples: 3, uniqueLimit: 60 })
  const cells: CellValue[][] = header.map(() => [])
  const lines: number[] = []
  for await (const batch of readDataset(path, { columns: header, batchSize: 7 })) {
    const numbers = header.map(() => new Float64Array(batch.rows.length))
    header.forEach((_, j) =>
      batch.rows.forEach((row, r) => {
        const cell = row[j] ?? null
        const n = cellNumberOrNaN(cell)
        numbers[j]![r] = n
        profileAddParsed(profiles[j]!, cell, n)
        cells[j]!.push(typeof cell === 'number' && Number.isNaN(cell) ? null : cell)
      }),
    )
    checker.observe(batch.rows, batch.lines, numbers)
    lines.push(...batch.lines)
  }
  const scan = { profiles: profiles.map(finishColumnProfile), checks: checker.finish(), unique: checker.uniqueHashes() }
  return { scan, cells, lines }
}

/** The chunk path, as scanDataset's scanChunks runs it: readColumnChunks, profileAddTextChunk, observeChunk. */
async function chunkPath(path: string, contract: Contract, chunkRows: number) {
  const header = await datasetHeader(path)
  const profiles = header.map((name) => createColumnProfile(name))
  const checker = createContractChecker(contract, header, path, { maxExamples: 3, uniqueLimit: 60 })
  const cells: CellValue[][] = header.map(() => [])
  const lines: number[] = []
  for await (const chunk of readColumnChunks(path, { columns: header, chunkRows })) {
    chunk.cells.forEach((c, j) => {
      for (let r = 0; r < c.length; r++) cells[j]!.push(chunkCell(c, r))
      profileAddTextChunk(profiles[j]!, c)
    })
    checker.observeChunk(chunk)
    lines.push(...chunk.lines)
  }
  const scan = { profiles: profiles.map(finishColumnProfile), checks: checker.finish(), unique: checker.uniqueHashes() }
  return { scan, cells, lines }
}

const words = fc.constantFrom(
  'a',
  'b',
  'é',
  'true',
  'No',
  '2024-02-29',
  '2024-02-30',
  '',
  ' 7 ',
  '12',
  '1e3',
  'NaN',
  'x',
)

/** A column of one Parquet type with nulls (at rate `nulls`), as hyparquet-writer takes it. */
function columnOf(kind: number, rows: number): fc.Arbitrary<{ data: unknown[]; type: ColumnData['type'] }> {
  const withNulls = <T>(value: fc.Arbitrary<T>) =>
    fc.array(fc.option(value, { freq: 4, nil: null }), { minLength: rows, maxLength: rows })
  switch (kind) {
    case 0:
      return withNulls(fc.integer({ min: -20, max: 20 })).map((data) => ({ data, type: 'INT32' }))
    case 1:
      return withNulls(
        fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(Number.NaN, Infinity, -0, 0.1)),
      ).map((data) => ({ data, type: 'DOUBLE' }))
    case 2:
      return withNulls(
        fc.oneof(fc.bigInt({ min: -30n, max: 30n }), fc.constantFrom(2n ** 60n, -(2n ** 62n), 9007199254740993n)),
      ).map((data) => ({ data, type: 'INT64' }))
    case 3:
      return withNulls(fc.boolean()).map((data) => ({ data, type: 'BOOLEAN' }))
    case 4:
      return withNulls(words).map((data) => ({ data, type: 'STRING' }))
    case 5:
      return withNulls(fc.integer({ min: 0, max: 4 }).map((d) => new Date(Date.UTC(2024, 1, 27 + d)))).map((data) => ({
        data,
        type: 'TIMESTAMP',
      }))
    default:
      return withNulls(fc.float({ min: -3, max: 3, noNaN: true })).map((data) => ({ data, type: 'FLOAT' }))
  }
}

const rule = contractRuleArbitrary({ min: false, max: true })

const scenario = fc
  .record({
    kinds: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 }),
    rows: fc.integer({ min: 0, max: 60 }),
    rules: fc.array(rule, { minLength: 5, maxLength: 5 }),
  })
  .chain(({ kinds, rows, rules }) =>
    fc.record({
      rules: fc.constant(rules),
      columns: fc.tuple(...kinds.map((k) => columnOf(k, rows))),
      rowGroupSize: fc.integer({ min: 1, max: 70 }),
      chunkRows: fc.integer({ min: 1, max: 20 }),
    }),
  )

let files = 0
function writeParquet(columns: { data: unknown[]; type: ColumnData['type'] }[], rowGroupSize: number): string {
  const path = join(tmp, `t${files++}.parquet`)
  parquetWriteFile({
    filename: path,
    columnData: columns.map(({ data, type }, j) => ({ name: `c${j}`, data, type, nullable: true }) as ColumnData),
    rowGroupSize,
  })
  return path
}

describe('readColumnChunks(parquet)', () => {
  it('yields the cells, lines, profiles and contract checks of the row path on random files', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ rules, columns, rowGroupSize, chunkRows }) => {
        const path = writeParquet(columns, rowGroupSize)
        const contract: Contract = {
          columns: Object.fromEntries(columns.map((_, j) => [`c${j}`, rules[j]!])),
          rows: { min: 2 },
        }
        expect(await chunkPath(path, contract, chunkRows)).toEqual(await rowPath(path, contract))
      }),
      { numRuns: 120 },
    )
  })

  it('equals the row path across the category cap (freeze, hashing) and the uniqueness limit', async () => {
    const n = 3000
    let state = 7
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
    const path = writeParquet(
      [
        { data: Array.from({ length: n }, (_, r) => r), type: 'INT32' },
        { data: Array.from({ length: n }, () => Math.round(next() * 1e5) / 1e3), type: 'DOUBLE' },
        { data: Array.from({ length: n }, () => `w${Math.floor(next() * 2500)}`), type: 'STRING' },
        {
          data: Array.from({ length: n }, (_, r) => (next() < 0.05 ? null : r > 2000 ? 10 ** (r % 9) : r)),
          type: 'DOUBLE',
        },
      ],
      1100,
    )
    const contract: Contract = {
      columns: {
        c0: { type: 'int', unique: true },
        c1: { type: 'float', min: 1, strict_max: true, max: 99 },
        c2: { type: 'category', unique: true, pattern: '^w1' },
        c3: { type: 'int', unique: true, max_null_fraction: 0.1 },
      },
    }
    const { scan } = await rowPath(path, contract)
    for (const chunkRows of [100, 777, 8192]) expect((await chunkPath(path, contract, chunkRows)).scan).toEqual(scan)
    // validate-data's scan reads Parquet as chunks: the same profiles and checks.
    const scanned = await scanDataset(path, contract, { maxExamples: 3, signal: new AbortController().signal })
    expect(scanned.profiles).toEqual(scan.profiles)
    expect(scanned.contractChecks?.map((c) => c.id)).toEqual(scan.checks.map((c) => c.id))
  })

  it('reads a required INT64 column (a BigInt64Array) as numbers, or as text past 2^53, like the row path', async () => {
    for (const data of [
      [1n, -2n, 2n ** 53n - 1n],
      [1n, 2n ** 60n, 3n],
    ]) {
      const path = join(tmp, `i64-${files++}.parquet`)
      parquetWriteFile({
        filename: path,
        columnData: [{ name: 'c0', data: BigInt64Array.from(data), type: 'INT64', nullable: false }],
      })
      const contract: Contract = { columns: { c0: { type: 'int', unique: true } } }
      const chunked = await chunkPath(path, contract, 2)
      expect(chunked).toEqual(await rowPath(path, contract))
      expect(chunked.cells[0]).toEqual(data.map((v) => (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString())))
    }
  })

  it('reads a range of row groups (parquetRowGroups) with the lines of the whole file', async () => {
    const path = writeParquet([{ data: Array.from({ length: 25 }, (_, r) => r), type: 'INT32' }], 10)
    expect(await parquetRowGroups(path)).toEqual({ count: 3, rows: [10, 10, 5] })
    const cells: CellValue[] = []
    const lines: number[] = []
    for await (const chunk of readColumnChunks(path, { rowGroups: { first: 1, count: 2 }, chunkRows: 4 })) {
      for (let r = 0; r < chunk.length; r++) cells.push(chunkCell(chunk.cells[0]!, r))
      lines.push(...chunk.lines)
    }
    expect(cells).toEqual(Array.from({ length: 15 }, (_, i) => i + 10))
    expect(lines).toEqual(Array.from({ length: 15 }, (_, i) => i + 12))
    await expect(async () => {
      for await (const _ of readColumnChunks(path, { rowGroups: { first: 2, count: 2 } })) void _
    }).rejects.toThrow(RangeError)
  })

  it('projects (a name twice shares one column), and a column the file lacks is the row path DataError', async () => {
    const path = writeParquet(
      [
        { data: [1, 2, 3], type: 'INT32' },
        { data: ['x', null, 'y'], type: 'STRING' },
      ],
      2,
    )
    expect(columnChunksSupported(path)).toBe(true)
    const seen: CellValue[][] = []
    for await (const chunk of readColumnChunks(path, { columns: ['c1', 'c0', 'c1'] })) {
      expect(chunk.columns).toEqual(['c1', 'c0', 'c1'])
      expect(chunk.cells[0]).toBe(chunk.cells[2])
      for (let r = 0; r < chunk.length; r++) seen.push(chunk.cells.map((c) => chunkCell(c, r)))
    }
    expect(seen).toEqual([
      ['x', 1, 'x'],
      [null, 2, null],
      ['y', 3, 'y'],
    ])
    const error = await expectRejection(
      (async () => {
        for await (const _ of readColumnChunks(path, { columns: ['nope'] })) void _
      })(),
      DataError,
    )
    expect(error.message).toBe(dataMessages.missingColumn(path, 'nope', ['c0', 'c1']))
  })
})
