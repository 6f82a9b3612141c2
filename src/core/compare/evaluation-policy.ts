import type { MetricName, Task } from '../metrics/metric-name.js'
import type { MetricRule, RuleMode } from './metric-rule.js'
import type { LatencyPolicy } from '../governance/latency-policy.js'
import type { ResourcePolicy } from '../governance/resource-checks.js'
import type { ExplainabilityPolicy } from '../governance/explain-policy.js'

/** The effective (resolved) policy of evaluate-vs-champion; defaults in resolve-evaluation-policy.ts. */
export interface EvaluationPolicy {
  readonly task: Task
  /** Metrics computed and reported, in order. */
  readonly metrics: readonly MetricName[]
  /** Rules that decide; metrics without a rule are reported only. */
  readonly rules: readonly MetricRule[]
  readonly ruleMode: RuleMode
  /** `interval`: a rule is met only when the whole bootstrap interval clears it; `point`: the point estimate decides. */
  readonly evidence: 'interval' | 'point'
  readonly confidence: number
  readonly resamples: number
  readonly seed: number
  /** Binary decision threshold on scores. */
  readonly decisionThreshold: number
  /** Below these the evidence is too thin to judge: the decision is hold, with an error check. */
  readonly sample: {
    readonly minRows: number
    /** Binary only: rows with label 1 / label 0. */
    readonly minPositives: number
    readonly minNegatives: number
    /** A rule whose metric was undefined on more than this share of the resamples is inconclusive. */
    readonly maxUndefinedShare: number
  }
  readonly slices: {
    readonly columns: readonly string[]
    readonly minSize: number
    /** Binary only: a slice with fewer positives or negatives is skipped and named. */
    readonly minPositives: number
    readonly minNegatives: number
    /** Largest tolerated slice regression of a bounded metric (accuracy, AUC, R²…), in metric units. */
    readonly tolerance: number
    /** Largest tolerated slice regression of an error metric (mae, rmse, log-loss), as a share of the champion's value. */
    readonly relativeTolerance: number
    readonly onRegression: 'fail' | 'warn'
  }
  /** Latency budgets and how they are measured; absent when the policy sets no latency budget. */
  readonly latency?: LatencyPolicy
  /** Model size and peak memory limits; absent when the policy sets neither. */
  readonly resources?: ResourcePolicy
  /** Permutation importance and the top-k check; absent when the policy has no explainability section. */
  readonly explainability?: ExplainabilityPolicy
}
