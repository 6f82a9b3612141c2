import type { MetricName, Task } from '../metrics/metric-name.js'
import { GREATER_IS_BETTER, METRICS_BY_TASK, MULTICLASS_PROBABILITY_METRICS } from '../metrics/metric-name.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import type { MetricRule, RuleMode } from './metric-rule.js'

/** The policy section as written in .github/modelgate.yml (already validated by its JSON Schema). */
export interface EvaluationPolicySection {
  readonly task?: Task
  readonly metrics?: Readonly<
    Record<
      string,
      {
        readonly threshold?: number
        readonly min_absolute_change?: number
        readonly min_relative_change?: number
        readonly greater_is_better?: boolean
      }
    >
  >
  readonly 'rule-mode'?: RuleMode
  readonly evidence?: 'interval' | 'point'
  readonly confidence?: number
  readonly resamples?: number
  readonly seed?: number
  readonly 'decision-threshold'?: number
  readonly slices?: {
    readonly columns?: readonly string[]
    readonly 'min-size'?: number
    readonly tolerance?: number
    readonly 'on-regression'?: 'fail' | 'warn'
  }
  readonly 'max-latency-ms'?: number
}

/** Overrides from action inputs (win over the file). */
export interface EvaluationOverrides {
  readonly task?: Task
  readonly metrics?: readonly MetricName[]
  readonly segmentColumns?: readonly string[]
  readonly seed?: number
  readonly maxLatencyMs?: number
  /** Multiclass: whether class probability columns are given (default metrics then include log-loss and ROC-AUC). */
  readonly probabilities?: boolean
}

/** Primary metric per task: the one that decides when the policy names no rule. */
export const PRIMARY_METRIC: Readonly<Record<Task, MetricName>> = {
  binary: 'roc-auc',
  multiclass: 'f1-macro',
  regression: 'rmse',
}

/** Documented defaults. */
export const EVALUATION_DEFAULTS = {
  task: 'binary' as Task,
  ruleMode: 'default' as RuleMode,
  evidence: 'interval' as const,
  confidence: 0.95,
  resamples: 1000,
  seed: 20240601,
  decisionThreshold: 0.5,
  sliceMinSize: 30,
  sliceTolerance: 0.02,
  sliceOnRegression: 'fail' as const,
}

/**
 * Resolves the evaluate-vs-champion policy: inputs ⊕ file section ⊕ defaults. Metrics: the input list, else the
 * metrics named in the policy plus the primary metric, else every metric of the task (for multiclass, the
 * probability metrics only when `probabilities` is set). Rules: one per metric in
 * the policy (MLflow's keys); when the policy names none, the primary metric (roc-auc, f1-macro, rmse) gets
 * `min_absolute_change: 0` — "better than the champion, with the interval above 0".
 * @throws {RangeError} when a policy metric does not belong to the task
 * @example
 * resolveEvaluationPolicy({}, {}).rules // => [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0 }]
 */
export function resolveEvaluationPolicy(
  section: EvaluationPolicySection,
  overrides: EvaluationOverrides,
): EvaluationPolicy {
  const task = overrides.task ?? section.task ?? EVALUATION_DEFAULTS.task
  const known = METRICS_BY_TASK[task]
  const ruleEntries = Object.entries(section.metrics ?? {})
  for (const [name] of ruleEntries) {
    if (!known.includes(name as MetricName)) {
      throw new RangeError(
        `evaluate-vs-champion.metrics.${name} is not a ${task} metric; use one of ${known.join(', ')}`,
      )
    }
  }
  const rules: MetricRule[] = ruleEntries.map(([name, r]) => ({
    metric: name as MetricName,
    greaterIsBetter: r.greater_is_better ?? GREATER_IS_BETTER[name as MetricName],
    ...(r.threshold === undefined ? {} : { threshold: r.threshold }),
    ...(r.min_absolute_change === undefined ? {} : { minAbsoluteChange: r.min_absolute_change }),
    ...(r.min_relative_change === undefined ? {} : { minRelativeChange: r.min_relative_change }),
  }))
  const primary = PRIMARY_METRIC[task]
  if (rules.length === 0)
    rules.push({ metric: primary, greaterIsBetter: GREATER_IS_BETTER[primary], minAbsoluteChange: 0 })
  let metrics: MetricName[]
  if (overrides.metrics !== undefined && overrides.metrics.length > 0) {
    metrics = [...overrides.metrics]
    for (const r of rules) if (!metrics.includes(r.metric)) metrics.push(r.metric)
  } else {
    const available =
      task === 'multiclass' && overrides.probabilities !== true
        ? known.filter((m) => !(MULTICLASS_PROBABILITY_METRICS as readonly string[]).includes(m))
        : known
    metrics = [...available]
    for (const r of rules) if (!metrics.includes(r.metric)) metrics.push(r.metric)
  }
  const s = section.slices ?? {}
  const maxLatencyMs = overrides.maxLatencyMs ?? section['max-latency-ms']
  return {
    task,
    metrics,
    rules,
    ruleMode: section['rule-mode'] ?? EVALUATION_DEFAULTS.ruleMode,
    evidence: section.evidence ?? EVALUATION_DEFAULTS.evidence,
    confidence: section.confidence ?? EVALUATION_DEFAULTS.confidence,
    resamples: section.resamples ?? EVALUATION_DEFAULTS.resamples,
    seed: overrides.seed ?? section.seed ?? EVALUATION_DEFAULTS.seed,
    decisionThreshold: section['decision-threshold'] ?? EVALUATION_DEFAULTS.decisionThreshold,
    slices: {
      columns: overrides.segmentColumns ?? s.columns ?? [],
      minSize: s['min-size'] ?? EVALUATION_DEFAULTS.sliceMinSize,
      tolerance: s.tolerance ?? EVALUATION_DEFAULTS.sliceTolerance,
      onRegression: s['on-regression'] ?? EVALUATION_DEFAULTS.sliceOnRegression,
    },
    ...(maxLatencyMs === undefined ? {} : { maxLatencyMs }),
  }
}
