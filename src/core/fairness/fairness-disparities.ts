import { aggregateDisparity, type PairDisparity } from './aggregate-disparity.js'
import type { GroupRates } from './group-rates.js'

export const DISPARITY_METRICS = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equalized_odds_difference',
  'equalized_odds_ratio',
  'equal_opportunity_difference',
  'disparate_impact_ratio',
  'predictive_parity_difference',
  'accuracy_parity_difference',
  'average_odds_difference',
  'disparate_impact_two_sided',
] as const
export type DisparityMetric = (typeof DISPARITY_METRICS)[number]

/** Whether a larger value is worse (differences) or a smaller one (ratios). */
export const DISPARITY_DIRECTION: Readonly<Record<DisparityMetric, 'max' | 'min'>> = {
  demographic_parity_difference: 'max',
  demographic_parity_ratio: 'min',
  equalized_odds_difference: 'max',
  equalized_odds_ratio: 'min',
  equal_opportunity_difference: 'max',
  disparate_impact_ratio: 'min',
  predictive_parity_difference: 'max',
  accuracy_parity_difference: 'max',
  average_odds_difference: 'max',
  disparate_impact_two_sided: 'max',
}

/** How reports name each metric. */
export const DISPARITY_LABEL: Readonly<Record<DisparityMetric, string>> = {
  demographic_parity_difference: 'demographic parity difference',
  demographic_parity_ratio: 'demographic parity ratio',
  equalized_odds_difference: 'equalized odds difference',
  equalized_odds_ratio: 'equalized odds ratio',
  equal_opportunity_difference: 'equal opportunity difference',
  disparate_impact_ratio: 'disparate impact ratio',
  predictive_parity_difference: 'predictive parity difference',
  accuracy_parity_difference: 'accuracy parity difference',
  average_odds_difference: 'average odds difference',
  disparate_impact_two_sided: 'disparate impact |DI − 1|',
}

export type Disparities = Readonly<Record<DisparityMetric, PairDisparity>>

const pick = (rates: readonly GroupRates[], key: keyof GroupRates): (number | null)[] => rates.map((r) => r[key])

/** The worse of two disparities: the larger difference or the smaller ratio; `null` if either is null. */
function worseOf(a: PairDisparity, b: PairDisparity, direction: 'max' | 'min'): PairDisparity {
  if (a.value === null || b.value === null) return { value: null, low: null, high: null }
  if (direction === 'max') return b.value > a.value ? b : a
  return b.value < a.value ? b : a
}

/**
 * Every disparity the gate judges, from per-group rates (fairlearn's definitions):
 * - demographic parity difference / ratio: selection rate, max − min / min ÷ max;
 * - equalized odds difference: the larger of the TPR and FPR differences; ratio: the smaller of their ratios
 *   (fairlearn `agg='worst_case'`);
 * - equal opportunity difference: TPR difference (Hardt et al. 2016);
 * - disparate impact ratio: min ÷ max selection rate, or min over groups of rate ÷ reference rate when a
 *   reference (privileged) group is given; the four-fifths rule asks for ≥ 0.8 (29 CFR § 1607.4(D));
 * - predictive parity difference: precision difference (Chouldechova 2017);
 * - accuracy parity difference: accuracy difference (AIF360 `difference(accuracy)`, as a magnitude);
 * - average odds difference: AIF360's ½[(FPR_u − FPR_p) + (TPR_u − TPR_p)] as a magnitude — the difference of the
 *   groups' ½(TPR + FPR), so between groups max − min of it;
 * - disparate impact two-sided: |DI − 1| with DI = P(ŷ=1 | group) / P(ŷ=1 | reference) (AIF360's
 *   `disparate_impact`, unprivileged / privileged), the worst group; without a reference the ratio's direction is
 *   unknown, so max ÷ min − 1 (the worse of |DI − 1| and |1/DI − 1| over pairs).
 * Groups not `included` (too small) and undefined rates are skipped. With `overall` (the rates of all rows) and no
 * reference, every group is compared with the overall value instead (fairlearn `method='to_overall'`): the
 * overall rates act as a reference at index `rates.length`, and the disparate impact ratio uses the same
 * symmetric ratio min(m_g/m_all, m_all/m_g).
 * @see https://fairlearn.org/main/api_reference/generated/fairlearn.metrics.equalized_odds_difference.html
 * @example fairnessDisparities([{ selectionRate: 0.5, tpr: 1, fpr: 0, fnr: 0, precision: 1, accuracy: 1 }, { selectionRate: 0.25, tpr: 0.5, fpr: 0, fnr: 0.5, precision: 1, accuracy: 0.75 }], [true, true]).disparate_impact_ratio.value // => 0.5
 */
