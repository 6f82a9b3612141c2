// validate-data through the runner harness: dist/validate-data/index.js as a child process against the
// OpenAPI-validating fake GitHub API, and through the CLI. The verdicts are unit-tested on decideValidateData.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contractMessages } from '../../src/core/contract/messages.js'
import { main } from '../../src/validate-data/main.js'
import { schemaProblems } from '../../src/io/schema-validator.js'
import { fakeContext, runInProcess } from '../helpers/fake-context.js'
import { repoRoot as root } from '../helpers/fixture-path.js'
import { startGitHubApiServer } from '../helpers/github-api-server.js'
import { runBundle, runCli } from '../helpers/run-bundle.js'

const DATA = 'fixtures/datasets/validate-data'

describe('validate-data bundle', () => {
  let api: Awaited<ReturnType<typeof startGitHubApiServer>>
  beforeAll(async () => {
    api = await startGitHubApiServer()
  })
  afterAll(async () => api?.close())

  const run = (inputs: Record<string, string>) =>
    runBundle('validate-data', {
      inputs: { 'github-token': 'ghs_test', ...inputs },
      event: 'pull_request',
      cwd: root,
      api,
    })

  it('a clean dataset passes', async () => {
    const result = await run({
      data: `${DATA}/current-clean.csv`,
      reference: `${DATA}/reference.csv`,
      contract: 'fixtures/contracts/churn.yml',
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.verdict).toBe('pass')
    expect(result.outputs['drifted-columns']).toBe('')
  })

  it('a contract violation fails with check-run annotations at the offending lines', async () => {
    const before = api.checkRuns.length
    const result = await run({ data: `${DATA}/current-violations.csv`, contract: 'fixtures/contracts/churn.yml' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.verdict).toBe('fail')
    const checkRun = api.checkRuns.slice(before).find((c) => c.name === 'modelgate/validate-data')
    expect(checkRun?.conclusion).toBe('failure')
    const lines = (checkRun?.annotations ?? [])
      .filter((a) => a.path.endsWith('current-violations.csv'))
      .map((a) => a.start_line)
    expect(lines).toEqual(expect.arrayContaining([11, 43, 101, 152, 202]))
    expect(api.violations).toEqual([])
    const file = `${DATA}/current-violations.csv`
    const byId = new Map((result.report?.checks ?? []).map((c) => [c.id, c]))
    expect(byId.get('contract.age.max')?.locations).toEqual([{ file, line: 11 }])
    expect(byId.get('contract.age.type')?.locations).toEqual([{ file, line: 43 }])
    expect(byId.get('contract.age.type')?.message).toBe(contractMessages.typeMismatch('age', 'int', 1))
    expect(byId.get('contract.plan.allowed-values')?.locations).toEqual([{ file, line: 101 }])
    expect(byId.get('contract.email.pattern')?.locations).toEqual([{ file, line: 152 }])
    expect(byId.get('contract.customer_id.unique')?.locations).toEqual([{ file, line: 202 }])
    expect(byId.get('contract.customer_id.unique')?.details).toMatchObject({ count: 1, fraction: 1 / 300 })
    expect(byId.get('contract.income.nulls')?.status).toBe('pass')
    expect(schemaProblems('gate-report', result.report)).toEqual([])
  })

  it('a drifted dataset fails and names the drifted columns', async () => {
    const result = await run({ data: `${DATA}/current-drifted.csv`, reference: `${DATA}/reference.csv` })
    expect(result.outputs.verdict).toBe('fail')
    expect(result.outputs['drifted-columns']?.split(',')).toEqual(
      expect.arrayContaining(['income', 'tenure_months', 'plan']),
    )
    expect(result.outputs['drifted-columns']?.split(',')).not.toContain('age')
    const income = result.report?.checks.find((c) => c.id === 'drift.income')
    expect(income?.details).toMatchObject({ method: 'ks' })
    expect(result.report?.figures.filter((f) => f.kind === 'bar').length).toBeGreaterThanOrEqual(2)
    expect(schemaProblems('gate-report', result.report)).toEqual([])
  })

  it('a policy set to warn gives a neutral check run', async () => {
    const before = api.checkRuns.length
    const result = await run({
      data: `${DATA}/current-drifted.csv`,
      reference: `${DATA}/reference.csv`,
      policy: 'fixtures/policies/validate-data-warn.yml',
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.verdict).toBe('warn')
    expect(api.checkRuns.slice(before).find((c) => c.name === 'modelgate/validate-data')?.conclusion).toBe('neutral')
  })

  it('bad inputs give a clear error and exit 1, without a stack trace', async () => {
    const result = await run({ data: `${DATA}/current-clean.csv`, mode: 'nope' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout + result.stderr).toContain('input "mode" is "nope"')
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\.js:\d+/)
  })

  it('the data and the reference are scanned in worker threads: a malformed reference fails at its own line', async () => {
    const result = await run({ data: `${DATA}/current-clean.csv`, reference: 'fixtures/datasets/ragged.csv' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('(2 worker threads in parallel)')
    // The DataError crosses the thread boundary whole: the message, the file and the line (a quoted field spans 3–4).
    expect(result.stdout + result.stderr).toMatch(/fixtures\/datasets\/ragged\.csv:5/)
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\.js:\d+/)
  })

  it('worker threads give the same report as a scan on one thread (the in-process main)', async () => {
    const inputs = {
      data: `${DATA}/current-drifted.csv`,
      reference: `${DATA}/reference.csv`,
      contract: 'fixtures/contracts/churn.yml',
    }
    const bundled = await run(inputs)
    const absolute = Object.fromEntries(Object.entries(inputs).map(([name, path]) => [name, `${root}${path}`]))
    const direct = await runInProcess('validate-data', main, fakeContext({ inputs: absolute, workDir: root }).context)
    const summary = (checks: readonly { id: string; status: string; observed: unknown }[]) =>
      checks.map((c) => `${c.id} ${c.status} ${JSON.stringify(c.observed)}`)
    expect(bundled.report).toBeDefined()
    expect(summary(bundled.report?.checks ?? [])).toEqual(summary(direct.report.checks))
  })

  it('modelgate validate-data works through the CLI', async () => {
    const result = await runCli(
      ['validate-data', '--data', `${DATA}/current-drifted.csv`, '--reference', `${DATA}/reference.csv`],
      { cwd: root },
    )
    expect(result.exitCode).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('income')
  })
})
