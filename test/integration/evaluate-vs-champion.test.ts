import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'
import type { ActionContext, ActionResult } from '../../src/github/action-context.js'
import { InputReader } from '../../src/github/input-reader.js'
import type { Logger } from '../../src/core/logger.js'
import { DataError } from '../../src/core/errors.js'
import { main } from '../../src/evaluate-vs-champion/main.js'
import { createRegistry } from '../../src/registry/create-registry.js'
import { sha256File } from '../../src/io/hash-file.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const fixture = (name: string): string => join(root, 'fixtures/datasets/evaluate', name)

const silent: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  startGroup() {},
  endGroup() {},
  setSecret() {},
}

async function runMain(inputs: Record<string, string>, policy: Record<string, unknown> = {}): Promise<ActionResult> {
  const workDir = await mkdtemp(join(tmpdir(), 'mg-eval-'))
  const context = {
    inputs: new InputReader((name) => inputs[name]),
    logger: silent,
    policy,
    github: {
      fromFork: false,
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      payload: {},
      repository: 'acme/churn',
    },
    client: undefined,
    state: { save() {}, get: () => undefined },
    onRunner: false,
    workDir,
    env: {},
    now: () => new Date('2026-11-23T10:00:00Z'),
    signal: new AbortController().signal,
  } as unknown as ActionContext
  return main(context)
}

const base = (candidate: string): Record<string, string> => ({
  predictions: fixture(candidate),
  'champion-predictions': fixture('champion.csv'),
  'model-name': 'churn',
  'candidate-version': '8',
  seed: '7',
})

// main() called in-process with a fake context (the runBundle harness had not landed when these were written).
describe('evaluate-vs-champion main (in-process)', () => {
  it('a better candidate is promoted, with the promotion command in the summary and a metrics file', async () => {
    const result = await runMain(base('better.csv'))
    expect(result.outputs?.decision).toBe('promote')
    expect(result.report.status).toBe('pass')
    expect(result.report.title).toMatch(
      /^Promote: roc-auc difference [0-9.]+ \[[0-9.]+, [0-9.]+\] clears ≥ champion \+ 0 across the 95% interval$/,
    )
    expect(result.report.summary).toContain('gh workflow run promote.yml --repo acme/churn -f model=churn -f version=8')
    const metrics = JSON.parse(await readFile(result.outputs?.['metrics-path'] ?? '', 'utf8')) as {
      metrics: Record<string, number>
    }
    expect(metrics.metrics['roc-auc']).toBeGreaterThan(0.8)
    expect(result.report.figures.map((f) => f.kind)).toEqual(['table', 'bar'])
  })
  it('a noisy equal candidate is held (the interval straddles 0)', async () => {
    const result = await runMain(base('equal.csv'))
    expect(result.outputs?.decision).toBe('hold')
    expect(result.report.checks.find((c) => c.id === 'evaluate.roc-auc')?.status).toBe('warn')
    expect(result.report.title).toMatch(/^Hold: roc-auc difference .* is inconclusive against ≥ champion \+ 0/)
  })
  it('a worse candidate is rejected, naming the failing rule', async () => {
    const result = await runMain(base('worse.csv'))
    expect(result.outputs?.decision).toBe('reject')
    expect(result.report.checks.find((c) => c.id === 'evaluate.roc-auc')?.status).toBe('fail')
    expect(result.report.summary).toContain('roc-auc difference')
    expect(result.report.title).toMatch(
      /^Reject: roc-auc difference -[0-9.]+ .* fails ≥ champion \+ 0 across the whole 95% interval$/,
    )
  })
  it('a slice regression is reported and rejects by default', async () => {
    const result = await runMain({ ...base('slice-regression.csv'), 'segment-columns': 'region' })
    const south = result.report.checks.find((c) => c.id === 'evaluate.slice.region.south.roc-auc')
    expect(south?.status).toBe('fail')
    expect(result.outputs?.decision).toBe('reject')
    expect(result.report.figures.some((f) => f.title === 'Slices')).toBe(true)
  })
  it('multiclass with string class labels: a better candidate is promoted on f1-macro (the default primary metric)', async () => {
    const result = await runMain({
      predictions: fixture('multiclass-better.csv'),
      'champion-predictions': fixture('multiclass-champion.csv'),
      task: 'multiclass',
      seed: '7',
    })
    expect(result.outputs?.decision).toBe('promote')
    expect(result.report.checks.map((c) => c.id)).toEqual(['evaluate.f1-macro'])
  })
  it('regression from JSONL: a worse candidate is rejected on rmse (smaller is better)', async () => {
    const result = await runMain({
      predictions: fixture('regression-worse.jsonl'),
      'champion-predictions': fixture('regression-champion.jsonl'),
      task: 'regression',
      seed: '7',
    })
    expect(result.outputs?.decision).toBe('reject')
    const check = result.report.checks.find((c) => c.id === 'evaluate.rmse')
    expect(check?.status).toBe('fail')
    expect(check?.observed).toBeGreaterThan(0)
  })
  it('ids that do not match are a DataError saying how many, with examples', async () => {
    const error = await runMain(base('mismatched.csv')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).message).toContain('3 id(s) only in')
    expect((error as DataError).message).toContain('"x0010"')
    expect((error as DataError).message).toContain('5 id(s) only in')
  })
  it('mlflow rule mode with min_absolute_change: 0 is a ConfigurationError naming the policy key', async () => {
    const error = await runMain(base('better.csv'), {
      'evaluate-vs-champion': { 'rule-mode': 'mlflow', metrics: { 'roc-auc': { min_absolute_change: 0 } } },
    }).catch((e: unknown) => e)
    expect((error as Error).message).toContain('min_absolute_change')
  })
})