export function fairnessDisparities(
  rates: readonly GroupRates[],
  included: readonly boolean[],
  reference?: number,
  overall?: GroupRates,
): Disparities {
  if (overall !== undefined && reference === undefined) {
    const d = fairnessDisparities([...rates, overall], [...included, true], rates.length)
    const sel = [...pick(rates, 'selectionRate'), overall.selectionRate]
    return { ...d, disparate_impact_ratio: aggregateDisparity(sel, [...included, true], 'ratio', rates.length) }
  }
  const sel = pick(rates, 'selectionRate'),
    tpr = pick(rates, 'tpr'),
    fpr = pick(rates, 'fpr'),
    prec = pick(rates, 'precision')
  const averageOdds = rates.map((r) => (r.tpr === null || r.fpr === null ? null : (r.tpr + r.fpr) / 2))
  return {
    demographic_parity_difference: aggregateDisparity(sel, included, 'difference', reference),
    demographic_parity_ratio: aggregateDisparity(sel, included, 'ratio', reference),
    equalized_odds_difference: worseOf(
      aggregateDisparity(tpr, included, 'difference', reference),
      aggregateDisparity(fpr, included, 'difference', reference),
      'max',
    ),
    equalized_odds_ratio: worseOf(
      aggregateDisparity(tpr, included, 'ratio', reference),
      aggregateDisparity(fpr, included, 'ratio', reference),
      'min',
    ),
    equal_opportunity_difference: aggregateDisparity(tpr, included, 'difference', reference),
    disparate_impact_ratio: aggregateDisparity(
      sel,
      included,
      reference === undefined ? 'ratio' : 'ratio-to-reference',
      reference,
    ),
    predictive_parity_difference: aggregateDisparity(prec, included, 'difference', reference),
    accuracy_parity_difference: aggregateDisparity(pick(rates, 'accuracy'), included, 'difference', reference),
    average_odds_difference: aggregateDisparity(averageOdds, included, 'difference', reference),
    disparate_impact_two_sided: disparateImpactTwoSided(sel, included, reference),
  }
}

/**
 * max over groups of |m_g / m_r − 1| against a reference r (null when m_r = 0), else max ÷ min − 1 over the
 * included groups (null when min is 0).
 */
function disparateImpactTwoSided(
  sel: readonly (number | null)[],
  included: readonly boolean[],
  reference: number | undefined,
): PairDisparity {
  const none: PairDisparity = { value: null, low: null, high: null }
  if (reference !== undefined && included[reference] === true) {
    const r = sel[reference]
    if (r === null || r === undefined || r === 0) return none
    let best: PairDisparity = none
    sel.forEach((m, g) => {
      if (g === reference || m === null || included[g] !== true) return
      const value = Math.abs(m / r - 1)
      if (best.value === null || value > best.value) best = { value, low: g, high: reference }
    })
    return best
  }
  const ratio = aggregateDisparity(sel, included, 'ratio')
  if (ratio.value === null || ratio.value === 0) return { ...none, low: ratio.low, high: ratio.high }
  return { value: 1 / ratio.value - 1, low: ratio.low, high: ratio.high }
}
