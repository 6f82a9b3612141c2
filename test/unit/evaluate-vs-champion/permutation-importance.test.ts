import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { explainMessages as m } from '../../../src/core/governance/explain-messages.js'
import { ServiceError } from '../../../src/core/errors.js'
import { main } from '../../../src/evaluate-vs-champion/main.js'
import { schemaProblems } from '../../../src/io/schema-validator.js'
import { main as registerMain } from '../../../src/register-model/main.js'
import {
  permutationImportance,
  readPermutationSample,
  type Answerer,
} from '../../../src/evaluate-vs-champion/permutation-importance.js'
import { startServeProcess } from '../../../src/evaluate-vs-champion/serve-process.js'
import { explainabilityOrMissing } from '../../../src/evaluate-vs-champion/permutation-targets.js'
import { resolveExplainabilityPolicy } from '../../../src/core/governance/explain-policy.js'
import { explainabilityChecks } from '../../../src/core/governance/explain-checks.js'
import type { EvaluateInputs } from '../../../src/evaluate-vs-champion/inputs.js'
import { expectRejection } from '../../helpers/expect-rejection.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const explain = (name: string): string => join(root, 'fixtures/explain', name)
const data = explain('logistic.csv')
const serveArgv = (model: string): string[] => [
  '/usr/bin/python3',
  explain('serve-logistic.py'),
  explain(`models/${model}`),
]
const golden = JSON.parse(readFileSync(join(root, 'fixtures/golden/permutation-importance.sklearn.json'), 'utf8')) as {
  permutations: number[][]
  cases: { metric: string; baseline: number; importances_mean: number[]; importances_std: number[] }[]
}
const signal = new AbortController().signal
const TOL = 1e-9

async function withServer<T>(model: string, run: (a: Answerer, count: () => number) => Promise<T>): Promise<T> {
  const server = startServeProcess(serveArgv(model), 'candidate', 'latency-command')
  let sent = 0
  const answerer: Answerer = {
    which: 'candidate',
    input: 'latency-command',
    window: 64,
    answer: (json) => {
      sent++
      return server.answer(json, 30_000)
    },
  }
  try {
    return await run(answerer, () => sent)
  } finally {
    await server.close()
  }
}

describe('permutationImportance through the line protocol (fixtures/explain/serve-logistic.py)', () => {
  for (const [metric, task, labelColumn, model] of [
    ['roc-auc', 'binary', 'label', 'logistic'],
    ['accuracy', 'binary', 'label', 'logistic'],
    ['rmse', 'regression', 'target', 'linear'],
  ] as const) {
    it(`${metric}: the served model's importances equal sklearn's within ${TOL}, given sklearn's permutations`, async () => {
      const c = golden.cases.find((x) => x.metric === metric)!
      const sample = await readPermutationSample(
        data,
        { id: 'id', label: labelColumn },
        task,
        { sampleRows: 1000, seed: 1 },
        signal,
      )
      expect(sample.rows.length).toBe(200)
      const perms = golden.permutations.map((p) => Uint32Array.from(p))
      const policy = { metric, greaterIsBetter: metric !== 'rmse', responseField: 'score' }
      const { set, sent } = await withServer(model, async (a, count) => ({
        set: await permutationImportance(a, sample, perms, policy, { task, decisionThreshold: 0.5 }, signal),
        sent: count(),
      }))
      expect(Math.abs((set.baseline as number) - c.baseline)).toBeLessThan(TOL)
      ;['x1', 'x2', 'x3', 'x4'].forEach((feature, j) => {
        const f = set.features.find((x) => x.feature === feature)!
        expect(Math.abs(f.importance - (c.importances_mean[j] as number)), feature).toBeLessThan(TOL)
        expect(Math.abs((f.std as number) - (c.importances_std[j] as number)), feature).toBeLessThan(TOL)
      })
      // The other label column is one more "feature" the model ignores: importance exactly 0.
      expect(set.features.find((x) => x.feature === (labelColumn === 'label' ? 'target' : 'label'))?.importance).toBe(0)
      // Cost: at most 200 × (1 + 5 features × 5 repeats) = 5,200 requests; equal permuted rows are sent once
      // (x3 has three values, so most of its permuted rows repeat one already answered).
      expect(sent).toBe(set.requests)
      expect(sent).toBeLessThan(5200)
    })
  }
  it('an answer without the number is a service error naming the field', async () => {
    const sample = await readPermutationSample(
      data,
      { id: 'id', label: 'label' },
      'binary',
      { sampleRows: 20, seed: 1 },
      signal,
    )
    const error = await expectRejection(
      withServer('logistic', (a) =>
        permutationImportance(
          a,
          sample,
          [Uint32Array.from({ length: 20 }, (_, i) => i)],
          { metric: 'roc-auc', greaterIsBetter: true, responseField: 'p' },
          { task: 'binary', decisionThreshold: 0.5 },
          signal,
        ),
      ),
      ServiceError,
    )
    expect(error.message).toContain(m.notScore('candidate', 1, 'p', '').split(':')[0] as string)
  })
})

