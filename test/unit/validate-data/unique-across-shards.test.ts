// Issue #15: `unique: true` is checked across shards on merge (never a silent pass), and merge validates the
// profiles it reads (`rows: -5`, `mean: "abc"` are DataErrors naming the file and the field).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { contractMessages } from '../../../src/core/contract/messages.js'
import { DataError } from '../../../src/core/errors.js'
import { main } from '../../../src/validate-data/main.js'
import { expectRejection } from '../../helpers/expect-rejection.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'

const tmp = mkdtempSync(join(tmpdir(), 'validate-data-unique-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const run = (inputs: Record<string, string>) =>
  runInProcess('validate-data', main, fakeContext({ inputs, workDir: tmp }).context)

const contract = join(tmp, 'contract.yml')
writeFileSync(contract, 'columns:\n  id: { type: int, unique: true }\n  x: { type: float }\n')
function shard(name: string, ids: number[]): string {
  const path = join(tmp, name)
  writeFileSync(path, `id,x\n${ids.map((id) => `${id},${id / 10}`).join('\n')}\n`)
  return path
}
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)

async function profiled(name: string, ids: number[]): Promise<string> {
  const output = join(tmp, `${name}.profile.json`)
  const { report } = await run({ mode: 'profile', data: shard(`${name}.csv`, ids), contract, output })
  // A shard alone sees only its own repeats.
  expect(report.checks.find((c) => c.id === 'contract.id.unique')?.status).toBe(
    new Set(ids).size === ids.length ? 'pass' : 'fail',
  )
  return output
}

describe('validate-data merge: unique across shards', () => {
  it('ids repeated across two shards fail the merged unique check, as one pass over all rows does', async () => {
    const a = await profiled('a', range(1, 50))
    const b = await profiled('b', [...range(41, 90), 90])
    const merged = await run({ mode: 'merge', data: `${a},${b}`, contract })
    const check = merged.report.checks.find((c) => c.id === 'contract.id.unique')
    // 10 ids (41…50) in both shards and 90 twice within shard b: 11, what one pass over a + b reports.
    expect(check).toMatchObject({ status: 'fail', observed: 11 })
    expect(check?.message).toBe(contractMessages.duplicatesAcrossShards('id', 11, 10, 2))
    expect(check?.message).toBe(
      'column "id": 11 duplicate value(s) where unique is required (10 of them repeat a value of another shard; 2 shards)',
    )
    const both = shard('both.csv', [...range(1, 50), ...range(41, 90), 90])
    const onePass = await run({ data: both, contract })
    expect(onePass.report.checks.find((c) => c.id === 'contract.id.unique')?.observed).toBe(11)
    // Disjoint shards pass, and the message says across how many.
    const c = await profiled('c', range(91, 120))
    const clean = await run({ mode: 'merge', data: `${a},${c}`, contract })
    expect(clean.report.checks.find((x) => x.id === 'contract.id.unique')).toMatchObject({
      status: 'pass',
      observed: 0,
      message: 'column "id": unique holds across 2 shard(s)',
    })
  })

  it('a shard profile without value hashes makes the merged unique check an error, never a pass', async () => {
    const a = await profiled('d', range(1, 20))
    const b = await profiled('e', range(21, 40))
    const old = JSON.parse(readFileSync(b, 'utf8')) as Record<string, unknown>
    delete old.uniqueHashes
    writeFileSync(b, JSON.stringify(old))
    const merged = await run({ mode: 'merge', data: `${a},${b}`, contract })
    const check = merged.report.checks.find((c) => c.id === 'contract.id.unique')
    expect(check).toMatchObject({ status: 'error', observed: null })
    expect(check?.message).toBe(
      `column "id": uniqueness across 2 shard(s) cannot be checked: shard 2 (${join(tmp, 'e.csv')}) carries no value hashes for it (profile it again with this modelgate and the contract); a check that cannot be made is not a pass`,
    )
    expect(merged.report.status).toBe('error')
  })
})

describe('validate-data merge: profiles are validated', () => {
  it.each([
    ['rows', -5, 'profile file is malformed: columns[0].rows must be >= 0 (value: -5)', 'columns[0].rows'],
    ['mean', 'abc', 'profile file is malformed: columns[0].mean must be number (value: "abc")', 'columns[0].mean'],
    ['missing', 1000, 'profile file is malformed: columns[0].missing 1000 is more than rows 20', 'columns[0].missing'],
  ])('a profile with %s: %j is a data error naming the file and the field', async (key, value, message, path) => {
    const a = await profiled(`bad-${key}`, range(1, 20))
    const file = JSON.parse(readFileSync(a, 'utf8')) as { columns: Record<string, unknown>[] }
    ;(file.columns[0] as Record<string, unknown>)[key] = value
    writeFileSync(a, JSON.stringify(file))
    const error = await expectRejection(run({ mode: 'merge', data: a }), DataError)
    expect(error.message).toBe(message)
    expect(error.location).toEqual({ file: a, path })
    expect(error.describe()).toBe(
      `${message} (${a}, at ${path}). give the .profile.json files \`mode: profile\` wrote, unmodified (profile the shard again if it was edited or truncated)`,
    )
  })
})
