// Production traffic of a binary champion and the labels that arrive later, seeded: scores are y·d + N(0, 1)
// squashed by a logistic, so the champion's ROC AUC on them is Φ(d/√2) (d = 1.19: 0.80; d = 0.91: 0.74). Every
// row has an id (`c<seed>-<i>`); only `labelledShare` of them get a label, in shuffled order, plus a few labels for
// ids that were never logged, as a real label feed has.
import type { KeyedColumn } from '../../src/core/monitor/join-delayed-labels.js'
import { seededRandom } from '../../src/core/stats/seeded-random.js'

export interface DelayedLabelTraffic {
  readonly predictions: KeyedColumn
  readonly labels: KeyedColumn
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

export function delayedLabelTraffic(
  seed: number,
  rows: number,
  separation: number,
  options: { labelledShare?: number; strayLabels?: number; prevalence?: number } = {},
): DelayedLabelTraffic {
  const random = seededRandom(seed)
  const { labelledShare = 0.8, strayLabels = 5, prevalence = 0.3 } = options
  const ids: string[] = []
  const scores: number[] = []
  const outcomes: number[] = []
  for (let i = 0; i < rows; i++) {
    const y = random() < prevalence ? 1 : 0
    ids.push(`c${seed}-${i}`)
    scores.push(1 / (1 + Math.exp(-(y * separation + normal(random)))))
    outcomes.push(y)
  }
  const labelled = ids.map((_, i) => i).filter(() => random() < labelledShare)
  for (let i = labelled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[labelled[i], labelled[j]] = [labelled[j] as number, labelled[i] as number]
  }
  const labelIds = [
    ...labelled.map((i) => ids[i] as string),
    ...Array.from({ length: strayLabels }, (_, k) => `stray-${k}`),
  ]
  const labelValues = [...labelled.map((i) => outcomes[i] as number), ...Array.from({ length: strayLabels }, () => 1)]
  return {
    predictions: { file: 'predictions.csv', ids, values: scores, lines: ids.map((_, i) => i + 2) },
    labels: { file: 'labels.csv', ids: labelIds, values: labelValues, lines: labelIds.map((_, i) => i + 2) },
  }
}

/** The two files as CSV: predictions `id,score`, labels `id,label`. */
export function trafficCsv(traffic: DelayedLabelTraffic): { predictions: string; labels: string } {
  const csv = (header: string, side: KeyedColumn) =>
    `${header}\n${side.ids.map((id, i) => `${id},${String(side.values[i])}`).join('\n')}\n`
  return { predictions: csv('id,score', traffic.predictions), labels: csv('id,label', traffic.labels) }
}
