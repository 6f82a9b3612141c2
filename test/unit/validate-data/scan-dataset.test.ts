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

  it('scanDataset(profiled) gives the same checks and the listed columns the same profiles, the rest rows and nulls only', async () => {
    const lines = ['id,x,plan']
    for (let i = 0; i < 20000; i++) lines.push(`${i},${i % 7 === 0 ? '' : (i * 0.37) % 50},${['a', 'b', ''][i % 3]}`)
    const csv = join(tmp, 'profiled.csv')
    writeFileSync(csv, lines.join('\n') + '\n')
    const jsonl = join(tmp, 'profiled.jsonl')
    writeFileSync(
      jsonl,
      lines
        .slice(1)
        .map((line) => line.split(','))
        .map(([id, x, plan]) => JSON.stringify({ id: Number(id), x: x === '' ? null : Number(x), plan: plan || null }))
        .join('\n'),
    )
    const contract = {
      version: 1 as const,
      columns: {
        id: { type: 'int' as const, unique: true },
        x: { type: 'float' as const, max: 40, mean: { min: 0 } },
        plan: { type: 'category' as const, allowed_values: ['a'], max_null_fraction: 0.5 },
      },
    }
    for (const path of [csv, jsonl]) {
      const whole = await scanDataset(path, contract, options)
      const some = await scanDataset(path, contract, { ...options, profiled: ['x'] })
      expect(some.contractChecks).toEqual(whole.contractChecks)
      expect(some.profiles[1]).toEqual(whole.profiles[1])
      for (const j of [0, 2]) {
        const [p, q] = [some.profiles[j]!, whole.profiles[j]!]
        expect([p.rows, p.missing]).toEqual([q.rows, q.missing])
        expect([p.numbers, p.distinct, p.values?.length]).toEqual([0, 0, 0])
        expect(q.numbers + q.distinct).toBeGreaterThan(0)
      }
    }
  })
})
