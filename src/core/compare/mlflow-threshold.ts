import { compareMessages } from './messages.js'

/**
 * One metric's MLflow `MetricThreshold` (mlflow.models.MetricThreshold): a floor/ceiling and the changes
 * required against the baseline (champion), in the better direction.
 */
export interface MlflowThreshold {
  readonly metric: string
  readonly greaterIsBetter: boolean
  readonly threshold?: number
  readonly minAbsoluteChange?: number
  readonly minRelativeChange?: number
}

/** Which parts of MLflow's validation a candidate passes (each true when the threshold lacks that part). */
export interface MlflowValidation {
  readonly threshold: boolean
  readonly absoluteChange: boolean
  readonly relativeChange: boolean
  /** A change rule with no baseline value: MLflow fails the metric ("missing from the baseline model"). */
  readonly missingBaseline: boolean
  readonly passed: boolean
}

/** A value MLflow's MetricThreshold constructor rejects: the policy key and the message. */
export interface MlflowThresholdProblem {
  readonly key: 'min_absolute_change' | 'min_relative_change'
  readonly message: string
}

/**
 * MLflow's semantics, read from `mlflow/models/evaluation/validation.py` at mlflow/mlflow commit
 * 0c2339493bb2864ef8b0d2b130d31ebdd7aee7fc (`MetricThreshold.__init__` and `_validate`):
 * - the constructor accepts min_absolute_change > 0 and min_relative_change in [0, 1] (0 and 1 included; it
 *   also insists on a Python float, which a parsed YAML/JSON number cannot express, so 0 and 1 are accepted);
 * - threshold: candidate ≥ threshold (≤ when smaller is better), plain float64;
 * - absolute: candidate ≥ fl(baseline + min_absolute_change) (≤ fl(baseline − it)): MLflow compares
 *   `Decimal`s of the two doubles, i.e. exactly the doubles, after the float64 sum;
 * - relative, baseline = 0 (or −0): candidate ≥ 1e-10 (≤ −1e-10), whatever min_relative_change is;
 * - relative otherwise: change = (candidate − baseline)/baseline ((baseline − candidate)/baseline when smaller
 *   is better) in float64, failed when change < min_relative_change. Dividing by a negative baseline flips the
 *   rule: with baseline −0.2 a candidate −0.3 passes and −0.1 fails (greater is better);
 * - a change rule without a baseline value fails as "missing from the baseline model".
 * Two deliberate differences: NaN never passes a part (MLflow raises on the Decimal comparison of the
 * absolute rule and lets a NaN relative change pass), and a relative rule of 0 without a baseline fails as
 * missing (MLflow's truthiness test skips that check and then raises on `None`).
 * @see https://github.com/mlflow/mlflow/blob/0c2339493bb2864ef8b0d2b130d31ebdd7aee7fc/mlflow/models/evaluation/validation.py
 * @throws {RangeError} for values MLflow's constructor rejects (see mlflowThresholdProblem)
 * @example
 * validateMlflowThreshold({ metric: 'accuracy', greaterIsBetter: true, minRelativeChange: 0.005 }, 0.83415, 0.83).passed // => false
 */
export function validateMlflowThreshold(
  t: MlflowThreshold,
  candidate: number,
  baseline: number | undefined,
): MlflowValidation {
  const problem = mlflowThresholdProblem(t)
  if (problem !== undefined) throw new RangeError(problem.message)
  const up = t.greaterIsBetter
  const better = (value: number, bound: number): boolean => (up ? value >= bound : value <= bound)
  const threshold = t.threshold === undefined || better(candidate, t.threshold)
  const hasChange = t.minAbsoluteChange !== undefined || t.minRelativeChange !== undefined
  if (hasChange && baseline === undefined) {
    return { threshold, absoluteChange: true, relativeChange: true, missingBaseline: true, passed: false }
  }
  const abs = t.minAbsoluteChange
  const absoluteChange =
    abs === undefined || baseline === undefined || better(candidate, up ? baseline + abs : baseline - abs)
  const relativeChange =
    t.minRelativeChange === undefined ||
    baseline === undefined ||
    relativeMet(up, candidate, baseline, t.minRelativeChange)
  return {
    threshold,
    absoluteChange,
    relativeChange,
    missingBaseline: false,
    passed: threshold && absoluteChange && relativeChange,
  }
}

/** MLflow's relative rule: the 1e-10 fallback at baseline 0, else the signed change divided by the baseline. */
function relativeMet(up: boolean, candidate: number, baseline: number, rel: number): boolean {
  if (baseline === 0) return up ? candidate >= baseline + 1e-10 : candidate <= baseline - 1e-10
  const change = (up ? candidate - baseline : baseline - candidate) / baseline
  return change >= rel
}

/**
 * The first value MLflow's MetricThreshold constructor rejects, or undefined: min_absolute_change must be
 * > 0, min_relative_change in [0, 1].
 * @example
 * mlflowThresholdProblem({ metric: 'f1', greaterIsBetter: true, minRelativeChange: 0 }) // => undefined
 */
export function mlflowThresholdProblem(t: MlflowThreshold): MlflowThresholdProblem | undefined {
  const { minAbsoluteChange: abs, minRelativeChange: rel } = t
  if (abs !== undefined && !(abs > 0))
    return { key: 'min_absolute_change', message: compareMessages.mlflowAbsoluteChangeNotPositive(t.metric, abs) }
  if (rel !== undefined && !(rel >= 0 && rel <= 1))
    return { key: 'min_relative_change', message: compareMessages.mlflowRelativeChangeOutOfRange(t.metric, rel) }
  return undefined
}
