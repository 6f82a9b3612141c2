import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { scanDataset } from '../../../src/validate-data/scan-dataset.js'
import { writeCsv } from '../../../src/io/dataset/index.js'

const tmp = mkdtempSync(join(tmpdir(), 'scan-dataset-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const options = { maxExamples: 3, signal: new AbortController().signal }

describe('scanDataset', () => {
  it('scanDataset(jsonl) reads once and gives a key first seen after a batch boundary nulls for the rows before it', async () => {
    const lines: string[] = []
    for (let i = 0; i < 5000; i++)
      lines.push(
        JSON.stringify(i < 4500 ? { id: i, x: i / 2 } : { id: i, x: i / 2, late: i % 2 === 0 ? 'even' : 'odd' }),
      )
    const path = join(tmp, 'late-key.jsonl')
    writeFileSync(path, lines.join('\n') + '\n')
    const scan = await scanDataset(
      path,
      {
        version: 1,
        columns: {
          id: { type: 'int', unique: true },
          late: { type: 'category', allowed_values: ['even', 'odd'], max_null_fraction: 0.5 },
        },
      },
      options,
    )
    expect(scan.header).toEqual(['id', 'x', 'late'])
    const late = scan.profiles.find((p) => p.name === 'late')
    expect([late?.rows, late?.missing, late?.categories.get('even')]).toEqual([5000, 4500, 250])
    const checks = new Map(scan.contractChecks?.map((c) => [c.id, c]))
    expect(checks.get('contract.late.nulls')).toMatchObject({ status: 'fail', observed: 0.9 })
    expect(checks.get('contract.late.allowed-values')?.status).toBe('pass')
    expect(checks.get('contract.id.unique')?.status).toBe('pass')
    expect(checks.get('contract.rows')?.observed).toBe(5000)
    // The checks come in the contract's order whatever order the columns appeared in.
    expect(scan.contractChecks?.map((c) => c.id).filter((id) => id.endsWith('.type'))).toEqual([
      'contract.id.type',
      'contract.late.type',
    ])
  })

  it('scanDataset(jsonl) fails a required column that no line has, and CSV scans agree with JSONL on the same table', async () => {
    const rows = [
      ['1', 'a'],
      ['2', 'b'],
      ['2', null],
    ]
    const csv = join(tmp, 't.csv')
    writeFileSync(csv, writeCsv(rows, ['id', 'name']))
    const jsonl = join(tmp, 't.jsonl')
    writeFileSync(jsonl, rows.map(([id, name]) => JSON.stringify({ id: Number(id), name })).join('\n'))
    const contract = {
      version: 1 as const,
      columns: {
        id: { type: 'int' as const, unique: true },
        name: { type: 'string' as const },
        score: { type: 'float' as const },
      },
    }
    const [a, b] = [await scanDataset(csv, contract, options), await scanDataset(jsonl, contract, options)]
    const summary = (checks: typeof a.contractChecks) =>
      checks?.map((c) => `${c.id} ${c.status} ${JSON.stringify(c.observed)}`)
    expect(summary(b.contractChecks)).toEqual(summary(a.contractChecks))
    expect(summary(b.contractChecks)).toEqual(
      expect.arrayContaining([
        'contract.score.present fail false',
        'contract.id.unique fail 1',
        'contract.name.nulls fail 0.3333333333333333',
      ]),
    )
  })
})
