import type { MetricName, Task } from '../metrics/metric-name.js'
import { GREATER_IS_BETTER, METRICS_BY_TASK, MULTICLASS_PROBABILITY_METRICS } from '../metrics/metric-name.js'
import { ConfigurationError } from '../errors.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import { compareMessages } from './messages.js'
import type { MetricRule, RuleMode } from './metric-rule.js'
import { mlflowThresholdProblem } from './mlflow-threshold.js'
import { normalizeDeprecatedKeys } from './normalize-deprecated-keys.js'

/** One metric's rule as written: MLflow MetricThreshold's keys. */
export interface WrittenMetricRule {
  readonly threshold?: number
  readonly min_absolute_change?: number
  readonly min_relative_change?: number
  readonly greater_is_better?: boolean
}

/** The evaluate-vs-champion section in its current spelling (schemas/policy/evaluate-vs-champion.schema.json). */
export interface CurrentEvaluationPolicySection {
  readonly task?: Task
  readonly metrics?: Readonly<Record<string, WrittenMetricRule>>
  readonly rule_mode?: RuleMode
  readonly evidence?: 'interval' | 'point'
  readonly confidence?: number
  readonly resamples?: number
  readonly seed?: number
  readonly decision_threshold?: number
  readonly slices?: {
    readonly columns?: readonly string[]
    readonly min_size?: number
    readonly tolerance?: number
    readonly on_regression?: 'fail' | 'warn'
  }
  readonly max_latency_ms?: number
}

/**
 * The section as written in .github/modelgate.yml (already validated by its JSON Schema): the current keys, and
 * for one release the old kebab-case ones (normalizeDeprecatedKeys maps them, with a warning each).
 */
