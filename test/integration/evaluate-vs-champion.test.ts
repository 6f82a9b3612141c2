import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { expectRejection } from '../helpers/expect-rejection.js'
import { fakeContext, runInProcess } from '../helpers/fake-context.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { recordingLogger } from '../helpers/recording-logger.js'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'
import { compareMessages } from '../../src/core/compare/messages.js'
import { governanceMessages } from '../../src/core/governance/messages.js'
import { ConfigurationError, DataError, inSurface } from '../../src/core/errors.js'
import { main } from '../../src/evaluate-vs-champion/main.js'
import { createRegistry } from '../../src/registry/create-registry.js'
import { sha256File } from '../../src/io/hash-file.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const fixture = (name: string): string => join(root, 'fixtures/datasets/evaluate', name)

/** main() in-process through the session's own report building, for what no bundle test below covers. */
const runMain = (inputs: Record<string, string>, policy: Record<string, unknown> = {}) =>
  runInProcess('evaluate-vs-champion', main, fakeContext({ inputs, policy }).context)

const base = (candidate: string): Record<string, string> => ({
  predictions: fixture(candidate),
  'champion-predictions': fixture('champion.csv'),
  'model-name': 'churn',
  'candidate-version': '8',
  seed: '7',
})

describe('evaluate-vs-champion main (in-process): tasks and data the bundle tests do not cover', () => {
  it('multiclass with string class labels: a better candidate is promoted on f1-macro (the default primary metric)', async () => {
    const { report, outputs } = await runMain({
      predictions: fixture('multiclass-better.csv'),
      'champion-predictions': fixture('multiclass-champion.csv'),
      task: 'multiclass',
      seed: '7',
    })
    expect(outputs.decision).toBe('promote')
    expect(report.checks.map((c) => c.id)).toEqual(['evaluate.f1-macro'])
  })
  it('regression from JSONL: a worse candidate is rejected on rmse (smaller is better)', async () => {
    const { report, outputs } = await runMain({
      predictions: fixture('regression-worse.jsonl'),
      'champion-predictions': fixture('regression-champion.jsonl'),
      task: 'regression',
      seed: '7',
    })
    expect(outputs.decision).toBe('reject')
    const check = report.checks.find((c) => c.id === 'evaluate.rmse')
    expect(check?.status).toBe('fail')
    expect(check?.observed).toBeGreaterThan(0)
  })
  it('regression with a mape rule: the worse candidate is rejected on mape (smaller is better)', async () => {
    const { report, outputs } = await runMain(
      {
        predictions: fixture('regression-worse.jsonl'),
        'champion-predictions': fixture('regression-champion.jsonl'),
        task: 'regression',
        seed: '7',
      },
      { 'evaluate-vs-champion': { metrics: { mape: { min_absolute_change: 0 } } } },
    )
    const check = report.checks.find((c) => c.id === 'evaluate.mape')
    expect(check?.status).toBe('fail')
    expect(outputs.decision).toBe('reject')
  })
  it('a binary label other than 0/1 or a score outside [0, 1] is a DataError with the file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mg-eval-bad-'))
    const candidate = join(dir, 'candidate.csv')
    const champion = join(dir, 'champion.csv')
    await writeFile(champion, 'id,label,score\na,0,0.3\nb,1,0.6\nc,1,1.5\n')
    const failure = async (candidateRows: string): Promise<DataError> => {
      await writeFile(candidate, `id,label,score\n${candidateRows}`)
      return expectRejection(runMain({ predictions: candidate, 'champion-predictions': champion }), DataError)
    }
    const label = await failure('a,0,0.2\nb,2,0.7\nc,1,0.9\n')
    expect(label.message).toBe(compareMessages.notBinaryLabel('label', 2))
    expect(label.location).toEqual({ file: candidate, line: 3 })
    expect(label.hint).toBe(inSurface(compareMessages.notBinaryLabelHint('task'), 'action'))
    const score = await failure('a,0,0.2\nb,1,0.7\nc,1,0.9\n')
    expect(score.message).toBe(compareMessages.scoreNotProbability('score', 1.5))
    expect(score.location).toEqual({ file: champion, line: 4 })
  })
})

