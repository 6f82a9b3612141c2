// Seeded simulations of evaluate-vs-champion through the same core path the action runs (gatherEvidence:
// compareEvidence — slices and all rows on the same resamples, the family-wise rejection level — then
// decideEvaluation).
import { compareEvidence } from '../../src/core/compare/compare-evidence.js'
import { decideEvaluation, type EvaluationDecision } from '../../src/core/compare/decide-evaluation.js'
import type { EvaluationPolicy } from '../../src/core/compare/evaluation-policy.js'
import { seededRandom } from '../../src/core/stats/seeded-random.js'
import { wilsonInterval } from '../../src/core/stats/wilson-interval.js'

/** z of a two-sided 95% interval. */
const Z95 = 1.959963984540054

export interface Scenario {
  readonly rows: number
  /** Separation of the champion's and the candidate's scores (logit units per class). */
  readonly championSignal: number
  readonly candidateSignal: number
  /** Number of slices (a segment column with this many values, rows assigned at random); 0 = none. */
  readonly slices: number
  readonly resamples: number
}

/** Counts of the decisions over `trials` seeded trials, and the Wilson 95% interval of a chosen count. */
export interface Measured {
  readonly trials: number
  readonly counts: Readonly<Record<EvaluationDecision, number>>
  /** Failing check ids of the rejected trials, counted. */
  readonly rejectedBy: Readonly<Record<string, number>>
  readonly wilson: (decision: EvaluationDecision) => readonly [number, number]
}

/**
 * Binary labels (prevalence 0.5), scores = logistic(signal·(y − ½) + shared + noise): `shared` ~ N(0, 0.5²) is the
 * row's difficulty, the same for both models (so they are correlated as real models are), `noise` ~ N(0, 1) is
 * each model's own. Equal signals: exchangeable models, every true difference 0.
 */
export function simulateEvaluation(
  scenario: Scenario,
  policy: EvaluationPolicy,
  trials: number,
  seed: number,
): Measured {
  const random = seededRandom(seed)
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const counts: Record<EvaluationDecision, number> = { promote: 0, hold: 0, reject: 0 }
  const rejectedBy: Record<string, number> = {}
  const n = scenario.rows
  for (let t = 0; t < trials; t++) {
    const yTrue = new Float64Array(n)
    const cand = new Float64Array(n)
    const champ = new Float64Array(n)
    const slice: string[] = []
    let positives = 0
    for (let i = 0; i < n; i++) {
      const y = random() < 0.5 ? 1 : 0
      positives += y
      yTrue[i] = y
      const shared = gauss() * 0.5
      champ[i] = 1 / (1 + Math.exp(-(scenario.championSignal * (y - 0.5) + shared + gauss())))
      cand[i] = 1 / (1 + Math.exp(-(scenario.candidateSignal * (y - 0.5) + shared + gauss())))
      if (scenario.slices > 0) slice.push(`s${Math.floor(random() * scenario.slices)}`)
    }
    const data = { task: 'binary' as const, yTrue, candidateScore: cand, championScore: champ }
    const trialPolicy = { ...policy, seed: Math.floor(random() * 2 ** 32), resamples: scenario.resamples }
    const { comparisons, slices } = compareEvidence(data, scenario.slices === 0 ? {} : { slice }, trialPolicy)
    const evidence = {
      rows: n,
      positives,
      negatives: n - positives,
      champion: { path: 'champion.csv', how: 'file' as const },
      comparisons,
      slices,
      metricsPath: '',
    }
    const { decision, outcome } = decideEvaluation(evidence, trialPolicy)
    counts[decision]++
    if (decision === 'reject')
      for (const c of outcome.checks) if (c.status === 'fail') rejectedBy[c.id] = (rejectedBy[c.id] ?? 0) + 1
  }
  return { trials, counts, rejectedBy, wilson: (d) => wilsonInterval(counts[d], trials, Z95) }
}
