import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { promotionRefused, registryDenied } from '../../src/core/registry/messages.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { startMlflowServer, type MlflowServer } from '../helpers/mlflow-server.js'
import { startOciRegistry, type OciRegistryServer } from '../helpers/oci-registry.js'
import { requireTool } from '../helpers/require-tool.js'

const dockerRegistry = requireTool('docker-registry')
import type * as HarnessModule from '../helpers/run-bundle.js'
import { makeModelDir } from '../unit/registry/registry-contract.js'

// Skips (with a note) until the harness (test/helpers/run-bundle.ts, src/github/run-action.ts) has landed.
const root = new URL('../../', import.meta.url).pathname
const harnessReady = existsSync(`${root}test/helpers/run-bundle.ts`) && existsSync(`${root}src/github/run-action.ts`)
if (!harnessReady)
  console.warn(
    'register-model integration tests skipped: test/helpers/run-bundle.ts or src/github/run-action.ts is not there yet',
  )
let harness: typeof HarnessModule
const runBundle: typeof HarnessModule.runBundle = (...args) => harness.runBundle(...args)
const runCli: typeof HarnessModule.runCli = (...args) => harness.runCli(...args)

async function reportFile(gate: string, status: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'modelgate-rep-')), `${gate}.json`)
  await writeFile(
    path,
    JSON.stringify({
      schemaVersion: 1,
      gate,
      status,
      title: 't',
      checks: [],
      figures: [],
      subject: {},
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 1,
    }),
  )
  return path
}

const env = {
  GITHUB_REPOSITORY: 'octo-org/churn',
  GITHUB_ACTOR: 'alice',
  GITHUB_RUN_ID: '7',
  MODELGATE_ENVIRONMENT: 'production',
}

/** register → list → promote to champion → register a failing one → refused → roll back, through the bundle as a runner runs it. */
function bundleFlow(registryUrl: () => string, api: () => GitHubApiServer): void {
  it('register → list → promote → refused promotion → rollback through the runner harness', async () => {
    const base = {
      registry: registryUrl(),
      'model-name': 'churn',
      'github-token': 'ghs_test',
      comment: 'false',
      'check-run': 'false',
    }
    const run = (inputs: Record<string, string>) =>
      runBundle('register-model', { inputs: { ...base, ...inputs }, env, event: 'workflow_dispatch', api: api() })
    const r1 = await run({
      mode: 'register',
      'model-path': await makeModelDir('one'),
      reports: await reportFile('evaluate-vs-champion', 'pass'),
    })
    expect(r1.exitCode, r1.stderr + r1.stdout).toBe(0)
    expect(r1.outputs).toMatchObject({ version: '1', verdict: 'pass' })
    expect(r1.outputs.digest).toMatch(/^sha256:/)
    const r2 = await run({
      mode: 'register',
      'model-path': await makeModelDir('two'),
      reports: await reportFile('evaluate-vs-champion', 'pass'),
    })
    expect(r2.outputs.version).toBe('2')
    const listed = await run({ mode: 'list' })
    expect(listed.report?.checks[0]).toMatchObject({ id: 'list.count', observed: 2 })
    expect((await run({ mode: 'promote', version: '1', reason: 'first' })).outputs.version).toBe('1')
    const p2 = await run({ mode: 'promote', version: '2', reason: 'better' })
    expect(p2.outputs).toMatchObject({ version: '2', 'previous-version': '1' })
    const r3 = await run({
      mode: 'register',
      'model-path': await makeModelDir('three'),
      reports: await reportFile('fairness-gate', 'fail'),
    })
    const refused = await run({ mode: 'promote', version: r3.outputs.version ?? '' })
    expect(refused.exitCode).toBe(1)
    expect(refused.report?.title).toBe(promotionRefused('churn', 3, ['fairness-gate: fail']))
    const rolled = await run({ mode: 'rollback' })
    expect(rolled.exitCode, rolled.stderr).toBe(0)
    expect(rolled.outputs).toMatchObject({ version: '1', 'previous-version': '2' })
    expect(api().deployments.length).toBeGreaterThanOrEqual(3)
    expect(api().violations).toEqual([])
  }, 120_000)
}