// The champion resolved through a real file registry (src/registry), by alias.
describe('evaluate-vs-champion main (in-process) with the champion from the registry', () => {
  async function registryWithChampion(dataSha256: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'mg-eval-reg-'))
    const modelDir = join(dir, 'model')
    await mkdir(modelDir)
    await copyFile(fixture('champion.csv'), join(modelDir, 'predictions.csv'))
    await writeFile(join(modelDir, 'model.txt'), 'champion weights\n')
    const url = `file:${join(dir, 'registry')}`
    const registry = await createRegistry(url, { logger: recordingLogger() })
    const ref = await registry.register({
      name: 'churn',
      modelDir,
      card: {
        schemaVersion: 1,
        name: 'churn',
        files: [],
        metrics: {},
        reports: [],
        lineage: {},
        evaluation: { dataSha256, predictionsFile: 'predictions.csv' },
        createdBy: 'test',
        createdAt: '2026-11-23T00:00:00Z',
      },
    })
    await registry.setAlias('churn', 'champion', ref.version, { by: 'test' })
    return url
  }
  const copyPredictions = JSON.stringify([
    process.execPath,
    '-e',
    'require("fs").copyFileSync(process.argv[1] + "/predictions.csv", process.argv[2])',
    '{model_dir}',
    '{output}',
  ])
  it('uses the stored evaluation predictions when the evaluation data hash matches', async () => {
    const data = fixture('better.csv')
    const registry = await registryWithChampion(await sha256File(data))
    const { report, outputs } = await runMain({
      predictions: fixture('better.csv'),
      'model-name': 'churn',
      registry,
      data,
      seed: '7',
    })
    expect(outputs.decision).toBe('promote')
    expect(report.summary).toContain('churn v1 (stored-evaluation)')
  })
  it('runs predict-command (no shell) on the downloaded champion when the hash differs', async () => {
    const registry = await registryWithChampion('0'.repeat(64))
    const { report, outputs } = await runMain({
      predictions: fixture('worse.csv'),
      'model-name': 'churn',
      registry,
      data: fixture('equal.csv'),
      seed: '7',
      'predict-command': copyPredictions,
    })
    expect(outputs.decision).toBe('reject')
    expect(report.summary).toContain('churn v1 (predict-command)')
  })
  /** The candidate and its registry champion (stored predictions), served by serve.mjs for the latency checks. */
  const served = async (candidateDir: string): Promise<Record<string, string>> => {
    const data = fixture('better.csv')
    return {
      predictions: data,
      'model-name': 'churn',
      registry: await registryWithChampion(await sha256File(data)),
      data,
      seed: '7',
      'latency-command': JSON.stringify([process.execPath, fixture('serve.mjs'), '{model_dir}']),
      'candidate-model-dir': candidateDir,
    }
  }
  it('with max-latency-ms and latency-command, serves both models once each and rejects a candidate over the p95 budget', async () => {
    const candidateDir = await mkdtemp(join(tmpdir(), 'mg-eval-cand-'))
    await writeFile(join(candidateDir, 'serve.json'), '{"delay_ms": 3}')
    const inputs = await served(candidateDir)
    const policy = { 'evaluate-vs-champion': { latency: { warmup_requests: 2, requests: 100 } } }
    const generous = await runMain({ ...inputs, 'max-latency-ms': '60000' }, policy)
    const check = generous.report.checks.find((c) => c.id === 'evaluate.latency.p95')
    expect(check?.status).toBe('pass')
    expect(check?.observed).toBeGreaterThanOrEqual(3)
    expect(check?.details).toMatchObject({ method: 'line-protocol', warmup: 2, candidate: { requests: 100 } })
    expect(generous.outputs.decision).toBe('promote')
    const strict = await runMain({ ...inputs, 'max-latency-ms': '0.001' }, policy)
    expect(strict.report.checks.find((c) => c.id === 'evaluate.latency.p95')?.status).toBe('fail')
    expect(strict.outputs.decision).toBe('reject')
  })
  it('max_model_bytes and max_peak_memory_mb judge the candidate model directory and its serve process', async () => {
    const candidateDir = await mkdtemp(join(tmpdir(), 'mg-eval-cand-'))
    await writeFile(join(candidateDir, 'serve.json'), '{"alloc_mb": 64}')
    await writeFile(join(candidateDir, 'weights.bin'), Buffer.alloc(5000))
    const inputs = await served(candidateDir)
    const limits = (bytes: number, mb: number) => ({
      'evaluate-vs-champion': { max_model_bytes: bytes, max_peak_memory_mb: mb, latency: { warmup_requests: 1 } },
    })
    const within = await runMain(inputs, limits(1_000_000, 4096))
    const ids = within.report.checks.map((c) => [c.id, c.status])
    expect(ids).toContainEqual(['evaluate.model-size', 'pass'])
    expect(ids).toContainEqual(['evaluate.memory.peak', 'pass'])
    expect(within.report.checks.find((c) => c.id === 'evaluate.model-size')?.observed).toBe(5000 + 16)
    expect(within.outputs.decision).toBe('promote')
    const over = await runMain(inputs, limits(5000, 32))
    expect(over.report.checks.find((c) => c.id === 'evaluate.model-size')?.status).toBe('fail')
    expect(over.report.checks.find((c) => c.id === 'evaluate.memory.peak')?.status).toBe('fail')
    expect(over.outputs.decision).toBe('reject')
  })
  it('without a champion and without a floor in the policy, it is a ConfigurationError saying what to configure', async () => {
    const error = await expectRejection(runMain({ predictions: fixture('better.csv') }), ConfigurationError)
    expect(error.message).toBe(compareMessages.noChampionNoFloors)
    expect(error.hint).toBe(
      inSurface(
        compareMessages.fixNoChampionNoFloors({
          championPredictions: 'champion-predictions',
          modelName: 'model-name',
          championAlias: 'champion-alias',
        }),
        'action',
      ),
    )
    expect(error.location).toEqual({ input: 'champion-predictions' })
  })
  it('a first model (no champion-predictions, or no version behind the alias) is judged on its floors: "no champion: floors only"', async () => {
    const policy = { 'evaluate-vs-champion': { metrics: { 'roc-auc': { min_absolute_change: 0, threshold: 0.55 } } } }
    const alone = await runMain({ predictions: fixture('better.csv'), seed: '7' }, policy)
    expect(alone.outputs.decision).toBe('promote')
    expect(alone.report.status).toBe('pass')
    expect(alone.report.summary?.split('\n')[0]).toBe(compareMessages.noChampion)
    expect(alone.report.checks.map((c) => [c.id, c.status])).toEqual([
      ['evaluate.champion', 'pass'],
      ['evaluate.roc-auc', 'pass'],
    ])
    const empty = `file:${join(await mkdtemp(join(tmpdir(), 'mg-eval-empty-')), 'registry')}`
    const firstRun = fakeContext({
      inputs: { predictions: fixture('better.csv'), 'model-name': 'churn', registry: empty },
      policy,
    })
    const first = await runInProcess('evaluate-vs-champion', main, firstRun.context)
    expect(first.outputs.decision).toBe('promote')
    expect(first.report.checks[0]?.message).toBe(compareMessages.noChampion)
    // A name the registry has never seen is a warning on the run: a misspelt model-name must not pass quietly.
    expect(firstRun.logger.warnings).toContain(compareMessages.championModelUnknown('churn', empty))
    const high = { 'evaluate-vs-champion': { metrics: { 'roc-auc': { threshold: 0.99 } } } }
    const missed = await runMain({ predictions: fixture('better.csv') }, high)
    expect(missed.outputs.decision).toBe('reject')
  })
})

