import { pairedBinaryMetrics } from '../metrics/paired-binary-metrics.js'
import type {
  BinaryMetricName,
  MetricName,
  MulticlassLabelMetricName,
  MulticlassProbabilityMetricName,
  RegressionMetricName,
} from '../metrics/metric-name.js'
import { METRICS_BY_TASK, MULTICLASS_PROBABILITY_METRICS } from '../metrics/metric-name.js'
import { ConfigurationError } from '../errors.js'
import { metricsMessages } from '../metrics/messages.js'
import { multiclassMetric } from '../metrics/multiclass-metric.js'
import { multiclassProbabilityMetrics } from '../metrics/multiclass-probability-metrics.js'
import {
  prepareMulticlassProbabilities,
  type PreparedMulticlassProbabilities,
} from '../metrics/prepare-multiclass-probabilities.js'
import { prepareBinary, type PreparedBinary } from '../metrics/prepare-binary.js'
import { regressionMetric } from '../metrics/regression-metric.js'
import { UndefinedMetricError } from '../metrics/undefined-metric-error.js'
import type { PairedPredictions } from './paired-predictions.js'

/** Both models' values of several metrics under optional row weights. */
export interface PairedValues {
  readonly candidate: readonly number[]
  readonly champion: readonly number[]
}

/**
 * Evaluates metrics for both models; `undefinedAs: 'nan'` turns an undefined metric into NaN instead of an
 * UndefinedMetricError (the bootstrap counts those resamples).
 */
export type MetricEvaluator = ((
  metrics: readonly MetricName[],
  weights?: Float64Array,
  undefinedAs?: 'throw' | 'nan',
) => PairedValues) & {
  /** Binary: both models' prepared rows (distinct-score groups), for tests that reuse them (DeLong). */
  readonly binary?: { readonly candidate: PreparedBinary; readonly champion: PreparedBinary }
}

/**
 * Prepares paired predictions once (binary rows are validated and grouped by distinct score once per model)
 * and returns an evaluator of the task's metrics for both models; a bootstrap resample then costs one O(n)
 * pass per model for all binary metrics together. Multiclass probability metrics (log-loss, roc-auc-ovr…) need
 * `classCount` and both probability matrices; the label metrics use `*Pred` (the argmax when no class column).
 * @throws {RangeError} when a metric does not belong to the task, a model's predictions are missing, or the
 *   data is invalid for the task (see prepareBinary); the evaluator throws UndefinedMetricError (a RangeError)
 *   for a metric undefined on the rows unless `undefinedAs` is 'nan'; a ConfigurationError naming
 *   `probability-columns` when a probability metric is asked for without probabilities
 * @example
 * metricEvaluator({ task: 'regression', yTrue: Float64Array.of(1, 2), candidatePred: Float64Array.of(1, 2), championPred: Float64Array.of(2, 2) })(['mae']) // => { candidate: [0], champion: [0.5] }
 */
export function metricEvaluator(data: PairedPredictions, threshold = 0.5): MetricEvaluator {
  const known = METRICS_BY_TASK[data.task]
  const check = (metrics: readonly MetricName[]): void => {
    for (const metric of metrics)
      if (!known.includes(metric)) throw new RangeError(metricsMessages.unknownMetric(metric, data.task, known))
  }
  if (data.task === 'binary') {
    if (data.candidateScore === undefined || data.championScore === undefined) {
      throw new RangeError('metricEvaluator: binary comparisons need candidate and champion scores')
    }
    const cand = prepareBinary(data.yTrue, data.candidateScore, threshold)
    const champ = prepareBinary(data.yTrue, data.championScore, threshold)
    const evaluate = (
      metrics: readonly MetricName[],
      weights?: Float64Array,
      undefinedAs: 'throw' | 'nan' = 'throw',
    ): PairedValues => {
      check(metrics)
      const names = metrics as readonly BinaryMetricName[]
      const [candidate, champion] = pairedBinaryMetrics(cand, champ, names, weights, undefinedAs)
      return { candidate, champion }
    }
    return Object.assign(evaluate, { binary: { candidate: cand, champion: champ } })
  }
  if (data.candidatePred === undefined || data.championPred === undefined) {
    throw new RangeError(`metricEvaluator: ${data.task} comparisons need candidate and champion predictions`)
  }
  const { yTrue, candidatePred, championPred } = data
  const isProbabilityMetric = (metric: MetricName): metric is MulticlassProbabilityMetricName =>
    data.task === 'multiclass' && (MULTICLASS_PROBABILITY_METRICS as readonly string[]).includes(metric)
  let probabilities:
    { candidate: PreparedMulticlassProbabilities; champion: PreparedMulticlassProbabilities } | undefined
  if (
    data.task === 'multiclass' &&
    data.candidateProbabilities !== undefined &&
    data.championProbabilities !== undefined &&
    data.classCount !== undefined
  ) {
    probabilities = {
      candidate: prepareMulticlassProbabilities(yTrue, data.candidateProbabilities, data.classCount),
      champion: prepareMulticlassProbabilities(yTrue, data.championProbabilities, data.classCount),
    }
  }
  const one =
    data.task === 'multiclass'
      ? (pred: Float64Array, metric: MetricName, weights?: Float64Array): number =>
          multiclassMetric(yTrue, pred, metric as MulticlassLabelMetricName, weights)
      : (pred: Float64Array, metric: MetricName, weights?: Float64Array): number =>
          regressionMetric(yTrue, pred, metric as RegressionMetricName, weights)
  const safe = (
    pred: Float64Array,
    metric: MetricName,
    weights: Float64Array | undefined,
    undefinedAs: 'throw' | 'nan',
  ): number => {
    if (undefinedAs === 'throw') return one(pred, metric, weights)
    try {
      return one(pred, metric, weights)
    } catch (error) {
      if (error instanceof UndefinedMetricError) return Number.NaN
      throw error
    }
  }
  return (metrics, weights, undefinedAs = 'throw') => {
    check(metrics)
    const fromProbabilities = metrics.filter(isProbabilityMetric)
    if (fromProbabilities.length > 0 && probabilities === undefined)
      throw new ConfigurationError(
        metricsMessages.needsProbabilities(fromProbabilities[0] as string),
        { input: 'probability-columns' },
        metricsMessages.needsProbabilitiesHint(),
      )
    const pc =
      probabilities === undefined
        ? []
        : multiclassProbabilityMetrics(probabilities.candidate, fromProbabilities, weights, undefinedAs)
    const ph =
      probabilities === undefined
        ? []
        : multiclassProbabilityMetrics(probabilities.champion, fromProbabilities, weights, undefinedAs)
    const value =
      (pred: Float64Array, fromP: readonly number[]) =>
      (m: MetricName): number =>
        isProbabilityMetric(m) ? (fromP[fromProbabilities.indexOf(m)] as number) : safe(pred, m, weights, undefinedAs)
    return { candidate: metrics.map(value(candidatePred, pc)), champion: metrics.map(value(championPred, ph)) }
  }
}
