import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Contract } from '../../../src/core/contract/contract.js'
import { candidateCsvRangesAt, datasetHeader } from '../../../src/io/dataset/index.js'
import { scanDataset, type DatasetScan } from '../../../src/validate-data/scan-dataset.js'
import type { ScanPartition } from '../../../src/validate-data/scan-partition.js'
import { contractRuleArbitrary } from '../../helpers/contract-rule-arbitrary.js'
import { expectSameScan, scanParts } from '../../helpers/same-scan.js'

const dir = mkdtempSync(join(tmpdir(), 'scan-ranges-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const options = { maxExamples: 3, signal: new AbortController().signal }

/** The split scan as scanDatasets runs it, with each range scanned on this thread instead of a worker. */
async function splitScan(
  path: string,
  contract: Contract | undefined,
  cuts: readonly number[],
  profiled?: readonly string[],
) {
  const header = await datasetHeader(path)
  const ranges = await candidateCsvRangesAt(path, header, () => cuts)
  const plan: ScanPartition[] =
    ranges === undefined ? [{ kind: 'whole-file' }] : ranges.map((r) => ({ kind: 'csv-bytes', ...r }))
  const { scan, merged } = await scanParts(path, contract, plan, profiled)
  return { scan, merged, ranges: plan.length }
}

const texts = fc.constantFrom(
  'a',
  'b',
  'é',
  'true',
  'No',
  '2024-02-29',
  'x"y',
  'a,b',
  'l1\nl2',
  'c\r\nd',
  '',
  ' 7 ',
  'NA',
)
const cellOf = (kind: number) =>
  kind === 0
    ? fc.integer({ min: -20, max: 20 }).map(String)
    : kind === 1
      ? fc.double({ min: -5, max: 5, noNaN: true }).map((x) => x.toFixed(3))
      : kind === 2
        ? texts
        : fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), texts)

function quote(text: string, always: boolean): string {
  return always || /[",\n\r]/.test(text) || text === '' ? `"${text.replaceAll('"', '""')}"` : text
}

const column = contractRuleArbitrary({ min: true, max: false })

const scenario = fc
  .record({
    kinds: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    rows: fc.integer({ min: 0, max: 60 }),
  })
  .chain(({ kinds, rows }) =>
    fc.record({
      kinds: fc.constant(kinds),
      rules: fc.array(column, { minLength: kinds.length, maxLength: kinds.length }),
      cells: fc.array(
        fc.tuple(...kinds.map((k) => fc.tuple(cellOf(k), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()))),
        { minLength: rows, maxLength: rows },
      ),
      nulls: fc.double({ min: 0, max: 0.3, noNaN: true }),
      crlf: fc.boolean(),
      blankLines: fc.boolean(),
      withContract: fc.boolean(),
      // Only c0 profiled in full (a contract run without drift), the other columns counted.
      profileFirst: fc.boolean(),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
    }),
  )

describe('a CSV file scanned in byte ranges', () => {
  let runs = 0
  let merged = 0
  it('gives the sequential scan (checks, examples with their lines, profiles) at random cuts', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenario,
        async ({ kinds, rules, cells, nulls, crlf, blankLines, withContract, profileFirst, cuts }) => {
          const eol = crlf ? '\r\n' : '\n'
          const header = kinds.map((_, j) => `c${j}`)
          const body = cells.map(
            (row, r) =>
              (blankLines && r % 7 === 3 ? eol : '') +
              row.map(([text, u, always]) => (u < nulls ? '' : quote(text, always && u > 0.8))).join(','),
          )
          const path = join(dir, `t${runs++}.csv`)
          const bytes = Buffer.from([header.join(','), ...body].join(eol) + eol, 'utf8')
          writeFileSync(path, bytes)
          const contract: Contract | undefined = withContract
            ? { columns: Object.fromEntries(header.map((name, j) => [name, rules[j]!])), rows: { min: 2 } }
            : undefined
          const at = [...cuts].sort((x, y) => x - y).map((f) => Math.floor(f * bytes.length))
          const profiled = profileFirst ? ['c0'] : undefined
          const wholeOptions = profiled === undefined ? options : { ...options, profiled }
          const whole = await scanDataset(path, contract, wholeOptions).catch((error: unknown) => error)
          const split = await splitScan(path, contract, at, profiled).catch((error: unknown) => ({ error }))
          if (whole instanceof Error) {
            expect((split as { error: unknown }).error).toEqual(whole)
            return
          }
          const { scan, merged: wasMerged } = split as Awaited<ReturnType<typeof splitScan>>
          if (wasMerged) merged++
          expectSameScan(scan, whole as DatasetScan)
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 250) },
    )
    // Most tables split into proven ranges and merge (the rest fall back to one pass, which is trivially equal).
    console.log('RUNS', runs, 'MERGED', merged)
    expect(merged).toBeGreaterThan(runs / 3)
  })
})
