// Recurring messages of delayed-label performance monitoring (src/core/monitor); tests compare against these functions.
import type { Wording } from '../errors.js'
import { formatNumber } from '../report/format-number.js'

export const decayMessages = {
  duplicateId: (id: string, what: string, firstLine: number): string =>
    `id "${id}" appears twice in the ${what} (first at line ${firstLine})`,
  duplicateIdHint: (what: string): string =>
    `give every row of the ${what} a unique id (one logged prediction, one delayed label per id)`,
  noLabelJoins: (labels: number, predictions: number, idColumn: string): string =>
    `none of the ${labels} delayed labels has an id among the ${predictions} logged predictions (id column "${idColumn}")`,
  noLabelJoinsHint:
    'check that both files use the same id column and spelling (ids are compared exactly, as text), and that the labels are for the predictions logged in this window',
  joined: (joined: number, predictions: number, labels: number): string =>
    `${joined} of ${predictions} logged predictions have a delayed label (${labels} labels read; ${labels - joined} match no prediction, ${predictions - joined} predictions are not labelled yet)`,
  decayed: (metric: string, current: number, stored: number, drop: number, minimumDrop: number): string =>
    `${metric} decayed: ${formatNumber(current)} now against ${formatNumber(stored)} stored, a drop of ${formatNumber(drop)} beyond the ${formatNumber(minimumDrop)} that counts`,
  stable: (metric: string, current: number, stored: number, drop: number, minimumDrop: number): string =>
    `${metric} holds: ${formatNumber(current)} now against ${formatNumber(stored)} stored (drop ${formatNumber(drop)}; no evidence it exceeds ${formatNumber(minimumDrop)})`,
  inconclusive: (metric: string, reason: string): string => `${metric} not judged: ${reason}`,
  decayedTitle: (metrics: readonly string[]): string => `Performance decayed on delayed labels: ${metrics.join(', ')}`,
  healthyTitle: (count: number): string =>
    `Performance holds on delayed labels (${count} metric${count === 1 ? '' : 's'})`,
  nothingToMonitor: 'no stored metric to compare with: the champion was judged on nothing',
  inconclusiveTitle: 'Performance on delayed labels is inconclusive',
  noStoredMetrics: (model: string, version: number, known: readonly string[]): string =>
    `champion ${model} v${version} has no stored evaluation metrics to monitor${known.length === 0 ? '' : ` (its card has ${known.join(', ')}, none a metric of this task)`}`,
  noStoredMetricsHint:
    (registerMetrics = 'metrics', metrics = 'metrics'): Wording =>
    (w) =>
      `register the champion with evaluate-vs-champion's metrics file (register-model ${w.setting(registerMetrics, 'the metrics-path output')}), or name metrics this task has (${w.name(metrics)})`,
}
