import { describe, expect, it } from 'vitest'
import { compareModels } from '../../../../src/core/compare/compare-models.js'
import { decideEvaluation } from '../../../../src/core/compare/decide-evaluation.js'
import { compareMessages } from '../../../../src/core/compare/messages.js'
import type { MetricComparison } from '../../../../src/core/compare/metric-comparison.js'
import { resolveEvaluationPolicy } from '../../../../src/core/compare/resolve-evaluation-policy.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'

const base = resolveEvaluationPolicy({}, {})
const cmp = (over: Partial<MetricComparison>): MetricComparison => ({
  metric: 'roc-auc',
  greaterIsBetter: true,
  champion: 0.8,
  candidate: 0.82,
  difference: 0.02,
  lower: 0.01,
  upper: 0.03,
  confidence: 0.95,
  probabilityBetter: 0.99,
  resamples: 1000,
  ...over,
})

describe('decideEvaluation', () => {
  it('decideEvaluation promotes when the whole interval clears the rule', () => {
    expect(decideEvaluation([cmp({})], base).decision).toBe('promote')
  })
  it('decideEvaluation holds when the interval straddles the rule (noise), and names the metric', () => {
    const out = decideEvaluation([cmp({ difference: 0.005, lower: -0.01, upper: 0.02 })], base)
    expect(out.decision).toBe('hold')
    expect(out.reasons[0]).toContain('inconclusive')
  })
  it('decideEvaluation rejects when even the best end of the interval fails, naming the failing rule', () => {
    const out = decideEvaluation([cmp({ candidate: 0.75, difference: -0.05, lower: -0.07, upper: -0.03 })], base)
    expect(out.decision).toBe('reject')
    expect(out.checks[0]).toMatchObject({ id: 'evaluate.roc-auc', status: 'fail' })
  })
  it('evidence: point decides on the point estimate even when the interval straddles', () => {
    const policy = { ...base, evidence: 'point' as const }
    expect(
      decideEvaluation([cmp({ difference: 0.005, candidate: 0.805, lower: -0.01, upper: 0.02 })], policy).decision,
    ).toBe('promote')
  })
  it('a non-inferiority margin (default mode) promotes a candidate that is not worse by more than the margin', () => {
    const policy = resolveEvaluationPolicy({ metrics: { 'roc-auc': { min_absolute_change: -0.02 } } }, {})
    expect(
      decideEvaluation([cmp({ candidate: 0.8, difference: 0, lower: -0.015, upper: 0.015 })], policy).decision,
    ).toBe('promote')
  })
  it('a floor missed on the point value rejects', () => {
    const policy = resolveEvaluationPolicy({ metrics: { 'roc-auc': { threshold: 0.9 } } }, {})
    expect(decideEvaluation([cmp({})], policy).decision).toBe('reject')
  })
  it('a floor alone is reported with the candidate value, not the difference', () => {
    const policy = resolveEvaluationPolicy({ metrics: { recall: { threshold: 0.35 } } }, {})
    const out = decideEvaluation(
      [cmp({ metric: 'recall', candidate: 0.409, champion: 0.2745, difference: 0.1345, lower: 0.093, upper: 0.176 })],
      policy,
    )
    expect(out.checks.find((c) => c.id === 'evaluate.recall')?.message).toBe('recall 0.409 meets its floor 0.35')
  })
  it('a metric undefined on the data is an error check and holds, never a pass', () => {
    const out = decideEvaluation([cmp({ error: 'only one class' })], base)
    expect(out.decision).toBe('hold')
    expect(out.checks[0]?.status).toBe('error')
  })
  it('a slice regression beyond tolerance rejects (on-regression: fail) or only warns (warn); small slices are ignored', () => {
    const slice = {
      column: 'region',
      value: 'eu',
      rows: 100,
      metric: 'roc-auc' as const,
      greaterIsBetter: true,
      champion: 0.8,
      candidate: 0.7,
    }
    expect(decideEvaluation([cmp({})], base, [slice]).decision).toBe('reject')
    const warnPolicy = { ...base, slices: { ...base.slices, onRegression: 'warn' as const } }
    const out = decideEvaluation([cmp({})], warnPolicy, [slice])
    expect(out.decision).toBe('promote')
    expect(out.checks.find((c) => c.id === 'evaluate.slice.region.eu.roc-auc')?.status).toBe('warn')
    expect(decideEvaluation([cmp({})], base, [{ ...slice, rows: 10 }]).decision).toBe('promote')
  })
  it('a candidate p95 latency above max-latency-ms rejects', () => {
    const policy = { ...base, maxLatencyMs: 50 }
    const latency = { candidate: { p50: 40, p95: 80 }, champion: { p50: 30, p95: 45 }, samples: 20 }
    expect(decideEvaluation([cmp({})], policy, [], latency).decision).toBe('reject')
  })
  it('a latency budget that cannot be measured is a skipped check naming the missing inputs, never silently nothing', () => {
    const out = decideEvaluation([cmp({})], { ...base, maxLatencyMs: 50 }, [], { missing: ['champion-model-dir'] })
    const check = out.checks.find((c) => c.id === 'evaluate.latency.p95')
    expect(check?.status).toBe('skipped')
    expect(check?.message).toBe(compareMessages.latencyNotMeasured(50, ['champion-model-dir']))
    expect(check?.message).toBe(
      "latency budget 50 ms not checked: set input champion-model-dir so both models' predict-command can be timed",
    )
    expect(out.decision).toBe('promote')
    expect(
      decideEvaluation([cmp({})], { ...base, maxLatencyMs: 50 }).checks.find((c) => c.id === 'evaluate.latency.p95')
        ?.status,
    ).toBe('skipped')
  })
  it('a candidate within the latency budget passes the latency check', () => {
    const latency = { candidate: { p50: 10, p95: 20 }, champion: { p50: 30, p95: 45 }, samples: 5 }
    expect(
      decideEvaluation([cmp({})], { ...base, maxLatencyMs: 50 }, [], latency).checks.find(
        (c) => c.id === 'evaluate.latency.p95',
      )?.status,
    ).toBe('pass')
  })
  it("mlflow rule mode rejects min_absolute_change: 0 with MLflow's own complaint", () => {
    const policy = resolveEvaluationPolicy(
      { 'rule-mode': 'mlflow', metrics: { 'roc-auc': { min_absolute_change: 0 } } },
      {},
    )
    expect(() => decideEvaluation([cmp({})], policy)).toThrow('min_absolute_change')
  })
})

