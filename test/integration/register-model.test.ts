import { inSurface } from '../../src/core/errors.js'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  forceNeedsReason,
  notAGateReport,
  promotionRefused,
  registryDenied,
  reportInconsistent,
  reportNotPassing,
  requiredGateMissing,
  versionDownloaded,
  warningsNotAllowed,
} from '../../src/core/registry/messages.js'
import { schemaProblems } from '../../src/io/schema-validator.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { startMlflowServer, type MlflowServer } from '../helpers/mlflow-server.js'
import { startOciRegistry, type OciRegistryServer } from '../helpers/oci-registry.js'
import { championReports, HELPER_COMMIT, makeModelDir, reportFile, storedReport } from '../helpers/registry-contract.js'
import { recordingLogger } from '../helpers/recording-logger.js'
import { createRegistry } from '../../src/registry/create-registry.js'
import { writeFile } from 'node:fs/promises'
import { requireTool } from '../helpers/require-tool.js'
import { runBundle, runCli } from '../helpers/run-bundle.js'

const dockerRegistry = requireTool('docker-registry')

const env = {
  GITHUB_REPOSITORY: 'octo-org/churn',
  GITHUB_ACTOR: 'alice',
  GITHUB_RUN_ID: '7',
  // The commit the helpers' reports were written at: a report is accepted only for a version built from it.
  GITHUB_SHA: HELPER_COMMIT,
}

/**
 * The whole life of a model through the bundle as a runner runs it: register (card with metrics, lineage and a
 * stored evaluation) → list → promote → refused promotion → rollback → force without a reason → forced promotion →
 * history (and the alias at an instant) → get with download.
 */
