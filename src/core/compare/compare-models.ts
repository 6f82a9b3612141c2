import type { MetricName } from '../metrics/metric-name.js'
import { GREATER_IS_BETTER } from '../metrics/metric-name.js'
import { pairedBootstrap } from '../stats/paired-bootstrap.js'
import { deLongTestGrouped } from '../stats/delong-test-grouped.js'
import { mcnemarTest } from '../stats/mcnemar-test.js'
import type { MetricComparison } from './metric-comparison.js'
import { metricEvaluator, type MetricEvaluator } from './metric-evaluator.js'
import type { PairedPredictions } from './paired-predictions.js'

/** From this many rows the bootstrap uses Poisson(1) weights (sequential, no random memory access). */
export const POISSON_FROM_ROWS = 100_000

export interface CompareOptions {
  readonly metrics: readonly MetricName[]
  /** Direction per metric where the policy overrides the built-in one. */
  readonly greaterIsBetter?: Partial<Record<MetricName, boolean>>
  readonly resamples: number
  readonly confidence: number
  readonly random: () => number
  /** Resampling weights (see pairedBootstrap); default multinomial below POISSON_FROM_ROWS rows, Poisson from there. */
  readonly scheme?: 'multinomial' | 'poisson'
  /** Decision threshold on binary scores. */
  readonly threshold?: number
}

/**
 * Compares candidate and champion on the same rows for each metric: point values, the paired bootstrap
 * percentile interval of the difference (one resample vector shared by all metrics, so they stay paired),
 * the probability the candidate is better (share of resampled differences in the better direction), and
 * McNemar's test for accuracy and DeLong's test for ROC-AUC. A metric undefined on the full data (one class
 * present) becomes a comparison with `error`, never a number.
 * @throws {RangeError} on invalid data for the task (labels, lengths)
 * @example
 * compareModels({ task: 'regression', yTrue: Float64Array.of(1, 2, 3, 4), candidatePred: Float64Array.of(1, 2, 3, 4), championPred: Float64Array.of(2, 3, 4, 5) }, { metrics: ['mae'], resamples: 10, confidence: 0.9, random: () => 0.5 })[0]!.difference // => -1
 */
export function compareModels(data: PairedPredictions, options: CompareOptions): MetricComparison[] {
  const evaluate = metricEvaluator(data, options.threshold)
  const n = data.yTrue.length
  const direction = (metric: MetricName): boolean => options.greaterIsBetter?.[metric] ?? GREATER_IS_BETTER[metric]
  const point = new Map<MetricName, readonly [number, number] | string>()
  for (const metric of options.metrics) {
    try {
      const values = evaluate([metric])
      point.set(metric, [values.candidate[0] as number, values.champion[0] as number])
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      point.set(metric, error.message)
    }
  }
  const defined = options.metrics.filter((metric) => typeof point.get(metric) !== 'string')
  const distributions =
    defined.length === 0
      ? []
      : pairedBootstrap(
          n,
          (weights) => {
            const values = evaluate(defined, weights, 'nan')
            return values.candidate.map((c, k) => c - (values.champion[k] as number))
          },
          {
            resamples: options.resamples,
            random: options.random,
            confidence: options.confidence,
            scheme: options.scheme ?? (n >= POISSON_FROM_ROWS ? 'poisson' : 'multinomial'),
          },
        )
  return options.metrics.map((metric): MetricComparison => {
    const greaterIsBetter = direction(metric)
    const values = point.get(metric)
    if (typeof values === 'string' || values === undefined) {
      return {
        metric,
        greaterIsBetter,
        champion: Number.NaN,
        candidate: Number.NaN,
        difference: Number.NaN,
        lower: Number.NaN,
        upper: Number.NaN,
        confidence: options.confidence,
        probabilityBetter: Number.NaN,
        resamples: 0,
        error: values ?? 'not computed',
      }
    }
    const dist = distributions[defined.indexOf(metric)]
    if (dist === undefined) throw new Error('compareModels: missing bootstrap distribution')
    const [candidate, champion] = values
    const test = pairedTest(data, metric, options.threshold ?? 0.5, evaluate.binary)
    return {
      metric,
      greaterIsBetter,
      champion,
      candidate,
      difference: candidate - champion,
      lower: dist.lower,
      upper: dist.upper,
      confidence: options.confidence,
      probabilityBetter: greaterIsBetter ? dist.shareAboveZero : dist.shareBelowZero,
      resamples: dist.sorted.length,
      ...(test === undefined ? {} : { test }),
    }
  })
}

function pairedTest(
  data: PairedPredictions,
  metric: MetricName,
  threshold: number,
  binary: MetricEvaluator['binary'],
): MetricComparison['test'] {
  const { yTrue } = data
  if (metric === 'accuracy') {
    const cand = data.task === 'binary' ? data.candidateScore : data.candidatePred
    const champ = data.task === 'binary' ? data.championScore : data.championPred
    if (cand === undefined || champ === undefined || data.task === 'regression') return undefined
    let b = 0
    let c = 0
    for (let i = 0; i < yTrue.length; i++) {
      const y = yTrue[i] as number
      const candRight = data.task === 'binary' ? ((cand[i] as number) >= threshold ? 1 : 0) === y : cand[i] === y
      const champRight = data.task === 'binary' ? ((champ[i] as number) >= threshold ? 1 : 0) === y : champ[i] === y
      if (champRight && !candRight) b++
      else if (candRight && !champRight) c++
    }
    const r = mcnemarTest(b, c)
    return { name: 'mcnemar', statistic: r.statistic, pValue: r.pValue, method: r.method }
  }
  if (metric === 'roc-auc' && binary !== undefined) {
    try {
      const r = deLongTestGrouped(yTrue, binary.champion, binary.candidate)
      return { name: 'delong', statistic: r.z, pValue: r.pValue }
    } catch {
      return undefined
    }
  }
  return undefined
}
