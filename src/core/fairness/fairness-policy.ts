import type { DisparityMetric } from './fairness-disparities.js'

/**
 * The effective fairness-gate policy. Thresholds: differences are maxima, ratios are minima; `null`
 * turns a metric's check off (it is still reported).
 */
export interface FairnessPolicy {
  readonly thresholds: Readonly<Record<DisparityMetric, number | null>>
  /**
   * Without a reference group: `between_groups` (max − min, min ÷ max; fairlearn's default) or `to_overall`
   * (every group against the rates of all rows).
   */
  readonly method: 'between_groups' | 'to_overall'
  /** Groups with fewer rows are excluded from the verdict and listed. */
  readonly minGroupSize: number
  /** Pass only when the whole simultaneous interval is within the threshold (not just the point estimate). */
  readonly useInterval: boolean
  /**
   * When a disparity fails: `significant` (default) — the point estimate is beyond the threshold and the interval
   * excludes parity, or the whole interval is beyond it; `confident` — only when the whole interval is beyond it.
   */
  readonly failWhen: 'significant' | 'confident'
  /** Simultaneous confidence of all intervals of one analysis (Bonferroni over the comparisons). */
  readonly confidence: number
  /** Accepted for older policy files; the intervals are analytic score intervals and use no resampling. */
  readonly bootstrapResamples: number
  /** Accepted for older policy files and the `seed` input; nothing in the verdict is random. */
  readonly seed: number
  /** Status when fewer than two groups can be judged in a grouping. */
  readonly tooFewGroups: 'warn' | 'fail'
  /** How much any disparity may worsen against the champion (absolute, in the metric's units). */
  readonly championTolerance: number
  readonly intersectional: boolean
  /** Reference (privileged) group value per sensitive column, e.g. { gender: 'M' }. */
  readonly referenceGroups: Readonly<Record<string, string>>
}

/** Documented defaults (docs/actions/fairness-gate.md). */
export const DEFAULT_FAIRNESS_POLICY: FairnessPolicy = {
  thresholds: {
    demographic_parity_difference: 0.1,
    demographic_parity_ratio: null,
    equalized_odds_difference: 0.1,
    equalized_odds_ratio: null,
    equal_opportunity_difference: 0.1,
    disparate_impact_ratio: 0.8,
    predictive_parity_difference: 0.1,
    accuracy_parity_difference: null,
    average_odds_difference: null,
    disparate_impact_two_sided: null,
  },
  method: 'between_groups',
  minGroupSize: 30,
  useInterval: false,
  failWhen: 'significant',
  confidence: 0.95,
  bootstrapResamples: 1000,
  seed: 0,
  tooFewGroups: 'fail',
  championTolerance: 0.02,
  intersectional: false,
  referenceGroups: {},
}
