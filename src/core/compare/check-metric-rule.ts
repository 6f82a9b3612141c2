import type { MetricRule, RuleMode } from './metric-rule.js'
import { RULE_TOLERANCE } from './metric-rule.js'
import { compareMessages } from './messages.js'

/** Which parts of a rule a candidate value meets against a baseline. */
export interface RuleOutcome {
  /** Absolute floor/ceiling met (true when the rule has none). */
  readonly threshold: boolean
  /** Absolute change met (true when the rule has none). */
  readonly absoluteChange: boolean
  /** Relative change met (true when the rule has none). */
  readonly relativeChange: boolean
  readonly passed: boolean
}

/**
 * Checks a candidate value against a metric rule and the champion's (baseline) value.
 * Greater is better (smaller mirrors it):
 * - threshold: candidate ≥ threshold;
 * - absolute: `mlflow` candidate ≥ baseline + min_absolute_change in float64, `default` (candidate − baseline)
 *   ≥ min_absolute_change − tol;
 * - relative: `mlflow` candidate ≥ baseline·(1 + r), `default` (candidate − baseline) ≥ r·|baseline| − tol;
 * with tol = RULE_TOLERANCE·max(1, |candidate|, |baseline|) and no tolerance in `mlflow` mode.
 * @see https://mlflow.org/docs/2.14.1/_modules/mlflow/models/evaluation/validation.html (MetricThreshold)
 * @throws {RangeError} for values MLflow rejects in `mlflow` mode (min_absolute_change ≤ 0, min_relative_change
 *   outside (0, 1]) and a negative min_relative_change in `default` mode
 * @example
 * checkMetricRule({ metric: 'accuracy', greaterIsBetter: true, minAbsoluteChange: 0.05 }, 0.85, 0.8, 'mlflow').passed // => false
 */
export function checkMetricRule(
  rule: MetricRule,
  candidate: number,
  baseline: number | undefined,
  mode: RuleMode,
): RuleOutcome {
  const { greaterIsBetter: up, threshold, minAbsoluteChange: abs, minRelativeChange: rel } = rule
  checkRuleBounds(rule, mode)
  const tol = mode === 'mlflow' ? 0 : RULE_TOLERANCE * Math.max(1, Math.abs(candidate), Math.abs(baseline ?? 0))
  const atLeast = (value: number, bound: number): boolean => (up ? value >= bound - tol : value <= bound + tol)
  const thresholdOk = threshold === undefined || atLeast(candidate, threshold)
  const change: Change = { up, candidate, mode, tol }
  const absoluteOk = baseline === undefined || abs === undefined || absoluteChangeMet(change, baseline, abs)
  const relativeOk = baseline === undefined || rel === undefined || relativeChangeMet(change, baseline, rel)
  return {
    threshold: thresholdOk,
    absoluteChange: absoluteOk,
    relativeChange: relativeOk,
    passed: thresholdOk && absoluteOk && relativeOk,
  }
}

/** Throws for change bounds the mode rejects (MLflow's own validation in `mlflow` mode). */
function checkRuleBounds(rule: MetricRule, mode: RuleMode): void {
  const { minAbsoluteChange: abs, minRelativeChange: rel } = rule
  if (mode === 'mlflow') {
    if (abs !== undefined && !(abs > 0))
      throw new RangeError(compareMessages.mlflowAbsoluteChangeNotPositive(rule.metric, abs))
    if (rel !== undefined && !(rel > 0 && rel <= 1))
      throw new RangeError(compareMessages.mlflowRelativeChangeOutOfRange(rule.metric, rel))
  } else if (rel !== undefined && !(rel >= 0)) {
    throw new RangeError(compareMessages.relativeChangeNegative(rule.metric, rel))
  }
}

/** The candidate side of a change check: direction, value, mode and tolerance. */
interface Change {
  readonly up: boolean
  readonly candidate: number
  readonly mode: RuleMode
  readonly tol: number
}

/** Whether the candidate improves on the baseline by at least `abs`. */
function absoluteChangeMet({ up, candidate, mode, tol }: Change, baseline: number, abs: number): boolean {
  if (mode === 'mlflow') return up ? candidate >= baseline + abs : candidate <= baseline - abs
  return (up ? candidate - baseline : baseline - candidate) >= abs - tol
}

/** Whether the candidate improves on the baseline by at least `rel` of it. */
function relativeChangeMet({ up, candidate, mode, tol }: Change, baseline: number, rel: number): boolean {
  if (mode === 'mlflow') return up ? candidate >= baseline * (1 + rel) : candidate <= baseline * (1 - rel)
  return (up ? candidate - baseline : baseline - candidate) >= rel * Math.abs(baseline) - tol
}
