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
 * - predictive parity difference: precision difference (Chouldechova 2017).
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
  }
}