describe.skipIf(!harnessReady)('register-model bundle', () => {
  let api: GitHubApiServer
  let mlflow: MlflowServer
  let oci: OciRegistryServer | undefined
  let fileRoot: string
  beforeAll(async () => {
    harness = await import('../helpers/run-bundle.js')
    api = await startGitHubApiServer()
    mlflow = await startMlflowServer()
    if (dockerRegistry.available) oci = await startOciRegistry()
    fileRoot = await mkdtemp(join(tmpdir(), 'modelgate-reg-'))
  })
  afterAll(async () => {
    await api.close()
    await mlflow.close()
    await oci?.close()
  })

  describe('file backend', () =>
    bundleFlow(
      () => `file:${fileRoot}`,
      () => api,
    ))
  describe('mlflow backend (contract server)', () =>
    bundleFlow(
      () => `mlflow+${mlflow.url}`,
      () => api,
    ))
  describe.skipIf(!dockerRegistry.available)('oci backend (docker-registry)', () =>
    bundleFlow(
      () => `oci://${oci?.host ?? ''}/team`,
      () => api,
    ),
  )

  it('masks registry-token and turns a wrong token into a clear failure', async () => {
    const guarded = await startMlflowServer({ token: 'right-token-123' })
    try {
      const inputs = {
        registry: `mlflow+${guarded.url}`,
        'model-name': 'churn',
        'github-token': 'ghs_test',
        comment: 'false',
        'check-run': 'false',
        mode: 'list',
      }
      const ok = await runBundle('register-model', {
        inputs: { ...inputs, 'registry-token': 'right-token-123' },
        env,
        event: 'workflow_dispatch',
        api,
      })
      expect(ok.exitCode, ok.stderr + ok.stdout).toBe(0)
      expect(ok.stdout).toContain('::add-mask::right-token-123')
      expect(ok.stdout.split('right-token-123').length - 1).toBe(1)
      const denied = await runBundle('register-model', {
        inputs: { ...inputs, 'registry-token': 'wrong-token' },
        env,
        event: 'workflow_dispatch',
        api,
      })
      expect(denied.exitCode).toBe(1)
      expect(denied.stdout + denied.stderr).toContain(registryDenied(`mlflow+${guarded.url}`, 401))
      expect(denied.stdout + denied.stderr).not.toMatch(/\n\s+at /)
    } finally {
      await guarded.close()
    }
  }, 60_000)

  it('through the CLI: register → list → promote → rollback on the default file registry', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'modelgate-cli-'))
    const cli = (...args: string[]) => runCli(['register-model', '--model-name', 'churn', ...args], { cwd })
    const report = await reportFile('evaluate-vs-champion', 'pass')
    expect(
      (await cli('--mode', 'register', '--model-path', await makeModelDir('a'), '--reports', report)).exitCode,
    ).toBe(0)
    expect(
      (await cli('--mode', 'register', '--model-path', await makeModelDir('b'), '--reports', report)).exitCode,
    ).toBe(0)
    const listed = await cli('--mode', 'list', '--json')
    expect(listed.exitCode, listed.stderr).toBe(0)
    expect(listed.stdout).toContain('"list.count"')
    expect((await cli('--mode', 'promote', '--version', '1')).exitCode).toBe(0)
    expect((await cli('--mode', 'promote', '--version', '2')).exitCode).toBe(0)
    const rolled = await cli('--mode', 'rollback', '--json')
    expect(rolled.exitCode, rolled.stderr).toBe(0)
    expect(existsSync(join(cwd, '.modelgate', 'registry', 'churn', 'versions', '2', 'card.json'))).toBe(true)
  }, 120_000)
})