// The champion resolved through a real file registry (src/registry), by alias.
describe('evaluate-vs-champion main with the champion from the registry', () => {
  async function registryWithChampion(dataSha256: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'mg-eval-reg-'))
    const modelDir = join(dir, 'model')
    await mkdir(modelDir)
    await copyFile(fixture('champion.csv'), join(modelDir, 'predictions.csv'))
    await writeFile(join(modelDir, 'model.txt'), 'champion weights\n')
    const url = `file:${join(dir, 'registry')}`
    const registry = await createRegistry(url, { logger: silent })
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
  it('uses the stored evaluation predictions when the evaluation data hash matches', async () => {
    const data = fixture('better.csv')
    const registry = await registryWithChampion(await sha256File(data))
    const result = await runMain({
      predictions: fixture('better.csv'),
      'model-name': 'churn',
      registry,
      data,
      seed: '7',
    })
    expect(result.outputs?.decision).toBe('promote')
    expect(result.report.summary).toContain('churn v1 (stored-evaluation)')
  })
  it('runs predict-command (no shell) on the downloaded champion when the hash differs', async () => {
    const registry = await registryWithChampion('0'.repeat(64))
    const result = await runMain({
      predictions: fixture('worse.csv'),
      'model-name': 'churn',
      registry,
      data: fixture('equal.csv'),
      seed: '7',
      'predict-command': JSON.stringify([
        process.execPath,
        '-e',
        'require("fs").copyFileSync(process.argv[1] + "/predictions.csv", process.argv[2])',
        '{model_dir}',
        '{output}',
      ]),
    })
    expect(result.outputs?.decision).toBe('reject')
    expect(result.report.summary).toContain('churn v1 (predict-command)')
  })
  it('with max-latency-ms, times both predict commands and rejects a candidate over the p95 budget', async () => {
    const data = fixture('better.csv')
    const registry = await registryWithChampion(await sha256File(data))
    const candidateDir = await mkdtemp(join(tmpdir(), 'mg-eval-cand-'))
    await copyFile(fixture('better.csv'), join(candidateDir, 'predictions.csv'))
    const command = JSON.stringify([
      process.execPath,
      '-e',
      'require("fs").copyFileSync(process.argv[1] + "/predictions.csv", process.argv[2])',
      '{model_dir}',
      '{output}',
    ])
    const inputs = {
      predictions: data,
      'model-name': 'churn',
      registry,
      data,
      seed: '7',
      'predict-command': command,
      'candidate-model-dir': candidateDir,
    }
    const generous = await runMain({ ...inputs, 'max-latency-ms': '60000' })
    const check = generous.report.checks.find((c) => c.id === 'evaluate.latency.p95')
    expect(check?.status).toBe('pass')
    expect(generous.outputs?.decision).toBe('promote')
    const strict = await runMain({ ...inputs, 'max-latency-ms': '0.001' })
    expect(strict.report.checks.find((c) => c.id === 'evaluate.latency.p95')?.status).toBe('fail')
    expect(strict.outputs?.decision).toBe('reject')
  })
  it('without champion-predictions, model-name or a way to score the champion, it is a ConfigurationError', async () => {
    const error = await runMain({ predictions: fixture('better.csv') }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('no champion to compare with')
  })
})

// The built bundle run as a runner runs it (INPUT_*, GITHUB_*), against the OpenAPI-validating fake GitHub API.
describe('evaluate-vs-champion bundle (runBundle)', () => {
  let api: GitHubApiServer | undefined
  afterEach(async () => {
    await api?.close()
    api = undefined
  })
  const run = async (inputs: Record<string, string>): Promise<BundleRun> => {
    api = await startGitHubApiServer()
    return runBundle('evaluate-vs-champion', {
      inputs: { 'github-token': 'ghs_testtoken123', ...base('better.csv'), ...inputs },
      event: 'pull_request',
      api,
      timeoutMs: 120_000,
    })
  }
  it('a better candidate → decision promote, exit 0 and a successful modelgate/evaluate-vs-champion check run', async () => {
    const r = await run({})
    expect(r.exitCode).toBe(0)
    expect(r.outputs.decision).toBe('promote')
    expect(r.outputs['metrics-path']).toMatch(/evaluate-vs-champion\.metrics\.json$/)
    api?.assertNoViolations()
    expect(api?.checkRuns[0]).toMatchObject({ name: 'modelgate/evaluate-vs-champion', conclusion: 'success' })
    expect(r.summary).toContain('gh workflow run promote.yml')
  })
  it('a noisy equal candidate → hold', async () => {
    const r = await run({ predictions: fixture('equal.csv') })
    expect(r.outputs.decision).toBe('hold')
  })
  it('a worse candidate → reject, step fails, the failing rule named in the report', async () => {
    const r = await run({ predictions: fixture('worse.csv') })
    expect(r.outputs.decision).toBe('reject')
    expect(r.exitCode).not.toBe(0)
    expect(r.report?.checks.find((c) => c.id === 'evaluate.roc-auc')?.status).toBe('fail')
    expect(api?.checkRuns[0]?.conclusion).toBe('failure')
  })
  it('a slice regression is reported', async () => {
    const r = await run({ predictions: fixture('slice-regression.csv'), 'segment-columns': 'region' })
    expect(r.report?.checks.find((c) => c.id === 'evaluate.slice.region.south.roc-auc')?.status).toBe('fail')
  })
  it('mismatched ids → a clear error (how many, examples), no stack trace', async () => {
    const r = await run({ predictions: fixture('mismatched.csv') })
    expect(r.exitCode).not.toBe(0)
    expect(r.stdout + r.stderr).toContain('3 id(s) only in')
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/)
  })
})
