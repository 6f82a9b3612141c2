// validate-data's main() in-process, for what the bundle tests (test/integration/validate-data.test.ts) do not run:
// mode infer's round trip and the profile → merge path of matrix shards. The verdicts themselves are unit-tested
// on decideValidateData (test/unit/core/validate).
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { main } from '../../../src/validate-data/main.js'
import { validateMessages } from '../../../src/core/validate/messages.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { fixturePath } from '../../helpers/fixture-path.js'

const data = (name: string): string => fixturePath('datasets/validate-data', name)
const contract = fixturePath('contracts/churn.yml')
const tmp = mkdtempSync(join(tmpdir(), 'validate-data-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const run = (inputs: Record<string, string>) =>
  runInProcess('validate-data', main, fakeContext({ inputs, workDir: tmp }).context)

describe('validate-data main (in-process)', () => {
  it('main(infer) writes a contract that the reference itself satisfies', async () => {
    const output = join(tmp, 'inferred.yml')
    const { report } = await run({ mode: 'infer', reference: data('reference.csv'), output })
    expect(report.title).toBe(validateMessages.inferredTitle(data('reference.csv')))
    const text = readFileSync(output, 'utf8')
    expect(text.startsWith(validateMessages.inferredHeader(data('reference.csv')))).toBe(true)
    const inferred = parse(text) as { columns: Record<string, { type: string }> }
    expect(inferred.columns.age?.type).toBe('int')
    expect(inferred.columns.income?.type).toBe('float')
    expect(inferred.columns.plan?.type).toBe('category')
    expect(inferred.columns.churned?.type).toBe('bool')
    expect(inferred.columns.email?.type).toBe('string')
    const validated = await run({ data: data('reference.csv'), contract: output })
    expect(validated.report.checks.filter((c) => c.status !== 'pass')).toEqual([])
    expect(validated.report.status).toBe('pass')
  })

  it('main(profile) ×2 then main(merge) gives the counts of one pass', async () => {
    const a = join(tmp, 'a.profile.json')
    const b = join(tmp, 'b.profile.json')
    await run({ mode: 'profile', data: data('current-clean.csv'), contract, output: a })
    await run({ mode: 'profile', data: data('current-violations.csv'), contract, output: b })
    const { report } = await run({ mode: 'merge', data: `${a},${b}`, reference: data('reference.csv') })
    expect(report.checks.find((c) => c.id === 'contract.rows')?.observed).toBe(800)
    expect(report.checks.find((c) => c.id === 'contract.age.max')?.observed).toBe(1)
    expect(report.checks.find((c) => c.id === 'profile.merged')).toMatchObject({
      observed: 2,
      message: validateMessages.merged(2, 800),
    })
    // Drift compares the merged profiles with the reference; the contract, when given, says which are identifiers.
    expect(report.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['drift.dataset', 'drift.customer_id']))
    const withContract = await run({ mode: 'merge', data: `${a},${b}`, reference: data('reference.csv'), contract })
    const driftIds = withContract.report.checks.map((c) => c.id).filter((id) => id.startsWith('drift.'))
    expect(driftIds).toContain('drift.income')
    expect(driftIds).not.toContain('drift.customer_id')
  })

  it('main(merge) with a reference .profile.json compares against that profile without scanning a dataset', async () => {
    const reference = join(tmp, 'reference.profile.json')
    await run({ mode: 'profile', data: data('reference.csv'), output: reference })
    const { report, outputs } = await run({ mode: 'merge', data: reference, reference })
    expect(outputs['drifted-columns']).toBe('')
    expect(report.checks.filter((c) => c.id.startsWith('drift.') && c.status !== 'pass')).toEqual([])
  })

  // The files are hashed while the scans run (main.ts): the subject still names both, in the same order.
  it('the subject has the sha256 of the data and of the reference file, data first', async () => {
    const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
    const current = data('current-clean.csv')
    const reference = data('reference.csv')
    const { result } = await run({ data: current, reference })
    expect(Object.entries(result.subject?.dataHashes ?? {})).toEqual([
      [current, sha(current)],
      [reference, sha(reference)],
    ])
  })

  it('a reference file that cannot be read is reported as its hashing error, as before the scan', async () => {
    const missing = join(tmp, 'no-such-reference.csv')
    await expect(run({ data: data('current-clean.csv'), reference: missing })).rejects.toThrow(
      `cannot read ${missing} to hash it`,
    )
  })
})