/** Predictions files of the fixture models on the fixture data (id, label, score). */
async function predictions(dir: string, name: string, w: number[]): Promise<string> {
  const lines = readFileSync(data, 'utf8').trim().split('\n').slice(1)
  const rows = lines.map((l) => {
    const cells = l.split(',')
    const z = w.reduce((acc, wj, j) => acc + wj * Number(cells[j + 1]), 0.2)
    return `${cells[0]},${cells[5]},${1 / (1 + Math.exp(-z))}`
  })
  const path = join(dir, name)
  await writeFile(path, `id,label,score\n${rows.join('\n')}\n`)
  return path
}

describe('evaluate-vs-champion explainability (in-process)', () => {
  const run = async (explainability: Record<string, unknown>, extra: Record<string, string> = {}) => {
    const dir = await mkdtemp(join(tmpdir(), 'mg-explain-eval-'))
    const inputs = {
      predictions: await predictions(dir, 'candidate.csv', [1.5, -1, 0.5, 0]),
      'champion-predictions': await predictions(dir, 'champion.csv', [0, -1, 0.5, 1.5]),
      data,
      'latency-command': JSON.stringify(['/usr/bin/python3', explain('serve-logistic.py'), '{model_dir}']),
      'candidate-model-dir': explain('models/logistic'),
      'champion-model-dir': explain('models/swapped'),
      ...extra,
    }
    const policy = {
      'evaluate-vs-champion': {
        metrics: { 'roc-auc': { threshold: 0.5 } },
        explainability: { sample_rows: 100, repeats: 2, ...explainability },
      },
    }
    return (await runInProcess('evaluate-vs-champion', main, fakeContext({ inputs, policy }).context)).report
  }
  it('a champion whose top features differ holds the decision (top-k overlap below the minimum), with the table', async () => {
    const report = await run({ top_k: 2, min_top_k_overlap: 1 })
    const top = report.checks.find((c) => c.id === 'evaluate.explainability.top-k')
    expect(top?.status).toBe('warn')
    expect(top?.observed).toBe(0.5)
    expect(report.checks.find((c) => c.id === 'evaluate.explainability.importance')?.observed).toBe('x1')
    const table = report.figures.find((f) => f.title.startsWith('Feature importance'))
    expect(table?.kind).toBe('table')
    expect(report.title.startsWith('Hold')).toBe(true)
    expect(schemaProblems('gate-report', report)).toEqual([])
  }, 60_000)
  it('on_change: reject rejects; a configured check without a serve command is an error that holds', async () => {
    const rejected = await run({ top_k: 2, min_top_k_overlap: 1, on_change: 'reject' })
    expect(rejected.title.startsWith('Reject')).toBe(true)
    const unserved = await run({ min_top_k_overlap: 0.5 }, { 'latency-command': '' })
    expect(unserved.checks.filter((c) => c.id.startsWith('evaluate.explainability')).map((c) => c.status)).toEqual([
      'error',
      'error',
    ])
    expect(unserved.title.startsWith('Hold')).toBe(true)
  }, 60_000)
})