function bundleFlow(registryUrl: () => string, api: () => GitHubApiServer): void {
  it('register → list → promote → refused → rollback → forced → history → get through the runner harness', async () => {
    const base = {
      registry: registryUrl(),
      'model-name': 'churn',
      'github-token': 'ghs_test',
      comment: 'false',
      'check-run': 'false',
      environment: 'production', // where promotions are recorded as deployments
    }
    const run = (inputs: Record<string, string>) =>
      runBundle('register-model', { inputs: { ...base, ...inputs }, env, event: 'workflow_dispatch', api: api() })
    const r1 = await run({
      mode: 'register',
      'model-path': await makeModelDir('one'),
      reports: await championReports(),
      metrics: 'fixtures/registry/metrics.json',
      lineage: 'fixtures/registry/lineage.json',
    })
    expect(r1.exitCode, r1.stderr + r1.stdout).toBe(0)
    expect(r1.outputs).toMatchObject({ version: '1', verdict: 'pass' })
    expect(r1.outputs.digest).toMatch(/^sha256:/)
    const card = JSON.parse(await readFile(r1.outputs['model-card-path'] ?? '', 'utf8')) as Record<string, unknown>
    expect(card).toMatchObject({
      name: 'churn',
      version: 1,
      metrics: { auc: 0.842, accuracy: 0.91, 'by_segment.new_customers.auc': 0.8 },
    })
    expect(card.lineage).toMatchObject({ commit: '6dcb09b5b57875f334f61aebed695e2e4193db5e', params: { max_depth: 6 } })
    expect(schemaProblems('model-card', card)).toEqual([])
    const withEvaluation = await run({
      'model-name': 'churn-eval',
      mode: 'register',
      'model-path': await makeModelDir('e'),
      predictions: 'extra/vocab.txt',
      'evaluation-data': 'fixtures/registry/metrics.json',
    })
    const evaluated = JSON.parse(await readFile(withEvaluation.outputs['model-card-path'] ?? '', 'utf8')) as {
      evaluation: { dataSha256: string; predictionsFile: string }
    }
    expect(evaluated.evaluation.predictionsFile).toBe('extra/vocab.txt')
    expect(evaluated.evaluation.dataSha256).toMatch(/^[0-9a-f]{64}$/)
    const r2 = await run({
      mode: 'register',
      'model-path': await makeModelDir('two'),
      reports: await championReports(),
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
      reports: `${await reportFile('validate-data', 'pass')}\n${await reportFile('fairness-gate', 'fail')}`,
    })
    const refused = await run({ mode: 'promote', version: r3.outputs.version ?? '' })
    expect(refused.exitCode).toBe(1)
    expect(refused.report?.title).toBe(
      promotionRefused('churn', 3, 'champion', [
        reportNotPassing('stored report 2 (fairness-gate)', 'fail', 'fairness-gate.check', 'fairness-gate fail'),
        requiredGateMissing('evaluate-vs-champion', 'champion'),
      ]),
    )
    const rolled = await run({ mode: 'rollback' })
    expect(rolled.exitCode, rolled.stderr).toBe(0)
    expect(rolled.outputs).toMatchObject({ version: '1', 'previous-version': '2' })
    const noReason = await run({ mode: 'promote', version: '3', force: 'true' })
    expect(noReason.exitCode).toBe(1)
    expect(noReason.stdout + noReason.stderr).toContain(inSurface(forceNeedsReason(), 'action'))
    expect(noReason.stdout + noReason.stderr).toContain('force: true needs a reason')
    const forced = await run({ mode: 'promote', version: '3', force: 'true', reason: 'hotfix approved by risk' })
    expect(forced.exitCode, forced.stderr).toBe(0)
    expect(forced.report?.status).toBe('warn')
    expect(forced.outputs).toMatchObject({ verdict: 'warn', version: '3', 'previous-version': '1' })

    const history = await run({ mode: 'history' })
    expect(history.outputs.version).toBe('3')
    const table = history.report?.figures[0]
    const rows = table?.kind === 'table' ? table.rows : []
    expect(rows.map((row) => [row[1], row[2], row[5]])).toEqual([
      [null, 1, false],
      [1, 2, false],
      [2, 1, false],
      [1, 3, true],
    ])
    // At the instant of the second move the alias had already moved; before the first it pointed at nothing.
    expect((await run({ mode: 'history', at: String(rows[1]?.[0]) })).outputs.version).toBe('2')
    const before = await run({ mode: 'history', at: '2020-01-01' })
    expect(before.outputs.version).toBeUndefined()
    expect(before.report?.checks[0]).toMatchObject({ id: 'history.at', status: 'warn' })

    const into = await mkdtemp(join(tmpdir(), 'modelgate-get-'))
    const got = await run({ mode: 'get', alias: 'champion', 'model-path': into })
    expect(got.outputs).toMatchObject({ version: '3' })
    expect(got.report?.checks[0]?.message).toBe(versionDownloaded('churn', 3, into))
    expect(existsSync(join(into, 'extra', 'vocab.txt'))).toBe(true)
    expect(api().deployments.length).toBeGreaterThanOrEqual(4)
    expect(api().violations).toEqual([])
  }, 240_000)
}

