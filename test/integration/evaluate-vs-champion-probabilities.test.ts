import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { governanceMessages } from '../../src/core/governance/messages.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const fixture = (name: string): string => join(root, 'fixtures/datasets/evaluate', name)

// The built bundle run as a runner runs it (INPUT_*, GITHUB_*), against the OpenAPI-validating fake GitHub API.
describe('evaluate-vs-champion bundle: multiclass from class probabilities', () => {
  let api: GitHubApiServer | undefined
  afterEach(async () => {
    await api?.close()
    api = undefined
  })
  const run = async (inputs: Record<string, string>, policy?: string): Promise<BundleRun> => {
    api = await startGitHubApiServer()
    const extra: Record<string, string> = {}
    if (policy !== undefined) {
      extra.policy = join(await mkdtemp(join(tmpdir(), 'mg-eval-policy-')), 'modelgate.yml')
      await writeFile(extra.policy, policy)
    }
    return runBundle('evaluate-vs-champion', {
      inputs: {
        'github-token': 'ghs_testtoken123',
        task: 'multiclass',
        seed: '7',
        'probability-columns': 'proba_*',
        predictions: fixture('multiclass-proba-better.csv'),
        'champion-predictions': fixture('multiclass-proba-champion.csv'),
        ...extra,
        ...inputs,
      },
      event: 'pull_request',
      api,
      timeoutMs: 120_000,
    })
  }
  const policy =
    'evaluate-vs-champion:\n  task: multiclass\n  metrics:\n    roc-auc-ovo: { min_absolute_change: 0 }\n    log-loss: { min_absolute_change: 0 }\n'

  it('a better candidate (proba_* columns) → promote on roc-auc-ovo and log-loss, every probability metric in the metrics file', async () => {
    const r = await run({}, policy)
    expect(r.stderr).not.toMatch(/failed unexpectedly/)
    expect(r.exitCode).toBe(0)
    expect(r.outputs.decision).toBe('promote')
    expect(r.report?.checks.find((c) => c.id === 'evaluate.roc-auc-ovo')?.status).toBe('pass')
    const loss = r.report?.checks.find((c) => c.id === 'evaluate.log-loss')
    expect(loss?.status).toBe('pass')
    expect(loss?.observed).toBeLessThan(0) // smaller is better: the candidate's log loss is lower
    const metrics = JSON.parse(await readFile(r.outputs['metrics-path'] ?? '', 'utf8')) as {
      metrics: Record<string, number>
      comparisons: Array<{ metric: string; resamples: number }>
    }
    for (const m of [
      'log-loss',
      'roc-auc-ovr',
      'roc-auc-ovr-weighted',
      'roc-auc-ovo',
      'roc-auc-ovo-weighted',
      'accuracy',
      'f1-macro',
    ])
      expect(metrics.metrics[m]).toBeTypeOf('number')
    expect(metrics.metrics['roc-auc-ovr']).toBeGreaterThan(0.8)
    expect(metrics.comparisons.find((c) => c.metric === 'roc-auc-ovo')?.resamples).toBe(1000)
    api?.assertNoViolations()
    expect(api?.checkRuns[0]).toMatchObject({ name: 'modelgate/evaluate-vs-champion', conclusion: 'success' })
  })
  it('class=column pairs name the same columns: same decision and the same numbers as the prefix', async () => {
    const prefix = await run({}, policy)
    const explicit = await run({ 'probability-columns': 'pro=proba_pro, basic=proba_basic, plus=proba_plus' }, policy)
    expect(explicit.outputs.decision).toBe('promote')
    expect(explicit.report?.checks.map((c) => c.observed)).toEqual(prefix.report?.checks.map((c) => c.observed))
  })
  it('a row whose probabilities do not sum to 1 → a DataError with file and line, no stack trace', async () => {
    const r = await run({ predictions: fixture('multiclass-proba-bad-sum.csv') })
    expect(r.exitCode).not.toBe(0)
    const out = r.stdout + r.stderr
    expect(out).toContain('multiclass-proba-bad-sum.csv:8')
    expect(out).toContain('sum to 0.9')
    expect(out).not.toMatch(/\n\s+at .*\.js:\d+/)
  })
  it('a label without a probability column → a DataError naming the class, file and line', async () => {
    const r = await run({ predictions: fixture('multiclass-proba-unknown-class.csv') })
    expect(r.exitCode).not.toBe(0)
    const out = r.stdout + r.stderr
    expect(out).toContain(
      'label column "label" has "enterprise", a class without a probability column (classes: basic, plus, pro)',
    )
    expect(out).toContain('multiclass-proba-unknown-class.csv:11')
  })
  it('a prefix that matches no column → a DataError listing the columns', async () => {
    const r = await run({ 'probability-columns': 'p_*' })
    expect(r.exitCode).not.toBe(0)
    expect(r.stdout + r.stderr).toContain('no column of')
    expect(r.stdout + r.stderr).toContain('its columns are id, label, proba_basic, proba_plus, proba_pro')
  })
  it('a probability metric in the policy without probability-columns → a ConfigurationError naming the input', async () => {
    const r = await run({ 'probability-columns': '' }, policy)
    expect(r.exitCode).not.toBe(0)
    expect(r.stdout + r.stderr).toContain(
      'roc-auc-ovo, log-loss are computed from class probabilities, but input "probability-columns" is not set',
    )
  })
})

