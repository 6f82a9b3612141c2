// A Parquet file scanned as runs of row groups (one per worker) and merged gives the sequential scan: profiles,
// contract checks with their counts, and the rows (lines) of the offending examples.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { parquetWriteFile } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import type { Contract } from '../../../src/core/contract/contract.js'
import { scanDataset, type DatasetScan } from '../../../src/validate-data/scan-dataset.js'
import { planParquetRowGroups, type ScanPartition } from '../../../src/validate-data/scan-partition.js'
import { joinRanges } from '../../../src/validate-data/scan-workers.js'
import { contractRuleArbitrary } from '../../helpers/contract-rule-arbitrary.js'
import { expectSameScan, scanParts } from '../../helpers/same-scan.js'

const dir = mkdtempSync(join(tmpdir(), 'scan-row-groups-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const options = { maxExamples: 3, signal: new AbortController().signal }

/** The split scan as scanDatasets runs it on the plan planParquetRowGroups makes (any file size). */
async function splitScan(path: string, contract: Contract | undefined, parts: number, profiled?: readonly string[]) {
  const plan: ScanPartition[] = await planParquetRowGroups(path, parts, 0)
  return { ...(await scanParts(path, contract, plan, profiled)), plan }
}

type ColumnData = Parameters<typeof parquetWriteFile>[0]['columnData'][number]

const words = fc.constantFrom('a', 'b', 'é', 'true', 'No', '2024-02-29', '', ' 7 ', '12', 'NaN', 'x')

function columnOf(kind: number, rows: number): fc.Arbitrary<{ data: unknown[]; type: ColumnData['type'] }> {
  const withNulls = <T>(value: fc.Arbitrary<T>) =>
    fc.array(fc.option(value, { freq: 5, nil: null }), { minLength: rows, maxLength: rows })
  switch (kind) {
    case 0:
      return withNulls(fc.integer({ min: -20, max: 20 })).map((data) => ({ data, type: 'INT32' }))
    case 1:
      return withNulls(fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constant(Number.NaN))).map((data) => ({
        data,
        type: 'DOUBLE',
      }))
    case 2:
      return withNulls(fc.bigInt({ min: -30n, max: 30n })).map((data) => ({ data, type: 'INT64' }))
    case 3:
      return withNulls(fc.boolean()).map((data) => ({ data, type: 'BOOLEAN' }))
    default:
      return withNulls(words).map((data) => ({ data, type: 'STRING' }))
  }
}

const rule = contractRuleArbitrary({ min: true, max: true })

const scenario = fc
  .record({
    kinds: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
    rows: fc.integer({ min: 2, max: 120 }),
  })
  .chain(({ kinds, rows }) =>
    fc.record({
      columns: fc.tuple(...kinds.map((k) => columnOf(k, rows))),
      rules: fc.array(rule, { minLength: kinds.length, maxLength: kinds.length }),
      rowGroupSize: fc.integer({ min: 1, max: 50 }),
      parts: fc.integer({ min: 2, max: 4 }),
      withContract: fc.boolean(),
      // Only c0 profiled in full (a contract run without drift), the other columns counted.
      profileFirst: fc.boolean(),
    }),
  )

let files = 0

describe('a Parquet file scanned in runs of row groups', () => {
  it('gives the sequential scan (profiles, checks, examples with their lines)', async () => {
    let merged = 0
    let runs = 0
    await fc.assert(
      fc.asyncProperty(scenario, async ({ columns, rules, rowGroupSize, parts, withContract, profileFirst }) => {
        runs++
        const path = join(dir, `t${files++}.parquet`)
        parquetWriteFile({
          filename: path,
          columnData: columns.map(({ data, type }, j) => ({ name: `c${j}`, data, type, nullable: true }) as ColumnData),
          rowGroupSize,
        })
        const contract: Contract | undefined = withContract
          ? { columns: Object.fromEntries(columns.map((_, j) => [`c${j}`, rules[j]!])), rows: { min: 2 } }
          : undefined
        const profiled = profileFirst ? ['c0'] : undefined
        const whole = await scanDataset(path, contract, profiled === undefined ? options : { ...options, profiled })
        const split = await splitScan(path, contract, parts, profiled)
        if (split.merged) merged++
        expectSameScan(split.scan, whole)
      }),
      { numRuns: 150 },
    )
    // Many files split and merge (a value repeated across runs in a unique column, or categories that reach the cap
    // only together, fall back to one pass, which is trivially equal).
    expect(merged).toBeGreaterThan(runs / 4)
  })

  it('keeps the file lines of offending rows in every run', async () => {
    const path = join(dir, 'lines.parquet')
    const data = Array.from({ length: 1000 }, (_, r) => (r % 97 === 5 ? -r : r % 50))
    parquetWriteFile({ filename: path, columnData: [{ name: 'x', data, type: 'INT32' }], rowGroupSize: 100 })
    const contract: Contract = { columns: { x: { type: 'int', min: 0 } } }
    const { scan, plan, merged } = await splitScan(path, contract, 2)
    expect(plan).toEqual([
      { kind: 'parquet-row-groups', first: 0, count: 5 },
      { kind: 'parquet-row-groups', first: 5, count: 5 },
    ])
    expect(merged).toBe(true)
    const min = scan.contractChecks?.find((c) => c.id === 'contract.x.min')
    expect(min?.observed).toBe(11)
    const whole: DatasetScan = await scanDataset(path, contract, { ...options, maxExamples: 20 })
    const split20 = await joinRanges(
      { path, contract },
      plan,
      await Promise.all(
        plan.map(async (p) => ({
          ok: true as const,
          scan: await scanDataset(path, contract, {
            ...options,
            maxExamples: 20,
            ...(p.kind === 'parquet-row-groups' ? { rowGroups: p } : {}),
          }),
        })),
      ),
      { ...options, maxExamples: 20 },
    )
    const lines = (s: DatasetScan) => s.contractChecks?.find((c) => c.id === 'contract.x.min')?.locations
    // Rows 5, 102, 199, … : file lines row + 2, in both halves.
    expect(lines(split20)).toEqual(lines(whole))
    expect(lines(whole)?.map((l) => l.line)).toEqual(Array.from({ length: 11 }, (_, k) => 5 + 97 * k + 2))
  })
})

describe('planParquetRowGroups', () => {
  it('runs of row groups with about equal rows; one part for a small or single-group file', async () => {
    const path = join(dir, 'plan.parquet')
    parquetWriteFile({
      filename: path,
      columnData: [{ name: 'x', data: Array.from({ length: 1000 }, (_, r) => r), type: 'INT32' }],
      rowGroupSize: [100, 100, 100, 400, 300],
    })
    expect(await planParquetRowGroups(path, 2, 0)).toEqual([
      { kind: 'parquet-row-groups', first: 0, count: 4 },
      { kind: 'parquet-row-groups', first: 4, count: 1 },
    ])
    expect((await planParquetRowGroups(path, 8, 0)).map((p) => (p as { count: number }).count)).toEqual([1, 1, 1, 1, 1])
    expect(await planParquetRowGroups(path, 2)).toEqual([{ kind: 'whole-file' }])
    expect(await planParquetRowGroups(path, 1, 0)).toEqual([{ kind: 'whole-file' }])
    expect(await planParquetRowGroups(join(dir, 'missing.parquet'), 2, 0)).toEqual([{ kind: 'whole-file' }])
  })
})
