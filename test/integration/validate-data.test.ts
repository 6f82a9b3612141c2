// validate-data through the runner harness: dist/validate-data/index.js as a child process against the
// OpenAPI-validating fake GitHub API, and through the CLI. Skips (with a note) until the harness
// (test/helpers/run-bundle.ts, src/github/run-action.ts) has landed.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as HarnessModule from '../helpers/run-bundle.js'
import type * as ApiModule from '../helpers/github-api-server.js'

const root = new URL('../../', import.meta.url).pathname
const harnessReady = existsSync(`${root}test/helpers/run-bundle.ts`) && existsSync(`${root}src/github/run-action.ts`)
if (!harnessReady)
  console.warn(
    'validate-data integration tests skipped: test/helpers/run-bundle.ts or src/github/run-action.ts is not there yet',
  )

const DATA = 'fixtures/datasets/validate-data'
type Harness = typeof HarnessModule

describe.skipIf(!harnessReady)('validate-data bundle', () => {
  let harness: Harness
  let api: Awaited<ReturnType<typeof ApiModule.startGitHubApiServer>>
  beforeAll(async () => {
    harness = await import('../helpers/run-bundle.js')
    api = await (await import('../helpers/github-api-server.js')).startGitHubApiServer()
  })
  afterAll(async () => api?.close())

  const run = (inputs: Record<string, string>) =>
    harness.runBundle('validate-data', {
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
  })

  it('a drifted dataset fails and names the drifted columns', async () => {
    const result = await run({ data: `${DATA}/current-drifted.csv`, reference: `${DATA}/reference.csv` })
    expect(result.outputs.verdict).toBe('fail')
    expect(result.outputs['drifted-columns']?.split(',')).toEqual(
      expect.arrayContaining(['income', 'tenure_months', 'plan']),
    )
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
    const { main } = await import('../../src/validate-data/main.js')
    const { InputReader } = await import('../../src/github/input-reader.js')
    const noop = (): void => undefined
    const direct = await main({
      inputs: new InputReader(
        (name) =>
          ({
            ...inputs,
            data: `${root}${inputs.data}`,
            reference: `${root}${inputs.reference}`,
            contract: `${root}${inputs.contract}`,
          })[name],
      ),
      logger: {
        debug: noop,
        info: noop,
        warning: noop,
        error: noop,
        startGroup: noop,
        endGroup: noop,
        setSecret: noop,
      },
      policy: {},
      github: { fromFork: false, serverUrl: '', apiUrl: '', payload: {} },
      client: undefined,
      state: { save: noop, get: () => undefined },
      onRunner: false,
      workDir: root,
      env: {},
      now: () => new Date(),
      signal: new AbortController().signal,
    })
    const summary = (checks: readonly { id: string; status: string; observed: unknown }[]) =>
      checks.map((c) => `${c.id} ${c.status} ${JSON.stringify(c.observed)}`)
    expect(bundled.report).toBeDefined()
    expect(summary(bundled.report?.checks ?? [])).toEqual(summary(direct.report.checks))
  })

  it('modelgate validate-data works through the CLI', async () => {
    const result = await harness.runCli(
      ['validate-data', '--data', `${DATA}/current-drifted.csv`, '--reference', `${DATA}/reference.csv`],
      { cwd: root },
    )
    expect(result.exitCode).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('income')
  })
})