export interface EvaluationPolicySection extends Omit<CurrentEvaluationPolicySection, 'slices'> {
  /** @deprecated write rule_mode */
  readonly 'rule-mode'?: RuleMode
  /** @deprecated write decision_threshold */
  readonly 'decision-threshold'?: number
  /** @deprecated write max_latency_ms */
  readonly 'max-latency-ms'?: number
  readonly slices?: NonNullable<CurrentEvaluationPolicySection['slices']> & {
    /** @deprecated write min_size */
    readonly 'min-size'?: number
    /** @deprecated write on_regression */
    readonly 'on-regression'?: 'fail' | 'warn'
  }
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

/** The effective policy, and one warning per deprecated key the section used. */
export interface ResolvedEvaluationPolicy {
  readonly policy: EvaluationPolicy
  readonly warnings: readonly string[]
}

const SECTION = 'evaluate-vs-champion'

/**
 * Resolves the evaluate-vs-champion policy: inputs ⊕ file section ⊕ defaults. Old kebab-case keys are mapped
 * (normalizeDeprecatedKeys) and reported in `warnings`. Metrics: the input list, else the metrics named in the
 * policy plus the primary metric, else every metric of the task (for multiclass, the probability metrics only
 * when `probabilities` is set). Rules: one per metric in the policy (MLflow's keys); when the policy names none,
 * the primary metric (roc-auc, f1-macro, rmse) gets `min_absolute_change: 0` — "better than the champion, with
 * the interval above 0".
 * @throws {ConfigurationError} with the policy path (or the input) when a policy metric or an input metric does
 *   not belong to the task, a rule breaks its rule mode (mlflow: min_absolute_change ≤ 0 or min_relative_change
 *   outside [0, 1]; default: min_relative_change < 0), or a key is written in both spellings
 * @example
 * resolveEvaluationPolicy({}, {}).policy.rules // => [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0 }]
 */
export function resolveEvaluationPolicy(
  written: EvaluationPolicySection,
  overrides: EvaluationOverrides,
): ResolvedEvaluationPolicy {
  const { section, warnings } = normalizeDeprecatedKeys(written)
  const task = overrides.task ?? section.task ?? EVALUATION_DEFAULTS.task
  const ruleMode = section.rule_mode ?? EVALUATION_DEFAULTS.ruleMode
  const known = METRICS_BY_TASK[task]
  const ruleEntries = Object.entries(section.metrics ?? {})
  checkPolicyMetrics(ruleEntries, task, known, ruleMode)
  checkInputMetrics(overrides.metrics ?? [], task, known)
  const rules = resolveRules(ruleEntries, task)
  const maxLatencyMs = overrides.maxLatencyMs ?? section.max_latency_ms
  const policy: EvaluationPolicy = {
    task,
    metrics: resolveMetrics(overrides, rules, task, known),
    rules,
    ruleMode,
    evidence: section.evidence ?? EVALUATION_DEFAULTS.evidence,
    confidence: section.confidence ?? EVALUATION_DEFAULTS.confidence,
    resamples: section.resamples ?? EVALUATION_DEFAULTS.resamples,
    seed: overrides.seed ?? section.seed ?? EVALUATION_DEFAULTS.seed,
    decisionThreshold: section.decision_threshold ?? EVALUATION_DEFAULTS.decisionThreshold,
    slices: resolveSlices(section.slices ?? {}, overrides),
    ...(maxLatencyMs === undefined ? {} : { maxLatencyMs }),
  }
  return { policy, warnings }
}

/** Every metric the policy writes a rule for belongs to the task, and its rule keeps the rule mode's restrictions. */
function checkPolicyMetrics(
  ruleEntries: readonly (readonly [string, WrittenMetricRule])[],
  task: Task,
  known: readonly MetricName[],
  ruleMode: RuleMode,
): void {
  for (const [name, rule] of ruleEntries) {
    if (!known.includes(name as MetricName)) {
      throw new ConfigurationError(
        compareMessages.notTaskMetric(name, task, known),
        { path: `${SECTION}.metrics.${name}` },
        compareMessages.fixRule,
      )
    }
    checkRuleMode(name, rule, ruleMode)
  }
}

/** Every metric the `metrics` input names belongs to the task. */
function checkInputMetrics(inputMetrics: readonly MetricName[], task: Task, known: readonly MetricName[]): void {
  const foreign = inputMetrics.filter((m) => !known.includes(m))
  if (foreign.length > 0)
    throw new ConfigurationError(
      compareMessages.inputNotTaskMetric(foreign, task),
      { input: 'metrics' },
      compareMessages.useTaskMetrics(task, known),
    )
}

/** One rule per metric the policy names; with none, the task's primary metric must beat the champion. */
function resolveRules(ruleEntries: readonly (readonly [string, WrittenMetricRule])[], task: Task): MetricRule[] {
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
  return rules
}

/** The metrics to compute: the input list, else the task's (probability ones only with probabilities), plus every ruled one. */
function resolveMetrics(
  overrides: EvaluationOverrides,
  rules: readonly MetricRule[],
  task: Task,
  known: readonly MetricName[],
): MetricName[] {
  let metrics: MetricName[]
  if (overrides.metrics !== undefined && overrides.metrics.length > 0) {
    metrics = [...overrides.metrics]
  } else {
    const available =
      task === 'multiclass' && overrides.probabilities !== true
        ? known.filter((m) => !(MULTICLASS_PROBABILITY_METRICS as readonly string[]).includes(m))
        : known
    metrics = [...available]
  }
  for (const r of rules) if (!metrics.includes(r.metric)) metrics.push(r.metric)
  return metrics
}

/** The slice settings: the segment-columns input, else the policy, else the defaults. */
function resolveSlices(
  s: NonNullable<CurrentEvaluationPolicySection['slices']>,
  overrides: EvaluationOverrides,
): EvaluationPolicy['slices'] {
  return {
    columns: overrides.segmentColumns ?? s.columns ?? [],
    minSize: s.min_size ?? EVALUATION_DEFAULTS.sliceMinSize,
    tolerance: s.tolerance ?? EVALUATION_DEFAULTS.sliceTolerance,
    onRegression: s.on_regression ?? EVALUATION_DEFAULTS.sliceOnRegression,
  }
}

/** The restrictions a rule mode puts on a rule (checkMetricRule's preconditions), as configuration errors. */
function checkRuleMode(metric: string, rule: WrittenMetricRule, mode: RuleMode): void {
  const abs = rule.min_absolute_change
  const rel = rule.min_relative_change
  const at = (key: string): { path: string } => ({ path: `${SECTION}.metrics.${metric}.${key}` })
  if (mode === 'mlflow') {
    const problem = mlflowThresholdProblem({
      metric,
      greaterIsBetter: true,
      ...(abs === undefined ? {} : { minAbsoluteChange: abs }),
      ...(rel === undefined ? {} : { minRelativeChange: rel }),
    })
    if (problem?.key === 'min_relative_change')
      throw new ConfigurationError(
        problem.message,
        at(problem.key),
        'write a share in [0, 1], e.g. 0.05 for 5%, or use rule_mode: default',
      )
    if (problem !== undefined) throw new ConfigurationError(problem.message, at(problem.key))
  }
  if (mode === 'default' && rel !== undefined && !(rel >= 0))
    throw new ConfigurationError(compareMessages.relativeChangeNegative(metric, rel), at('min_relative_change'))
}
