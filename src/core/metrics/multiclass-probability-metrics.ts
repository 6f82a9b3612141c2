import type { MulticlassProbabilityMetricName } from './metric-name.js'
import { metricsMessages } from './messages.js'
import type { PreparedMulticlassProbabilities } from './prepare-multiclass-probabilities.js'
import { UndefinedMetricError } from './undefined-metric-error.js'

/**
 * Multiclass metrics of a class-probability matrix, optionally weighted by row multiplicities (a bootstrap
 * resample), with scikit-learn 1.2's definitions:
 * - `log-loss`: `log_loss(y, P, labels=classes)`, mean of −ln p(label) after clipping to [ε, 1−ε] (ε = float64
 *   epsilon) and renormalising each row;
 * - `roc-auc-ovr` / `roc-auc-ovr-weighted`: `roc_auc_score(y, P, multi_class='ovr', average='macro'|'weighted')`,
 *   the mean (or support-weighted mean) over classes c of the ROC-AUC of "class c" against the rest on column c;
 *   undefined when a class has no rows (sklearn raises);
 * - `roc-auc-ovo` / `roc-auc-ovo-weighted`: `multi_class='ovo'` (Hand & Till 2001): over each pair (a, b) of the
 *   classes present, the mean of AUC(a vs b on column a) and AUC(b vs a on column b), averaged evenly (macro) or
 *   weighted by the pair's share of rows (prevalence).
 * Every ROC-AUC counts tied scores ½ (sklearn's trapezoid over distinct scores). Cost: one pass over the rows per
 * class column. Integer weights equal repeating rows (sklearn has no sample_weight for ovo; repetition defines it).
 * An undefined value is NaN with `undefinedAs: 'nan'`, else it throws (R6).
 * @see https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.roc_auc_score.html
 * @see Hand, D. J. & Till, R. J. (2001). A simple generalisation of the area under the ROC curve for multiple class classification problems. Machine Learning 45, 171–186
 * @throws {UndefinedMetricError} (a RangeError) when a metric is undefined on these rows and `undefinedAs` is
 *   'throw' (the default)
 * @example
 * multiclassProbabilityMetrics(prepareMulticlassProbabilities([0, 1, 2], Float64Array.of(0.6, 0.3, 0.1, 0.2, 0.5, 0.3, 0.1, 0.3, 0.6), 3), ['roc-auc-ovr']) // => [1]
 */
