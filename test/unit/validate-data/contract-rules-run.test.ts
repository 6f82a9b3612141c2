// validate-data's main() in-process on the contract rules users port from Great Expectations: per-rule severity
// (a warning-severity violation passes the gate with a warning annotation), `mostly` at its boundary, and the
// aggregate expectations (mean, stdev, quantiles) judged on the scanned profiles.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stepFails } from '../../../src/core/gate/fail-on.js'
import { toCheckRun } from '../../../src/core/report/to-check-run.js'
import { main } from '../../../src/validate-data/main.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'

const tmp = mkdtempSync(join(tmpdir(), 'contract-rules-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

// 100 rows: age 1 … 100 (rows 96 … 100 hold 200, above max 120); score: 0.5 except five empty cells.
const csv = join(tmp, 'data.csv')
writeFileSync(
  csv,
  'age,score\n' +
    Array.from({ length: 100 }, (_, i) => `${i >= 95 ? 200 : i + 1},${i % 20 === 7 ? '' : '0.5'}`).join('\n') +
    '\n',
)

const run = async (contractYaml: string) => {
  const contract = join(tmp, `contract-${Math.random().toString(36).slice(2)}.yml`)
  writeFileSync(contract, contractYaml)
  return runInProcess('validate-data', main, fakeContext({ inputs: { data: csv, contract }, workDir: tmp }).context)
}

describe('validate-data with severity, mostly and aggregate expectations (in-process)', () => {
  it('a warning-severity violation is reported as warn, with a warning annotation, and the step does not fail', async () => {
    const { report } = await run(`columns:
  age: { type: int, min: 0, max: 120, severity: { max: warning } }
  score: { type: float, max_null_fraction: 0.05 }
`)
    const max = report.checks.find((c) => c.id === 'contract.age.max')
    expect(max).toMatchObject({ status: 'warn', observed: 5 })
    expect(report.status).toBe('warn')
    expect(stepFails(report.status, 'fail')).toBe(false)
    const annotations = toCheckRun(report, 'fail').annotationBatches.flat()
    expect(annotations.filter((a) => a.title === 'contract.age.max')).toHaveLength(5)
    expect(annotations.every((a) => a.annotation_level === 'warning')).toBe(true)
    expect(annotations[0]).toMatchObject({ path: csv, start_line: 97 })
  })

  it('mostly 0.95 passes with 95 of 100 rows inside max, mostly 0.96 fails', async () => {
    const pass = await run('columns:\n  age: { type: int, max: 120, mostly: 0.95 }\n')
    expect(pass.report.checks.find((c) => c.id === 'contract.age.max')).toMatchObject({
      status: 'pass',
      observed: 0.95,
    })
    expect(pass.report.status).toBe('pass')
    const fail = await run('columns:\n  age: { type: int, max: 120, mostly: 0.96 }\n')
    expect(fail.report.checks.find((c) => c.id === 'contract.age.max')).toMatchObject({
      status: 'fail',
      observed: 0.95,
    })
    expect(fail.report.status).toBe('fail')
  })

  it('mean, stdev and quantile expectations are checked on the data (nulls ignored)', async () => {
    // age: 1 … 95 and five 200s: mean (4560 + 1000) / 100 = 55.6; median (pandas nearest: rank 49.5, ties to even → index 50): 51.
    const { report } = await run(`columns:
  age:
    type: int
    max: 120
    severity: warning
    mean: { min: 50, max: 55 }
    stdev: { min: 1 }
    quantiles: [{ q: 0.5, min: 51, max: 51 }, { q: 1, max: 120 }]
  score: { type: float, max_null_fraction: 0.05, mean: { min: 0.5, max: 0.5 } }
`)
    const get = (id: string) => report.checks.find((c) => c.id === id)
    expect(get('contract.age.mean')).toMatchObject({ status: 'warn', observed: 55.6 })
    expect(get('contract.age.stdev')?.status).toBe('pass')
    expect(get('contract.age.quantile-0.5')).toMatchObject({ status: 'pass', observed: 51 })
    expect(get('contract.age.quantile-1')).toMatchObject({ status: 'warn', observed: 200 })
    expect(get('contract.score.mean')).toMatchObject({ status: 'pass', observed: 0.5 })
  })

  it('a contract with an unknown severity is refused naming the key', async () => {
    await expect(run('columns:\n  age: { type: int, severity: { max: info } }\n')).rejects.toThrow(/severity/)
  })

  it('mode profile ×2 then merge: a shard below mostly is skipped, the merged rows meet it (95 of 100)', async () => {
    const lines = readFileSync(csv, 'utf8').trim().split('\n')
    const a = join(tmp, 'a.csv')
    const b = join(tmp, 'b.csv')
    writeFileSync(a, [lines[0], ...lines.slice(1, 51)].join('\n') + '\n')
    writeFileSync(b, [lines[0], ...lines.slice(51)].join('\n') + '\n')
    const contract = join(tmp, 'mostly.yml')
    writeFileSync(contract, 'columns:\n  age: { type: int, max: 120, mostly: 0.95 }\n')
    const runMode = (inputs: Record<string, string>) =>
      runInProcess('validate-data', main, fakeContext({ inputs: { contract, ...inputs }, workDir: tmp }).context)
    const pa = join(tmp, 'a.profile.json')
    const pb = join(tmp, 'b.profile.json')
    await runMode({ mode: 'profile', data: a, output: pa })
    const shard = await runMode({ mode: 'profile', data: b, output: pb })
    // 45 of 50 in shard b: below 0.95 there, not a verdict on the whole dataset.
    expect(shard.report.checks.find((c) => c.id === 'contract.age.max')).toMatchObject({
      status: 'skipped',
      observed: 0.9,
    })
    const merged = await runMode({ mode: 'merge', data: `${pa},${pb}` })
    expect(merged.report.checks.find((c) => c.id === 'contract.age.max')).toMatchObject({
      status: 'pass',
      observed: 0.95,
      details: { count: 5, considered: 100 },
    })
  })
})