/** Seeded simulation: binary labels, scores = logistic(signal·y + N(0,1)), independent noise per model. */
function simulate(trials: number, championSignal: number, candidateSignal: number, n: number, seed: number): number {
  const random = seededRandom(seed)
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const policy = resolveEvaluationPolicy({}, { metrics: ['roc-auc'] })
  let promoted = 0
  for (let t = 0; t < trials; t++) {
    const yTrue = new Float64Array(n)
    const cand = new Float64Array(n)
    const champ = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      const y = random() < 0.5 ? 1 : 0
      yTrue[i] = y
      const shared = gauss() * 0.5 // rows share difficulty, so the models are correlated as real ones are
      champ[i] = 1 / (1 + Math.exp(-(championSignal * (y - 0.5) + shared + gauss())))
      cand[i] = 1 / (1 + Math.exp(-(candidateSignal * (y - 0.5) + shared + gauss())))
    }
    const comparisons = compareModels(
      { task: 'binary', yTrue, candidateScore: cand, championScore: champ },
      { metrics: ['roc-auc'], resamples: 300, confidence: 0.95, random },
    )
    if (decideEvaluation(comparisons, policy).decision === 'promote') promoted++
  }
  return promoted / trials
}

describe('simulation: the statistics do their job (seeded)', () => {
  // 300 resamples: with 200 the same-model rate measured 5.5% (percentile ends are noisier), so 300 it is.
  // Measured with these seeds: same model → "better" in 4.0% (8/200) of trials (≤ 5% required);
  // signal 1.5 → 2.0 (ROC-AUC ≈ +0.05, n = 400) → promoted in 83.5% (167/200) of trials.
  it('same-model candidate and champion: "better" (promote) is claimed in at most 5% of 200 trials', () => {
    const rate = simulate(200, 1.5, 1.5, 400, 11)
    expect(rate).toBeLessThanOrEqual(0.05)
  })
  it('a real improvement (signal 1.5 → 2.0, ROC-AUC ≈ +0.05, n = 400) is detected in most trials (power ≥ 0.8)', () => {
    const rate = simulate(200, 1.5, 2.0, 400, 12)
    expect(rate).toBeGreaterThanOrEqual(0.8)
  })
})