describe('evaluate-vs-champion bundle: latency with the champion given as a predictions file', () => {
  let api: GitHubApiServer | undefined
  afterEach(async () => {
    await api?.close()
    api = undefined
  })
  async function modelDir(predictions: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'mg-eval-model-'))
    await copyFile(fixture(predictions), join(dir, 'predictions.csv'))
    return dir
  }
  const command = JSON.stringify([process.execPath, fixture('serve.mjs'), '{model_dir}'])
  const run = async (inputs: Record<string, string>): Promise<BundleRun> => {
    api = await startGitHubApiServer()
    return runBundle('evaluate-vs-champion', {
      inputs: {
        'github-token': 'ghs_testtoken123',
        seed: '7',
        predictions: fixture('better.csv'),
        'champion-predictions': fixture('champion.csv'),
        'latency-command': command,
        data: fixture('better.csv'),
        'candidate-model-dir': await modelDir('better.csv'),
        ...inputs,
      },
      event: 'pull_request',
      api,
      timeoutMs: 120_000,
    })
  }
  it('with champion-model-dir, both serve processes are timed over the line protocol and a generous budget passes', async () => {
    const r = await run({ 'champion-model-dir': await modelDir('champion.csv'), 'max-latency-ms': '60000' })
    expect(r.exitCode).toBe(0)
    const check = r.report?.checks.find((c) => c.id === 'evaluate.latency.p95')
    expect(check?.status).toBe('pass')
    expect(check?.observed).toBeGreaterThan(0)
    const details = check?.details as {
      method: string
      warmup: number
      candidate: { p95: number; requests: number }
      champion: { p50: number; p95: number; p99: number; requests: number }
    }
    expect(details.method).toBe('line-protocol')
    expect(details.warmup).toBe(10)
    expect(details.champion.p95).toBeGreaterThan(0)
    expect(details.candidate.requests).toBe(200)
    expect(details.champion.requests).toBe(200)
    expect(r.outputs.decision).toBe('promote')
  })
  it('a budget below the measured p95 rejects', async () => {
    const r = await run({ 'champion-model-dir': await modelDir('champion.csv'), 'max-latency-ms': '0.001' })
    expect(r.report?.checks.find((c) => c.id === 'evaluate.latency.p95')?.status).toBe('fail')
    expect(r.outputs.decision).toBe('reject')
  })
  it('without champion-model-dir the budget is an error check that names exactly that input, and holds', async () => {
    const r = await run({ 'max-latency-ms': '50' })
    const check = r.report?.checks.find((c) => c.id === 'evaluate.latency.p95')
    expect(check?.status).toBe('error')
    expect(check?.message).toBe(governanceMessages.latencyNotMeasured('p95 ≤ 50 ms', ['input champion-model-dir']))
    expect(r.outputs.decision).toBe('hold')
    expect(r.summary).toContain('`evaluate.latency.p95`')
    expect(r.summary).toContain('could not be measured: set input champion-model-dir')
  })
  it('without latency-command and data, the error check names both', async () => {
    const r = await run({
      'max-latency-ms': '50',
      'latency-command': '',
      data: '',
      'champion-model-dir': await modelDir('champion.csv'),
    })
    expect(r.report?.checks.find((c) => c.id === 'evaluate.latency.p95')?.message).toBe(
      governanceMessages.latencyNotMeasured('p95 ≤ 50 ms', [
        'input data',
        'input latency-command (or latency-url-candidate)',
      ]),
    )
  })
})