describe('register-model bundle', () => {
  let api: GitHubApiServer
  let mlflow: MlflowServer
  let oci: OciRegistryServer | undefined
  let fileRoot: string
  beforeAll(async () => {
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

  it('refuses forged, inconsistent and held evidence; a hold passes only where the alias accepts warnings', async () => {
    const root = await mkdtemp(join(tmpdir(), 'modelgate-evidence-'))
    const base = {
      registry: `file:${root}`,
      'model-name': 'churn',
      'github-token': 'ghs_test',
      comment: 'false',
      'check-run': 'false',
      environment: 'production', // where promotions are recorded as deployments
    }
    const run = (inputs: Record<string, string>) =>
      runBundle('register-model', { inputs: { ...base, ...inputs }, env, event: 'workflow_dispatch', api })
    const dir = await mkdtemp(join(tmpdir(), 'modelgate-reports-'))
    const write = async (name: string, value: unknown): Promise<string> => {
      const path = join(dir, name)
      await writeFile(path, JSON.stringify(value))
      return path
    }
    const validate = await reportFile('validate-data', 'pass')

    const handWritten = await write('fairness.json', { gate: 'fairness-gate', status: 'pass' })
    const forged = await run({ mode: 'register', 'model-path': await makeModelDir('f'), reports: handWritten })
    expect(forged.exitCode).toBe(1)
    expect(forged.stdout + forged.stderr).toContain(notAGateReport(handWritten, []).split(' (')[0])
    expect(forged.stdout + forged.stderr).toContain('missing required key "schemaVersion"')

    const edited = await write('evaluate.json', {
      ...storedReport('evaluate-vs-champion', 'pass'),
      checks: [{ id: 'evaluate.auc', status: 'fail', observed: 0.7, message: 'auc fell' }],
    })
    const v1 = await run({ mode: 'register', 'model-path': await makeModelDir('i'), reports: `${validate}\n${edited}` })
    expect(v1.exitCode, v1.stderr + v1.stdout).toBe(0)
    const inconsistent = await run({ mode: 'promote', version: '1' })
    expect(inconsistent.exitCode).toBe(1)
    expect(inconsistent.report?.title).toBe(
      promotionRefused('churn', 1, 'champion', [
        reportInconsistent('stored report 2 (evaluate-vs-champion)', 'pass', 'fail', 'evaluate.auc'),
      ]),
    )

    const held = await write('hold.json', {
      ...storedReport('evaluate-vs-champion', 'warn'),
      checks: [
        { id: 'evaluate.auc', status: 'warn', observed: 0.01, message: 'better, not significantly' },
        { id: 'evaluate.f1', status: 'pass', observed: 0.02, message: 'better' },
      ],
    })
    const v2 = await run({ mode: 'register', 'model-path': await makeModelDir('h'), reports: `${validate}\n${held}` })
    expect(v2.outputs.version).toBe('2')
    const strict = await run({ mode: 'promote', version: '2' })
    expect(strict.exitCode).toBe(1)
    expect(strict.report?.title).toBe(
      promotionRefused('churn', 2, 'champion', [
        warningsNotAllowed('stored report 2 (evaluate-vs-champion)', 'champion', ['evaluate.auc']),
      ]),
    )
    const missing = await run({ mode: 'register', 'model-path': await makeModelDir('m'), reports: validate })
    const noEvaluation = await run({ mode: 'promote', version: missing.outputs.version ?? '' })
    expect(noEvaluation.report?.title).toBe(
      promotionRefused('churn', 3, 'champion', [requiredGateMissing('evaluate-vs-champion', 'champion')]),
    )
    const registry = await createRegistry(`file:${root}`, { logger: recordingLogger() })
    expect(await registry.aliasHistory('churn', 'champion')).toEqual([])

    const policy = fileURLToPath(new URL('../../fixtures/policies/register-champion-allow-warn.yml', import.meta.url))
    const lenient = await run({ mode: 'promote', version: '2', policy })
    expect(lenient.exitCode, lenient.stderr + lenient.stdout).toBe(0)
    expect(lenient.report?.checks[0]).toMatchObject({ id: 'promotion.reports', status: 'warn' })
    expect(await registry.aliasHistory('churn', 'champion')).toMatchObject([{ to: 2, warnings: ['evaluate.auc'] }])

    const good = await run({
      mode: 'register',
      'model-path': await makeModelDir('t'),
      reports: await championReports(),
    })
    const stored = join(root, 'churn', 'versions', good.outputs.version ?? '', 'files', 'extra', 'vocab.txt')
    await writeFile(stored, 'a\nb\nX\n')
    const tampered = await run({ mode: 'promote', version: good.outputs.version ?? '' })
    expect(tampered.exitCode).toBe(1)
    expect(tampered.stdout + tampered.stderr).toContain('downloaded file extra/vocab.txt has sha256')
    expect(await registry.aliasHistory('churn', 'champion')).toHaveLength(1)
  }, 120_000)

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
    const cli = (...args: string[]) =>
      runCli(['register-model', '--model-name', 'churn', ...args], { cwd, env: { GITHUB_SHA: HELPER_COMMIT } })
    const report = await championReports()
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