describe('evaluate-vs-champion main (in-process): honest verdicts (issue #16) and labels by id (issue #15)', () => {
  it('a candidate identical to the champion is a hold, never a promote', async () => {
    const { report, outputs } = await runMain({
      predictions: fixture('champion.csv'),
      'champion-predictions': fixture('champion.csv'),
      seed: '7',
    })
    expect(outputs.decision).toBe('hold')
    expect(report.title).toBe(
      compareMessages.decisionWithReason(
        'hold',
        compareMessages.intervalInconclusive('roc-auc', '0 [0, 0]', '> champion + 0'),
      ),
    )
  })
  it('an empty rule (roc-auc: {}) is a ConfigurationError naming the policy path', async () => {
    const error = await expectRejection(
      runMain(base('better.csv'), { 'evaluate-vs-champion': { metrics: { 'roc-auc': {} } } }),
      ConfigurationError,
    )
    expect(error.message).toBe(compareMessages.emptyRule('roc-auc'))
    expect(error.location).toEqual({ path: 'evaluate-vs-champion.metrics.roc-auc' })
  })
  it("a candidate file whose labels differ from the champion file's by id is a DataError naming the id and both files", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mg-eval-labels-'))
    const candidate = join(dir, 'candidate.csv')
    const lines = (await readFile(fixture('better.csv'), 'utf8')).split('\n')
    const [id, label, ...rest] = (lines[3] as string).split(',')
    lines[3] = [id, label === '1' ? '0' : '1', ...rest].join(',')
    await writeFile(candidate, lines.join('\n'))
    const error = await expectRejection(
      runMain({ predictions: candidate, 'champion-predictions': fixture('champion.csv') }),
      DataError,
    )
    expect(error.message).toContain(`${fixture('champion.csv')} labels id "${id}" as `)
    expect(error.message).toContain(
      `but ${candidate} labels it ${label === '1' ? '0' : '1'} (1 of 800 paired ids differ)`,
    )
    expect(error.location).toEqual({ file: fixture('champion.csv') })
  })
})

