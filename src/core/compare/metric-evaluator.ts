import { binaryMetric } from '../metrics/binary-metric.js'
import type { BinaryMetricName, MetricName, MulticlassMetricName, RegressionMetricName } from '../metrics/metric-name.js'
import { METRICS_BY_TASK } from '../metrics/metric-name.js'
import { metricsMessages } from '../metrics/messages.js'
import { multiclassMetric } from '../metrics/multiclass-metric.js'
import { prepareBinary } from '../metrics/prepare-binary.js'
import { regressionMetric } from '../metrics/regression-metric.js'
import type { PairedPredictions } from './paired-predictions.js'

/** Evaluates one metric for both models under optional row weights: [candidate, champion]. */
export type MetricEvaluator = (metric: MetricName, weights?: Float64Array) => readonly [number, number]

/**
 * Prepares paired predictions once (binary rows are validated and sorted once per model) and returns an
 * evaluator of any metric of the task for both models, so a bootstrap resample costs one O(n) pass per metric.
 * @throws {RangeError} when a metric does not belong to the task, a model's predictions are missing, or the
 *   data is invalid for the task (see prepareBinary)
 * @example
 * metricEvaluator({ task: 'regression', yTrue: Float64Array.of(1, 2), candidatePred: Float64Array.of(1, 2), championPred: Float64Array.of(2, 2) })('mae') // => [0, 0.5]
 */
export function metricEvaluator(data: PairedPredictions, threshold = 0.5): MetricEvaluator {
  const known = METRICS_BY_TASK[data.task]
  const check = (metric: MetricName): void => {
    if (!known.includes(metric)) throw new RangeError(metricsMessages.unknownMetric(metric, data.task, known))
  }
  if (data.task === 'binary') {
    if (data.candidateScore === undefined || data.championScore === undefined) {
      throw new RangeError('metricEvaluator: binary comparisons need candidate and champion scores')
    }
    const cand = prepareBinary(data.yTrue, data.candidateScore, threshold)
    const champ = prepareBinary(data.yTrue, data.championScore, threshold)
    return (metric, weights) => {
      check(metric)
      return [binaryMetric(cand, metric as BinaryMetricName, weights), binaryMetric(champ, metric as BinaryMetricName, weights)]
    }
  }
  if (data.candidatePred === undefined || data.championPred === undefined) {
    throw new RangeError(`metricEvaluator: ${data.task} comparisons need candidate and champion predictions`)
  }
  const { yTrue, candidatePred, championPred } = data
  if (data.task === 'multiclass') {
    return (metric, weights) => {
      check(metric)
      return [
        multiclassMetric(yTrue, candidatePred, metric as MulticlassMetricName, weights),
        multiclassMetric(yTrue, championPred, metric as MulticlassMetricName, weights),
      ]
    }
  }
  return (metric, weights) => {
    check(metric)
    return [
      regressionMetric(yTrue, candidatePred, metric as RegressionMetricName, weights),
      regressionMetric(yTrue, championPred, metric as RegressionMetricName, weights),
    ]
  }
}
