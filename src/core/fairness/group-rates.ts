import type { GroupConfusion } from './group-confusion.js'

/** Per-group rates; `null` where the rate is undefined (its denominator is 0), never 0. */
export interface GroupRates {
  /** (tp + fp) / n — fairlearn's selection_rate. */
  readonly selectionRate: number | null
  /** tp / (tp + fn) — recall; undefined without actual positives. */
  readonly tpr: number | null
  /** fp / (fp + tn); undefined without actual negatives. */
  readonly fpr: number | null
  /** fn / (tp + fn); undefined without actual positives. */
  readonly fnr: number | null
  /** tp / (tp + fp); undefined when nothing is selected. */
  readonly precision: number | null
  /** (tp + tn) / n. */
  readonly accuracy: number | null
}

export const RATE_NAMES = ['selectionRate', 'tpr', 'fpr', 'fnr', 'precision', 'accuracy'] as const
export type RateName = (typeof RATE_NAMES)[number]

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b)

/**
 * The textbook group metrics from a confusion table. A rate whose denominator is 0 is `null`
 * (reported "undefined"), so that a group without positives does not look like a TPR of 0.
 * @example groupRates({ n: 4, tp: 1, fp: 1, tn: 2, fn: 0 }).tpr // => 1
 * @example groupRates({ n: 2, tp: 0, fp: 1, tn: 1, fn: 0 }).tpr // => null
 */
export function groupRates(c: GroupConfusion): GroupRates {
  return {
    selectionRate: ratio(c.tp + c.fp, c.n),
    tpr: ratio(c.tp, c.tp + c.fn),
    fpr: ratio(c.fp, c.fp + c.tn),
    fnr: ratio(c.fn, c.tp + c.fn),
    precision: ratio(c.tp, c.tp + c.fp),
    accuracy: ratio(c.tp + c.tn, c.n),
  }
}