// The built bundle run as a runner runs it (INPUT_*, GITHUB_*), against the OpenAPI-validating fake GitHub API.
describe('evaluate-vs-champion bundle (runBundle)', () => {
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
      inputs: { 'github-token': 'ghs_testtoken123', ...base('better.csv'), ...extra, ...inputs },
      event: 'pull_request',
      api,
      timeoutMs: 120_000,
    })
  }
  it('a better candidate → decision promote, exit 0, a successful check run, the promotion command and a metrics file', async () => {
    const r = await run({})
    expect(r.exitCode).toBe(0)
    expect(r.outputs.decision).toBe('promote')
    expect(r.outputs['metrics-path']).toMatch(/evaluate-vs-champion\.metrics\.json$/)
    api?.assertNoViolations()
    expect(api?.checkRuns[0]).toMatchObject({ name: 'modelgate/evaluate-vs-champion', conclusion: 'success' })
    expect(r.summary).toContain('gh workflow run promote.yml')
    expect(r.report?.title).toMatch(
      /^Promote: roc-auc difference [0-9.]+ \[[0-9.]+, [0-9.]+\] clears > champion \+ 0 across the 95% interval$/,
    )
    expect(r.report?.figures.map((f) => f.kind)).toEqual(['table', 'bar'])
    const metrics = JSON.parse(await readFile(r.outputs['metrics-path'] ?? '', 'utf8')) as {
      decision: string
      metrics: Record<string, number>
      comparisons: Array<{ metric: string; resamples: number }>
    }
    expect(metrics.decision).toBe('promote')
    expect(metrics.metrics['roc-auc']).toBeGreaterThan(0.8)
    expect(metrics.comparisons.find((c) => c.metric === 'roc-auc')?.resamples).toBe(1000)
  })
  it('a noisy equal candidate → hold (the interval straddles 0)', async () => {
    const r = await run({ predictions: fixture('equal.csv') })
    expect(r.outputs.decision).toBe('hold')
    expect(r.report?.checks.find((c) => c.id === 'evaluate.roc-auc')?.status).toBe('warn')
    expect(r.report?.title).toMatch(/^Hold: roc-auc difference .* is inconclusive against > champion \+ 0/)
  })
  it('a candidate identical to the champion → hold, not promote ("better" means strictly better)', async () => {
    const r = await run({ predictions: fixture('champion.csv') })
    expect(r.outputs.decision).toBe('hold')
    expect(r.report?.title).toBe(
      'Hold: roc-auc difference 0 [0, 0] is inconclusive against > champion + 0: the interval neither clears nor rules it out',
    )
    expect(r.report?.summary).toContain('Sample: 800 rows (')
  })
  it('a first model without a champion → floors only, report status pass, exit 0', async () => {
    const r = await run(
      { 'champion-predictions': '', 'model-name': '' },
      'evaluate-vs-champion:\n  metrics:\n    roc-auc: { min_absolute_change: 0, threshold: 0.55 }\n',
    )
    expect(r.exitCode).toBe(0)
    expect(r.outputs.decision).toBe('promote')
    expect(r.report?.status).toBe('pass')
    expect(r.report?.summary?.split('\n')[0]).toBe(compareMessages.noChampion)
    expect(r.report?.checks[0]).toMatchObject({ id: 'evaluate.champion', status: 'pass' })
  })
  it('a worse candidate → reject, step fails, the failing rule named in the report', async () => {
    const r = await run({ predictions: fixture('worse.csv') })
    expect(r.outputs.decision).toBe('reject')
    expect(r.exitCode).not.toBe(0)
    expect(r.report?.checks.find((c) => c.id === 'evaluate.roc-auc')?.status).toBe('fail')
    expect(r.report?.summary).toContain('roc-auc difference')
    expect(r.report?.title).toMatch(
      /^Reject: roc-auc difference -[0-9.]+ .* fails > champion \+ 0 across the whole 95% interval$/,
    )
    expect(api?.checkRuns[0]?.conclusion).toBe('failure')
  })
  it('a slice regression is reported and rejects by default', async () => {
    const r = await run({ predictions: fixture('slice-regression.csv'), 'segment-columns': 'region' })
    expect(r.report?.checks.find((c) => c.id === 'evaluate.slice.region.south.roc-auc')?.status).toBe('fail')
    expect(r.outputs.decision).toBe('reject')
    expect(r.report?.figures.some((f) => f.title === 'Slices')).toBe(true)
  })
  it('mismatched ids → a clear error (how many, examples), no stack trace', async () => {
    const r = await run({ predictions: fixture('mismatched.csv') })
    expect(r.exitCode).not.toBe(0)
    const out = r.stdout + r.stderr
    expect(out).toContain('3 id(s) only in')
    expect(out).toContain('"x0010"')
    expect(out).toContain('5 id(s) only in')
    expect(out).not.toMatch(/\n\s+at .*\.js:\d+/)
    expect(out).not.toMatch(/failed unexpectedly/)
  })
  it('a rule mlflow mode forbids → a configuration error at the policy key, no stack trace', async () => {
    const r = await run(
      {},
      'evaluate-vs-champion:\n  rule_mode: mlflow\n  metrics:\n    roc-auc: { min_absolute_change: 0 }\n',
    )
    expect(r.exitCode).not.toBe(0)
    const out = r.stdout + r.stderr
    expect(out).toContain(compareMessages.mlflowAbsoluteChangeNotPositive('roc-auc', 0))
    expect(out).toContain('at evaluate-vs-champion.metrics.roc-auc.min_absolute_change')
    expect(out).not.toMatch(/failed unexpectedly/)
  })
  it('the kebab-case keys of the previous release still work, with one warning per key naming the new key', async () => {
    const r = await run(
      { predictions: fixture('slice-regression.csv') },
      [
        'evaluate-vs-champion:',
        '  rule-mode: mlflow',
        '  decision-threshold: 0.5',
        '  max-latency-ms: 60000',
        '  metrics:',
        '    roc-auc: { min_absolute_change: 0.001 }',
        '  slices: { columns: [region], min-size: 10, on-regression: warn }',
        '',
      ].join('\n'),
    )
    expect(r.stderr).not.toMatch(/failed unexpectedly/)
    const warnings = r.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      `::warning::${compareMessages.deprecatedKey('rule-mode', 'rule_mode')}`,
      '::warning::evaluate-vs-champion.decision-threshold is deprecated: write decision_threshold',
      '::warning::evaluate-vs-champion.max-latency-ms is deprecated: write max_latency_ms',
      '::warning::evaluate-vs-champion.slices.min-size is deprecated: write slices.min_size',
      '::warning::evaluate-vs-champion.slices.on-regression is deprecated: write slices.on_regression',
    ])
    expect(r.report?.summary).toContain('rule mode: mlflow.')
    expect(r.report?.checks.find((c) => c.id === 'evaluate.slice.region.south.roc-auc')?.status).toBe('warn')
    expect(r.report?.checks.find((c) => c.id === 'evaluate.latency.p95')).toMatchObject({
      status: 'error',
      message: governanceMessages.latencyNotMeasured('p95 ≤ 60000 ms', [
        'input data',
        'input latency-command (or latency-url-candidate)',
      ]),
    })
  })
})
