import type { BinaryMetricName, MetricName } from '../metrics/metric-name.js'
import { GREATER_IS_BETTER } from '../metrics/metric-name.js'
import { pairedBootstrap } from '../stats/paired-bootstrap.js'
import { isSeededRandom } from '../stats/seeded-random.js'
import { summarizeBootstrap, type BootstrapDistribution } from '../stats/summarize-bootstrap.js'
import { binaryBootstrapPair, type BinaryBootstrapRunner } from './binary-bootstrap-task.js'
import { checkBinaryBootstrapTask, runBinaryBootstrap } from './run-binary-bootstrap.js'
import { percentileInterval } from '../stats/percentile-interval.js'
import { deLongTestGrouped } from '../stats/delong-test-grouped.js'
import { mcnemarTest } from '../stats/mcnemar-test.js'
import type { DefinedMetricComparison, MetricComparison } from './metric-comparison.js'
import { metricEvaluator, type MetricEvaluator } from './metric-evaluator.js'
import { pairedMetricValue } from './paired-metric-value.js'
import type { PairedPredictions } from './paired-predictions.js'

/** From this many rows the bootstrap uses Poisson(1) weights (sequential, no random memory access). */
export const POISSON_FROM_ROWS = 100_000

export interface CompareOptions {
  readonly metrics: readonly MetricName[]
  /** Direction per metric where the policy overrides the built-in one. */
  readonly greaterIsBetter?: Partial<Record<MetricName, boolean>>
  readonly resamples: number
  readonly confidence: number
  /**
   * The family-wise level rejection uses (rejectionConfidence); when it is above `confidence`, each comparison
   * also carries its intervals at this level (`adjusted`).
   */
  readonly adjustedConfidence?: number
  readonly random: () => number
  /** Resampling weights (see pairedBootstrap); default multinomial below POISSON_FROM_ROWS rows, Poisson from there. */
  readonly scheme?: 'multinomial' | 'poisson'
  /** Decision threshold on binary scores. */
  readonly threshold?: number
  /**
   * Runs a binary task's resamples when `random` is a SeededRandom (default: on this thread); the action passes
   * one over worker threads. Either gives the values pairedBootstrap gives with the same stream.
   */
  readonly runBootstrap?: BinaryBootstrapRunner
}

/**
 * Compares candidate and champion on the same rows for each metric: point values, the paired bootstrap
 * percentile interval of the difference (one resample vector shared by all metrics, so they stay paired) and of
 * the candidate's own value, the same at the family-wise `adjustedConfidence` when given, the count of resamples
 * on which the metric was undefined,
 * the probability the candidate is better (share of resampled differences in the better direction), and
 * McNemar's test for accuracy and DeLong's test for ROC-AUC. A metric undefined on the full data (one class
 * present) is an `undefined` comparison with the reason, never a number.
 * Preconditions (the loader guarantees them; a breach is a bug, not a user error): binary labels are 0/1 and
 * scores in [0, 1], multiclass probabilities are valid rows, every metric belongs to the task.
 * @throws {RangeError} when a precondition does not hold (see metricEvaluator)
 * @example
 * compareModels({ task: 'regression', yTrue: Float64Array.of(1, 2, 3, 4), candidatePred: Float64Array.of(1, 2, 3, 4), championPred: Float64Array.of(2, 3, 4, 5) }, { metrics: ['mae'], resamples: 10, confidence: 0.9, random: () => 0.5 }).map((c) => (c.kind === 'defined' ? c.difference : c.reason)) // => [-1]
 */
