import type { MetricRule, RuleMode } from './metric-rule.js'
import { RULE_TOLERANCE } from './metric-rule.js'
import { compareMessages } from './messages.js'
import { validateMlflowThreshold } from './mlflow-threshold.js'

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
 * `mlflow` mode is MLflow's MetricThreshold exactly (validateMlflowThreshold; a change rule without a baseline
 * fails there). `default` mode, greater is better (smaller mirrors it):
 * - threshold: candidate ≥ threshold − tol;
 * - absolute: (candidate − baseline) ≥ min_absolute_change − tol;
 * - relative: (candidate − baseline) ≥ r·|baseline| − tol;
 * with tol = RULE_TOLERANCE·max(1, |candidate|, |baseline|); a change rule without a baseline is not checked.
 * @throws {RangeError} for values MLflow rejects in `mlflow` mode (min_absolute_change ≤ 0, min_relative_change
 *   outside [0, 1]) and a negative min_relative_change in `default` mode
 * @example
 * checkMetricRule({ metric: 'accuracy', greaterIsBetter: true, minAbsoluteChange: 0.05 }, 0.85, 0.8, 'mlflow').passed // => false
 */
export function checkMetricRule(
  rule: MetricRule,
  candidate: number,
  baseline: number | undefined,
  mode: RuleMode,
): RuleOutcome {
  if (mode === 'mlflow') return validateMlflowThreshold(rule, candidate, baseline)
  const { greaterIsBetter: up, threshold, minAbsoluteChange: abs, minRelativeChange: rel } = rule
  checkRuleBounds(rule)
  const tol = RULE_TOLERANCE * Math.max(1, Math.abs(candidate), Math.abs(baseline ?? 0))
  const atLeast = (value: number, bound: number): boolean => (up ? value >= bound - tol : value <= bound + tol)
  const thresholdOk = threshold === undefined || atLeast(candidate, threshold)
  const change: Change = { up, candidate, tol }
  const absoluteOk = baseline === undefined || abs === undefined || absoluteChangeMet(change, baseline, abs)
  const relativeOk = baseline === undefined || rel === undefined || relativeChangeMet(change, baseline, rel)
  return {
    threshold: thresholdOk,
    absoluteChange: absoluteOk,
    relativeChange: relativeOk,
    passed: thresholdOk && absoluteOk && relativeOk,
  }
}

/** Throws for a negative min_relative_change, which `default` mode rejects. */
function checkRuleBounds(rule: MetricRule): void {
  const rel = rule.minRelativeChange
  if (rel !== undefined && !(rel >= 0)) throw new RangeError(compareMessages.relativeChangeNegative(rule.metric, rel))
}

/** The candidate side of a change check: direction, value and tolerance. */
interface Change {
  readonly up: boolean
  readonly candidate: number
  readonly tol: number
}

/** Whether the candidate improves on the baseline by at least `abs`, within the tolerance. */
function absoluteChangeMet({ up, candidate, tol }: Change, baseline: number, abs: number): boolean {
  return (up ? candidate - baseline : baseline - candidate) >= abs - tol
}

/** Whether the candidate improves on the baseline by at least `rel` of |baseline|, within the tolerance. */
function relativeChangeMet({ up, candidate, tol }: Change, baseline: number, rel: number): boolean {
  return (up ? candidate - baseline : baseline - candidate) >= rel * Math.abs(baseline) - tol
}
