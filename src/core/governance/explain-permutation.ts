import { binaryMetric } from '../metrics/binary-metric.js'
import type { BinaryMetricName, RegressionMetricName } from '../metrics/metric-name.js'
import { prepareBinary } from '../metrics/prepare-binary.js'
import { regressionMetric } from '../metrics/regression-metric.js'
import { seededRandom } from '../stats/seeded-random.js'
import type { ExplainabilityPolicy } from './explain-policy.js'
import { sortImportances, type FeatureImportance } from './explanation.js'

/**
 * `count` distinct row indices of `0 … total − 1` drawn without replacement (a partial Fisher–Yates shuffle with
 * mulberry32 from `seed`), in ascending order; every row when `count ≥ total`.
 * @example sampleRowIndices(5, 10, 1) // => [0, 1, 2, 3, 4]
 * @example sampleRowIndices(10, 3, 1).length // => 3
 */
export function sampleRowIndices(total: number, count: number, seed: number): number[] {
  if (count >= total) return Array.from({ length: total }, (_, i) => i)
  const random = seededRandom(seed)
  const idx = Array.from({ length: total }, (_, i) => i)
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (total - i))
    const t = idx[i] as number
    idx[i] = idx[j] as number
    idx[j] = t
  }
  return idx.slice(0, count).sort((a, b) => a - b)
}

/**
 * One permutation of `0 … rows − 1` per repeat (Fisher–Yates with mulberry32 from `seed`; the stream continues
 * from one repeat to the next). Repeat r of every feature puts the value of row `permutations[r][i]` at row i: like
 * sklearn's permutation_importance, every feature gets the same permutations.
 * @example drawPermutations(4, 2, 7).map((p) => [...p].sort().join('')) // => ['0123', '0123']
 */
export function drawPermutations(rows: number, repeats: number, seed: number): Uint32Array[] {
  const random = seededRandom(seed)
  const out: Uint32Array[] = []
  for (let r = 0; r < repeats; r++) {
    const p = Uint32Array.from({ length: rows }, (_, i) => i)
    for (let i = rows - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const t = p[i] as number
      p[i] = p[j] as number
      p[j] = t
    }
    out.push(p)
  }
  return out
}

/**
 * The policy's metric of one set of answers (binary: scores in [0, 1], label metrics at `decisionThreshold`).
 * @throws {RangeError} when the metric is undefined on these rows (one class only) or a score is out of range
 * @example scoreAnswers([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], { metric: 'roc-auc' }, 'binary', 0.5) // => 0.75
 */
export function scoreAnswers(
  yTrue: ArrayLike<number>,
  answers: ArrayLike<number>,
  policy: Pick<ExplainabilityPolicy, 'metric'>,
  task: 'binary' | 'regression',
  decisionThreshold: number,
): number {
  if (task === 'regression') return regressionMetric(yTrue, answers, policy.metric as RegressionMetricName)
  const prepared = prepareBinary(Array.from(yTrue), Array.from(answers), decisionThreshold)
  return binaryMetric(prepared, policy.metric as BinaryMetricName)
}

/**
 * Permutation importance (sklearn's `permutation_importance` semantics): per feature, the drop of the metric when
 * the feature is shuffled, `baseline − permuted` for a metric where greater is better (`permuted − baseline` for
 * errors and losses, which sklearn scores as their negatives), its mean over the repeats and its population std
 * (numpy's `np.std`, ddof 0). Sorted highest first.
 * @example summarizeImportances(['a', 'b'], 0.9, [[0.7, 0.5], [0.9, 0.9]], true) // => [{ feature: 'a', importance: 0.30000000000000004, std: 0.09999999999999998 }, { feature: 'b', importance: 0, std: 0 }]
 */
export function summarizeImportances(
  features: readonly string[],
  baseline: number,
  permuted: readonly (readonly number[])[],
  greaterIsBetter: boolean,
): FeatureImportance[] {
  return sortImportances(
    features.map((feature, j) => {
      const drops = (permuted[j] ?? []).map((s) => (greaterIsBetter ? baseline - s : s - baseline))
      const mean = drops.reduce((a, b) => a + b, 0) / drops.length
      const variance = drops.reduce((a, d) => a + (d - mean) * (d - mean), 0) / drops.length
      return { feature, importance: mean, std: Math.sqrt(variance) }
    }),
  )
}