export function multiclassProbabilityMetrics(
  data: PreparedMulticlassProbabilities,
  metrics: readonly MulticlassProbabilityMetricName[],
  weights?: ArrayLike<number>,
  undefinedAs: 'throw' | 'nan' = 'throw',
): number[] {
  const { n, classCount: k, y, logLossTerm, groups, groupCounts } = data
  const support = new Float64Array(k)
  let total = 0
  let logLoss = 0
  for (let i = 0; i < n; i++) {
    const wi = weights === undefined ? 1 : (weights[i] as number)
    if (wi === 0) continue
    total += wi
    logLoss += wi * (logLossTerm[i] as number)
    const c = y[i] as number
    support[c] = (support[c] as number) + wi
  }
  const undefinedValue = (message: string): number => {
    if (undefinedAs === 'nan') return Number.NaN
    throw new UndefinedMetricError(message)
  }
  const needOvr = metrics.some((m) => m.startsWith('roc-auc-ovr'))
  const needOvo = metrics.some((m) => m.startsWith('roc-auc-ovo'))
  // ovrArea[c]: AUC of class c against the rest on column c; pairArea[a·k + b]: AUC of a against b on column a.
  const ovrArea = new Float64Array(k)
  const pairArea = new Float64Array(needOvo ? k * k : 0)
  if (total > 0 && (needOvr || needOvo)) {
    for (let c = 0; c < k; c++) {
      const group = groups[c] as Uint32Array
      const g = groupCounts[c] as number
      const counts = scoreCounts(group, g, y, n, k, weights)
      if (needOvr) ovrArea[c] = ovrAreaOf(counts, g, k, c, support[c] as number, total - (support[c] as number))
      if (needOvo) {
        for (let other = 0; other < k; other++) {
          if (other === c) continue
          pairArea[c * k + other] = pairAreaOf(counts, g, k, c, other, support[c] as number, support[other] as number)
        }
      }
    }
  }
  const ovr = (metric: MulticlassProbabilityMetricName, weighted: boolean): number => {
    let sum = 0
    let weightSum = 0
    for (let c = 0; c < k; c++) {
      const s = support[c] as number
      if (s === 0) return undefinedValue(metricsMessages.classWithoutRows(metric, c))
      const w = weighted ? s : 1
      sum += w * (ovrArea[c] as number)
      weightSum += w
    }
    return sum / weightSum
  }
  const ovo = (metric: MulticlassProbabilityMetricName, weighted: boolean): number => {
    let sum = 0
    let weightSum = 0
    for (let a = 0; a < k; a++) {
      if ((support[a] as number) === 0) continue
      for (let b = a + 1; b < k; b++) {
        if ((support[b] as number) === 0) continue
        const score = ((pairArea[a * k + b] as number) + (pairArea[b * k + a] as number)) / 2
        const w = weighted ? ((support[a] as number) + (support[b] as number)) / total : 1
        sum += w * score
        weightSum += w
      }
    }
    return weightSum === 0 ? undefinedValue(metricsMessages.fewerThanTwoClassesPresent(metric)) : sum / weightSum
  }
  return metrics.map((metric) => {
    if (total === 0) return undefinedValue(metricsMessages.zeroWeight(metric))
    switch (metric) {
      case 'log-loss':
        return logLoss / total
      case 'roc-auc-ovr':
        return ovr(metric, false)
      case 'roc-auc-ovr-weighted':
        return ovr(metric, true)
      case 'roc-auc-ovo':
        return ovo(metric, false)
      case 'roc-auc-ovo-weighted':
        return ovo(metric, true)
    }
  })
}

/** counts[j·k + t]: weighted rows of true class t at the j-th highest distinct score of one class column. */
function scoreCounts(
  group: Uint32Array,
  g: number,
  y: ArrayLike<number>,
  n: number,
  k: number,
  weights: ArrayLike<number> | undefined,
): Float64Array {
  const counts = new Float64Array(g * k)
  for (let i = 0; i < n; i++) {
    const wi = weights === undefined ? 1 : (weights[i] as number)
    if (wi === 0) continue
    const b = (group[i] as number) * k + (y[i] as number)
    counts[b] = (counts[b] as number) + wi
  }
  return counts
}

/**
 * The Mann–Whitney area over score groups in ascending order: the positives of each group beat the negatives of
 * the groups before it, ties count ½. NaN without positives or negatives.
 */
function rankArea(
  groups: number,
  positivesIn: (j: number) => number,
  negativesIn: (j: number) => number,
  positives: number,
  negatives: number,
): number {
  let area = 0
  let cumNeg = 0
  for (let j = 0; j < groups; j++) {
    const gp = positivesIn(j)
    const gn = negativesIn(j)
    area += gp * (negatives - cumNeg - 0.5 * gn)
    cumNeg += gn
  }
  return positives > 0 && negatives > 0 ? area / (positives * negatives) : Number.NaN
}

/** AUC of class c against the rest on column c (ties ½); NaN without positives or negatives. */
function ovrAreaOf(
  counts: Float64Array,
  g: number,
  k: number,
  c: number,
  positives: number,
  negatives: number,
): number {
  const rest = (j: number): number => {
    let rowTotal = 0
    for (let t = 0; t < k; t++) rowTotal += counts[j * k + t] as number
    return rowTotal - (counts[j * k + c] as number)
  }
  return rankArea(g, (j) => counts[j * k + c] as number, rest, positives, negatives)
}

/** AUC of class c against class other on column c (ties ½); NaN when either class has no rows. */
function pairAreaOf(
  counts: Float64Array,
  g: number,
  k: number,
  c: number,
  other: number,
  positives: number,
  negatives: number,
): number {
  return rankArea(
    g,
    (j) => counts[j * k + c] as number,
    (j) => counts[j * k + other] as number,
    positives,
    negatives,
  )
}