describe('explainabilityOrMissing over HTTP (latency-url-candidate), and what it names when it cannot run', () => {
  const inputs = (extra: Partial<EvaluateInputs>): EvaluateInputs => ({
    mode: 'compare',
    predictions: data,
    championAlias: 'champion',
    registry: 'file:.modelgate/registry',
    labelColumn: 'label',
    scoreColumn: 'score',
    idColumn: 'id',
    data,
    ...extra,
  })
  const withoutData = ({ data: _data, ...rest }: EvaluateInputs): EvaluateInputs => rest
  const policy = resolveExplainabilityPolicy({ sample_rows: 50, repeats: 2 }, 'binary', 4)!
  const scoring = { task: 'binary', decisionThreshold: 0.5, timeoutMs: 10_000 } as const
  it('POSTs each row and reads {"score"}: x1 is the most important feature, x4 (weight 0) exactly 0', async () => {
    let posts = 0
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        posts++
        const row = JSON.parse(body) as Record<string, number>
        const z = 1.5 * row.x1! - row.x2! + 0.5 * row.x3! + 0.2
        res.end(JSON.stringify({ score: 1 / (1 + Math.exp(-z)) }))
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/predict`
    try {
      const { context } = fakeContext()
      const evidence = await explainabilityOrMissing(
        inputs({ latencyUrlCandidate: url }),
        policy,
        scoring,
        undefined,
        context,
      )
      const candidate = evidence.candidate
      if ('missing' in candidate) throw new Error(candidate.missing.join())
      expect(candidate.features[0]?.feature).toBe('x1')
      expect(candidate.features.find((f) => f.feature === 'x4')?.importance).toBe(0)
      expect(candidate.rows).toBe(50)
      expect(posts).toBe(candidate.requests)
      expect(evidence.champion).toBeUndefined()
    } finally {
      server.close()
    }
  })
  it('names the inputs it needs: a serve command, the champion endpoint, the champion model directory', async () => {
    const { context } = fakeContext()
    const champion = { path: 'champion.csv', how: 'file' } as const
    expect(await explainabilityOrMissing(inputs({}), policy, scoring, champion, context)).toEqual({
      candidate: { missing: ['set input latency-command (or latency-url-candidate)'] },
      champion: { missing: ['set input latency-command (or latency-url-candidate)'] },
    })
    const http = await explainabilityOrMissing(
      withoutData(inputs({ latencyUrlCandidate: 'http://127.0.0.1:9/x' })),
      policy,
      scoring,
      champion,
      context,
    )
    expect(http.candidate).toEqual({ missing: ['set input data (rows with the label column)'] })
    const card = resolveExplainabilityPolicy({ champion_source: 'card' }, 'binary', 4)!
    const noDir = await explainabilityOrMissing(
      inputs({ latencyCommand: serveArgv('logistic'), candidateModelDir: explain('models/logistic') }),
      card,
      scoring,
      champion,
      context,
    )
    expect(noDir.champion).toEqual({
      missing: [
        'the champion was given as champion-predictions, so it has no model card; set explainability.champion_source: permutation',
      ],
    })
  })
})

describe("champion_source: card (the explanation on the champion's model card)", () => {
  it("reads the champion card explanation and compares the candidate's permutation importances with it", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mg-explain-card-'))
    await writeFile(join(dir, 'model.bin'), 'weights')
    const explanation = join(dir, 'explanation.json')
    await writeFile(
      explanation,
      JSON.stringify({ method: 'shap', importances: { x4: 0.5, x2: 0.3, x3: 0.1, x1: 0.05 } }),
    )
    const registry = `file:${join(dir, 'registry')}`
    const registered = fakeContext({ inputs: { 'model-name': 'churn', 'model-path': dir, registry, explanation } })
    await runInProcess('register-model', registerMain, registered.context)
    const champion = { path: 'champion.csv', how: 'stored-evaluation', model: 'churn', version: 1 } as const
    const policy = resolveExplainabilityPolicy(
      { sample_rows: 100, repeats: 2, champion_source: 'card', top_k: 2, min_top_k_overlap: 0.5 },
      'binary',
      4,
    )!
    const { context } = fakeContext()
    const evidence = await explainabilityOrMissing(
      {
        mode: 'compare',
        predictions: data,
        championAlias: 'champion',
        registry,
        labelColumn: 'label',
        scoreColumn: 'score',
        idColumn: 'id',
        data,
        latencyCommand: serveArgv('logistic'),
        candidateModelDir: explain('models/logistic'),
      },
      policy,
      { task: 'binary', decisionThreshold: 0.5, timeoutMs: 30_000 },
      champion,
      context,
    )
    expect(evidence.champion).toEqual({
      source: 'card',
      method: 'shap',
      version: 1,
      features: [
        { feature: 'x4', importance: 0.5 },
        { feature: 'x2', importance: 0.3 },
        { feature: 'x3', importance: 0.1 },
        { feature: 'x1', importance: 0.05 },
      ],
    })
    // The candidate's top 2 (x1, x2) against the card's (x4, x2): one of two kept.
    const topK = explainabilityChecks(policy, evidence, false).find((c) => c.id === 'evaluate.explainability.top-k')
    expect([topK?.status, topK?.observed]).toEqual(['pass', 0.5])
    const plain = await mkdtemp(join(tmpdir(), 'mg-explain-nocard-'))
    await writeFile(join(plain, 'model.bin'), 'weights')
    const bare = `file:${join(plain, 'registry')}`
    await runInProcess(
      'register-model',
      registerMain,
      fakeContext({ inputs: { 'model-name': 'churn', 'model-path': plain, registry: bare } }).context,
    )
    const none = await explainabilityOrMissing(
      {
        mode: 'compare',
        predictions: data,
        championAlias: 'champion',
        registry: bare,
        labelColumn: 'label',
        scoreColumn: 'score',
        idColumn: 'id',
        data,
        latencyCommand: serveArgv('logistic'),
        candidateModelDir: explain('models/logistic'),
      },
      policy,
      { task: 'binary', decisionThreshold: 0.5, timeoutMs: 30_000 },
      champion,
      context,
    )
    expect(none.champion).toEqual({
      missing: ["the model card of churn v1 has no explanation (register it with register-model's explanation input)"],
    })
  }, 60_000)
})