export function compareModels(data: PairedPredictions, options: CompareOptions): MetricComparison[] {
  const evaluate = metricEvaluator(data, options.threshold)
  const n = data.yTrue.length
  const direction = (metric: MetricName): boolean => options.greaterIsBetter?.[metric] ?? GREATER_IS_BETTER[metric]
  const point = new Map(options.metrics.map((metric) => [metric, pairedMetricValue(evaluate, metric)]))
  const defined = options.metrics.filter((metric) => point.get(metric)?.kind === 'defined')
  const distributions = defined.length === 0 ? [] : bootstrapDifferences(evaluate, defined, n, options)
  return options.metrics.map((metric): MetricComparison => {
    const greaterIsBetter = direction(metric)
    const values = point.get(metric)
    if (values === undefined) throw new Error(`compareModels: ${metric} was not evaluated`)
    if (values.kind === 'undefined')
      return { kind: 'undefined', metric, greaterIsBetter, confidence: options.confidence, reason: values.reason }
    const dist = distributions[defined.indexOf(metric)]
    const own = distributions[defined.length + defined.indexOf(metric)]
    if (dist === undefined || own === undefined) throw new Error('compareModels: missing bootstrap distribution')
    const level = options.adjustedConfidence
    const adjusted =
      level === undefined || !(level > options.confidence)
        ? undefined
        : {
            confidence: level,
            ...pair(percentileInterval(dist.sorted, level)),
            ...pairCandidate(percentileInterval(own.sorted, level)),
          }
    const { candidate, champion } = values
    const test = pairedTest(data, metric, options.threshold ?? 0.5, evaluate.binary)
    return {
      kind: 'defined',
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
      candidateLower: own.lower,
      candidateUpper: own.upper,
      undefinedResamples: dist.undefinedCount,
      ...(adjusted === undefined ? {} : { adjusted }),
      ...(test === undefined ? {} : { test }),
    }
  })
}

/**
 * Per defined metric the bootstrap distribution of candidate − champion, then of the candidate's own value. A
 * binary comparison with a seeded stream runs as a bucketed task (binaryBootstrapValues: the same draws and
 * counts, so the same values) and moves the stream past its draws; anything else resamples through pairedBootstrap.
 */
function bootstrapDifferences(
  evaluate: MetricEvaluator,
  defined: readonly MetricName[],
  n: number,
  options: CompareOptions,
): BootstrapDistribution[] {
  const { random, resamples, confidence } = options
  const scheme = options.scheme ?? (n >= POISSON_FROM_ROWS ? 'poisson' : 'multinomial')
  if (evaluate.binary === undefined || !isSeededRandom(random))
    return pairedBootstrap(
      n,
      (weights) => {
        const values = evaluate(defined, weights, 'nan')
        // k differences, then the candidate's k values (floors are judged on the candidate's own interval).
        return [...values.candidate.map((c, k) => c - (values.champion[k] as number)), ...values.candidate]
      },
      { resamples, random, confidence, scheme },
    )
  const metrics = defined as readonly BinaryMetricName[]
  const { candidate, champion } = evaluate.binary
  const task = {
    n,
    resamples,
    scheme,
    state: random.state(),
    pairs: [binaryBootstrapPair(candidate, champion, metrics)],
  }
  checkBinaryBootstrapTask(task)
  const values = (options.runBootstrap ?? runBinaryBootstrap)(task)
  random.skip(resamples * n)
  const k = metrics.length
  const columns = Array.from({ length: 2 * k }, () => new Float64Array(resamples))
  for (let r = 0; r < resamples; r++) {
    for (let j = 0; j < k; j++) {
      const c = values[r * 2 * k + j] as number
      ;(columns[j] as Float64Array)[r] = c - (values[r * 2 * k + k + j] as number)
      ;(columns[k + j] as Float64Array)[r] = c
    }
  }
  return columns.map((column, j) => summarizeBootstrap(column, confidence, `pairedBootstrap: statistic ${j}`))
}

const pair = ([lower, upper]: readonly [number, number]): { lower: number; upper: number } => ({ lower, upper })
const pairCandidate = ([lower, upper]: readonly [number, number]): {
  candidateLower: number
  candidateUpper: number
} => ({ candidateLower: lower, candidateUpper: upper })

function pairedTest(
  data: PairedPredictions,
  metric: MetricName,
  threshold: number,
  binary: MetricEvaluator['binary'],
): DefinedMetricComparison['test'] {
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
      // Undefined (fewer than 2 of a class, or zero variance while the AUCs differ): no p-value to report.
      return r.kind === 'defined' ? { name: 'delong', statistic: r.z, pValue: r.pValue } : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}
