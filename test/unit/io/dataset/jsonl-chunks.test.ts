import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { Contract } from '../../../../src/core/contract/contract.js'
import { createContractChecker } from '../../../../src/core/contract/create-contract-checker.js'
import { cellNumberOrNaN, type CellValue } from '../../../../src/core/data/cell-value.js'
import { chunkCell } from '../../../../src/core/data/column-chunk.js'
import { DataError } from '../../../../src/core/errors.js'
import {
  createColumnProfile,
  finishColumnProfile,
  profileAddParsed,
} from '../../../../src/core/profile/column-profile.js'
import { profileAddTextChunk } from '../../../../src/core/profile/profile-chunk.js'
import { readColumnChunks, readDataset } from '../../../../src/io/dataset/index.js'

const tmp = mkdtempSync(join(tmpdir(), 'modelgate-jsonl-chunks-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Cells by column (padded with nulls: a key first seen late), with the line of each row. */
type Table = { columns: string[]; cells: CellValue[][]; lines: number[] }

async function rowTable(path: string, columns?: string[]): Promise<Table> {
  const out: Table = { columns: [], cells: [], lines: [] }
  for await (const batch of readDataset(path, { batchSize: 5, ...(columns ? { columns } : {}) })) {
    out.columns = [...batch.columns]
    for (const row of batch.rows) out.cells.push([...row])
    out.lines.push(...batch.lines)
  }
  out.cells = out.cells.map((row) => [...row, ...new Array<CellValue>(out.columns.length - row.length).fill(null)])
  return out
}

async function chunkTable(path: string, chunkRows: number, columns?: string[]): Promise<Table> {
  const out: Table = { columns: [], cells: [], lines: [] }
  for await (const chunk of readColumnChunks(path, { chunkRows, ...(columns ? { columns } : {}) })) {
    out.columns = [...chunk.columns]
    for (let r = 0; r < chunk.length; r++) out.cells.push(chunk.cells.map((c) => chunkCell(c, r)))
    out.lines.push(...chunk.lines)
  }
  out.cells = out.cells.map((row) => [...row, ...new Array<CellValue>(out.columns.length - row.length).fill(null)])
  return out
}

/** A table, or the message of the error reading it gave. */
async function outcome(read: Promise<Table>): Promise<Table | string> {
  try {
    return await read
  } catch (error) {
    return (error as Error).message
  }
}

const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.constantFrom('a', 'é', '', ' 7 ', 'true', '2024-02-29', '12', 'x"y'),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ nested: [1, 'two'] }, [1, 2], {}),
)
const scenario = fc.record({
  rows: fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), value, { maxKeys: 5 }), { maxLength: 40 }),
  blank: fc.array(fc.boolean(), { maxLength: 40 }),
  chunkRows: fc.integer({ min: 1, max: 12 }),
})

function writeJsonl(rows: Record<string, unknown>[], blank: boolean[]): string {
  const path = join(tmp, `t${Math.random().toString(36).slice(2)}.jsonl`)
  const text = rows.map((row, i) => (blank[i] === true ? '  \n' : '') + JSON.stringify(row)).join('\n')
  writeFileSync(path, rows.length === 0 ? '{}\n' : text + '\n')
  return path
}

describe('readColumnChunks(jsonl)', () => {
  it('yields the cells and lines of the row path on random files (nulls, nested values, missing keys)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ rows, blank, chunkRows }) => {
        const path = writeJsonl(rows, blank)
        expect(await chunkTable(path, chunkRows)).toEqual(await rowTable(path))
        const projection = ['c', 'a', 'c']
        expect(await outcome(chunkTable(path, chunkRows, projection))).toEqual(
          await outcome(rowTable(path, projection)),
        )
      }),
      { numRuns: 150 },
    )
  })

  it('gives the same profiles and contract checks as the row path (chunks fed to the chunk consumers)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ rows, blank, chunkRows }) => {
        const path = writeJsonl(rows, blank)
        const columns = ['a', 'b', 'c', 'd', 'e'].filter((k) => rows.some((row) => k in row))
        if (columns.length === 0) return
        const contract: Contract = {
          columns: {
            [columns[0]!]: { type: 'int', unique: true, min: 0 },
            ...(columns[1] ? { [columns[1]]: { type: 'bool', pattern: '^t', max_length: 2 } } : {}),
          },
        }
        const table = await rowTable(path, columns)
        // The row path, as scanDataset runs it: each cell's number parsed once, profileAddParsed, observe.
        const profiles = columns.map((name) => createColumnProfile(name))
        const rowChecker = createContractChecker(contract, columns, 'x.jsonl', { maxExamples: 3, uniqueLimit: 40 })
        const numbers = columns.map((_, j) => Float64Array.from(table.cells, (cells) => cellNumberOrNaN(cells[j]!)))
        table.cells.forEach((cells, r) =>
          cells.forEach((cell, j) => profileAddParsed(profiles[j]!, cell, numbers[j]![r]!)),
        )
        rowChecker.observe(table.cells, table.lines, numbers)
        const chunked = columns.map((name) => createColumnProfile(name))
        const checker = createContractChecker(contract, columns, 'x.jsonl', { maxExamples: 3, uniqueLimit: 40 })
        for await (const chunk of readColumnChunks(path, { chunkRows, columns })) {
          chunk.cells.forEach((c, j) => profileAddTextChunk(chunked[j]!, c))
          checker.observeChunk(chunk)
        }
        expect(chunked.map(finishColumnProfile)).toEqual(profiles.map(finishColumnProfile))
        expect(checker.finish()).toEqual(rowChecker.finish())
      }),
      { numRuns: 100 },
    )
  })

  it('raises the row path errors: bad JSON at its line, a duplicate key, a projected key no line has', async () => {
    const bad = join(tmp, 'bad.jsonl')
    writeFileSync(bad, '{"a":1}\n{"a":1,"a":2}\n')
    const errorOf = async (iterable: AsyncIterable<unknown>): Promise<DataError> => {
      try {
        for await (const _ of iterable) void _
      } catch (error) {
        return error as DataError
      }
      throw new Error('no error')
    }
    const fromChunks = await errorOf(readColumnChunks(bad))
    const fromRows = await errorOf(readDataset(bad))
    expect(fromChunks).toBeInstanceOf(DataError)
    expect([fromChunks.message, fromChunks.location]).toEqual([fromRows.message, fromRows.location])
    const ok = join(tmp, 'ok.jsonl')
    writeFileSync(ok, '{"a":1}\n')
    const missing = await errorOf(readColumnChunks(ok, { columns: ['zz'] }))
    expect(missing.message).toBe((await errorOf(readDataset(ok, { columns: ['zz'] }))).message)
  })
})
