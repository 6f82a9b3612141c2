import type { MetricName, Task } from '../metrics/metric-name.js'
import type { MetricRule, RuleMode } from './metric-rule.js'

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
  readonly slices: {
    readonly columns: readonly string[]
    readonly minSize: number
    /** Largest tolerated slice regression (in metric units, in the worse direction). */
    readonly tolerance: number
    readonly onRegression: 'fail' | 'warn'
  }
  readonly maxLatencyMs?: number
}
