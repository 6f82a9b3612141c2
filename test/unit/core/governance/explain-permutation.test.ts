import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  drawPermutations,
  sampleRowIndices,
  scoreAnswers,
  summarizeImportances,
} from '../../../../src/core/governance/explain-permutation.js'
import { resolveExplainabilityPolicy } from '../../../../src/core/governance/explain-policy.js'
import { spearmanCorrelation } from '../../../../src/core/stats/spearman-correlation.js'
import { ConfigurationError } from '../../../../src/core/errors.js'

interface Golden {
  model: { w: number[]; b: number; features: string[] }
  rows: number
  permutations: number[][]
  cases: {
    metric: 'roc-auc' | 'accuracy' | 'rmse'
    baseline: number
    importances_mean: number[]
    importances_std: number[]
  }[]
  spearman: { a: number[]; b: number[]; rho: number }[]
}
const read = (path: string): string => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8')
const golden = JSON.parse(read('fixtures/golden/permutation-importance.sklearn.json')) as Golden
const lines = read('fixtures/explain/logistic.csv').trim().split('\n').slice(1)
const X = lines.map((l) => l.split(',').slice(1, 5).map(Number))
const label = lines.map((l) => Number(l.split(',')[5]))
const target = lines.map((l) => Number(l.split(',')[6]))

/** The fixture model, as fixtures/explain/serve-logistic.py computes it. */
const predict = (rows: number[][], kind: 'logistic' | 'linear'): number[] =>
  rows.map((x) => {
    let z = golden.model.b
    golden.model.w.forEach((w, j) => (z += w * (x[j] as number)))
    return kind === 'logistic' ? 1 / (1 + Math.exp(-z)) : z
  })

// Tolerance 1e-9: the same permutations and the same model; only the float summation order differs
// (numpy's matmul vs a loop), which moves the scores in their last bits.
const TOL = 1e-9

describe('permutation importance against sklearn.inspection.permutation_importance (given the same permutations)', () => {
  for (const c of golden.cases) {
    it(`${c.metric}: baseline, importances_mean and importances_std within ${TOL}`, () => {
      const task = c.metric === 'rmse' ? 'regression' : 'binary'
      const y = task === 'regression' ? target : label
      const kind = task === 'regression' ? 'linear' : 'logistic'
      const policy = { metric: c.metric }
      const baseline = scoreAnswers(y, predict(X, kind), policy, task, 0.5)
      expect(Math.abs(baseline - c.baseline)).toBeLessThan(TOL)
      const permuted = golden.model.features.map((_, j) =>
        golden.permutations.map((perm) => {
          const Xp = X.map((row, i) => row.map((v, k) => (k === j ? (X[perm[i] as number] as number[])[k] : v)))
          return scoreAnswers(y, predict(Xp as number[][], kind), policy, task, 0.5)
        }),
      )
      const got = summarizeImportances(golden.model.features, baseline, permuted, c.metric !== 'rmse')
      golden.model.features.forEach((feature, j) => {
        const f = got.find((x) => x.feature === feature)
        expect(Math.abs((f?.importance as number) - (c.importances_mean[j] as number)), feature).toBeLessThan(TOL)
        expect(Math.abs((f?.std as number) - (c.importances_std[j] as number)), feature).toBeLessThan(TOL)
      })
    })
  }
  it("Spearman's ρ matches scipy.stats.spearmanr (ties by average rank) within 1e-12", () => {
    for (const s of golden.spearman)
      expect(Math.abs((spearmanCorrelation(s.a, s.b) as number) - s.rho)).toBeLessThan(1e-12)
    expect(spearmanCorrelation([1, 1, 1], [1, 2, 3])).toBeUndefined()
  })
})

describe('seeded sampling and permutations', () => {
  it('sampleRowIndices draws distinct rows, ascending, the same for the same seed', () => {
    const a = sampleRowIndices(1000, 50, 9)
    expect(new Set(a).size).toBe(50)
    expect([...a].sort((x, y) => x - y)).toEqual(a)
    expect(sampleRowIndices(1000, 50, 9)).toEqual(a)
    expect(sampleRowIndices(1000, 50, 10)).not.toEqual(a)
  })
  it('drawPermutations gives permutations, reproducible from the seed, different per repeat', () => {
    const p = drawPermutations(100, 3, 5)
    for (const perm of p) expect([...perm].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i))
    expect(drawPermutations(100, 3, 5)).toEqual(p)
    expect(p[0]).not.toEqual(p[1])
  })
})

describe('resolveExplainabilityPolicy', () => {
  it('defaults: 1,000 rows, 5 repeats, the task metric, top 5, champion by permutation, hold', () => {
    expect(resolveExplainabilityPolicy({}, 'regression', 3)).toEqual({
      sampleRows: 1000,
      repeats: 5,
      seed: 3,
      metric: 'rmse',
      greaterIsBetter: false,
      responseField: 'score',
      topK: 5,
      championSource: 'permutation',
      onChange: 'hold',
    })
  })
  it('refuses multiclass and a metric of another task, naming the policy path', () => {
    expect(() => resolveExplainabilityPolicy({}, 'multiclass', 1)).toThrow(ConfigurationError)
    try {
      resolveExplainabilityPolicy({ metric: 'rmse' }, 'binary', 1)
    } catch (error) {
      expect((error as ConfigurationError).location.path).toBe('evaluate-vs-champion.explainability.metric')
    }
    expect(() => resolveExplainabilityPolicy({ metric: 'rmse' }, 'binary', 1)).toThrow(ConfigurationError)
  })
})
