import type { MetricName } from '../metrics/metric-name.js'

/**
 * `mlflow`: MLflow's MetricThreshold exactly (mlflow-threshold.ts, read from the source): plain float64
 * arithmetic (0.80 + 0.05 = 0.8500000000000001, so 0.85 fails "≥ 0.80 + 0.05"), `min_absolute_change` must be
 * > 0, `min_relative_change` in [0, 1], and the relative change is (candidate − baseline)/baseline (so with a
 * negative baseline, e.g. R² = −0.2, a *lower* value passes: the rule flips; baseline 0 asks for ≥ 1e-10).
 * `default`: the same three rules without those edges: comparisons allow a stated tolerance, the absolute change
 * may be negative (a non-inferiority margin: "no worse than 0.01 below the champion"), and the relative change
 * is taken of |baseline|.
 */
export type RuleMode = 'default' | 'mlflow'

/** Comparisons in `default` mode allow this much slack, scaled by max(1, |values|). */
export const RULE_TOLERANCE = 1e-9

/** One metric's comparison rule (MLflow's MetricThreshold plus a name). */
export interface MetricRule {
  readonly metric: MetricName
  readonly greaterIsBetter: boolean
  /** Absolute floor (greater is better) or ceiling (smaller is better) of the candidate's value. */
  readonly threshold?: number
  /**
   * Required change against the champion in the better direction. A superiority rule: in default mode the
   * candidate must be strictly better by more than this (0 = strictly better). Negative (a margin) only in
   * unresolved policies: resolveEvaluationPolicy turns a negative value into `nonInferiorityMargin`.
   */
  readonly minAbsoluteChange?: number
  /** Required change as a share of the champion's value, in the better direction (strictly more, in default mode). */
  readonly minRelativeChange?: number
  /** Non-inferiority (default mode only): the candidate may be worse than the champion by less than this (> 0). */
  readonly nonInferiorityMargin?: number
}
