import type { MetricName } from '../metrics/metric-name.js'
import { seededRandom } from '../stats/seeded-random.js'
import type { BinaryBootstrapRunner } from './binary-bootstrap-task.js'
import { compareModels, POISSON_FROM_ROWS } from './compare-models.js'
import { compareSlices } from './compare-slices.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import type { MetricComparison } from './metric-comparison.js'
import type { PairedPredictions } from './paired-predictions.js'
import { rejectionConfidence } from './rejection-confidence.js'
import { ruleComponents } from './rule-components.js'
import type { SliceComparison } from './slice-comparison.js'

/**
 * The comparisons evaluate-vs-champion judges, as the action computes them: the slices of the ruled metrics first
 * (paired intervals at the family-wise level over the judged slice × metric pairs and the rule components), then
 * every metric on all rows with its plain interval and its interval at the same family-wise level (rejection
 * uses it). Both draw from `seededRandom(policy.seed)` with the same scheme (multinomial below POISSON_FROM_ROWS
 * rows, Poisson(1) from there), so the slices and the whole data share every resample vector. Without a champion
 * (`slices: false`) no slice is compared. `runBootstrap` runs the binary resamples (default: on this thread; the action
 * spreads them over worker threads), with the same values either way.
 * @throws {RangeError} when a precondition of compareModels or compareSlices does not hold (bugs)
 * @example
 * compareEvidence({ task: 'regression', yTrue: Float64Array.of(1, 2, 3, 4), candidatePred: Float64Array.of(1, 2, 3, 4), championPred: Float64Array.of(2, 3, 4, 5) }, {}, { metrics: ['mae'], rules: [{ metric: 'mae', greaterIsBetter: false, minAbsoluteChange: 0 }], confidence: 0.9, resamples: 10, seed: 1, decisionThreshold: 0.5, slices: { minSize: 1, minPositives: 0, minNegatives: 0 } }).comparisons.map((c) => (c.kind === 'defined' ? c.difference : c.reason)) // => [-1]
 */
export function compareEvidence(
  data: PairedPredictions,
  segments: Readonly<Record<string, readonly string[]>>,
  policy: Pick<EvaluationPolicy, 'metrics' | 'rules' | 'confidence' | 'resamples' | 'seed' | 'decisionThreshold'> & {
    readonly slices: Pick<EvaluationPolicy['slices'], 'minSize' | 'minPositives' | 'minNegatives'>
  },
  options: { readonly slices?: boolean; readonly runBootstrap?: BinaryBootstrapRunner } = {},
): { readonly comparisons: MetricComparison[]; readonly slices: SliceComparison[] } {
  const n = data.yTrue.length
  const scheme = n >= POISSON_FROM_ROWS ? 'poisson' : 'multinomial'
  const greaterIsBetter: Partial<Record<MetricName, boolean>> = Object.fromEntries(
    policy.rules.map((r) => [r.metric, r.greaterIsBetter]),
  )
  const slices =
    options.slices === false
      ? []
      : compareSlices(
          data,
          segments,
          policy.rules.map((r) => r.metric),
          {
            greaterIsBetter,
            threshold: policy.decisionThreshold,
            minSize: policy.slices.minSize,
            minPositives: policy.slices.minPositives,
            minNegatives: policy.slices.minNegatives,
            resamples: policy.resamples,
            random: seededRandom(policy.seed),
            scheme,
            confidence: policy.confidence,
            otherTests: ruleComponents(policy.rules),
            ...(options.runBootstrap === undefined ? {} : { runBootstrap: options.runBootstrap }),
          },
        )
  const judged = slices.filter((s) => s.kind === 'defined' && s.confidence !== undefined).length
  const comparisons = compareModels(data, {
    metrics: policy.metrics,
    greaterIsBetter,
    resamples: policy.resamples,
    confidence: policy.confidence,
    adjustedConfidence: rejectionConfidence(policy, judged),
    random: seededRandom(policy.seed),
    scheme,
    threshold: policy.decisionThreshold,
    ...(options.runBootstrap === undefined ? {} : { runBootstrap: options.runBootstrap }),
  })
  return { comparisons, slices }
}
