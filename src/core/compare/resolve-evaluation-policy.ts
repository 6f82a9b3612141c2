import type { MetricName, Task } from '../metrics/metric-name.js'
import type { MonitoringPolicySection } from '../monitor/monitoring-policy.js'
import { GREATER_IS_BETTER, METRICS_BY_TASK, MULTICLASS_PROBABILITY_METRICS } from '../metrics/metric-name.js'
import { ConfigurationError } from '../errors.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import { compareMessages } from './messages.js'
import type { MetricRule, RuleMode } from './metric-rule.js'
import { mlflowThresholdProblem } from './mlflow-threshold.js'
import { normalizeDeprecatedKeys } from './normalize-deprecated-keys.js'
import { resolveLatencyPolicy, type LatencyPolicySection } from '../governance/latency-policy.js'
import { resolveExplainabilityPolicy, type ExplainabilityPolicySection } from '../governance/explain-policy.js'

/** One metric's rule as written: MLflow MetricThreshold's keys. */
export interface WrittenMetricRule {
  readonly threshold?: number
  readonly min_absolute_change?: number
  readonly min_relative_change?: number
  /** Non-inferiority: the candidate may be worse than the champion by less than this (default rule_mode). */
  readonly non_inferiority_margin?: number
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
  readonly sample?: {
    readonly min_rows?: number
    readonly min_positives?: number
    readonly min_negatives?: number
    readonly max_undefined_share?: number
  }
  readonly slices?: {
    readonly columns?: readonly string[]
    readonly min_size?: number
    readonly min_positives?: number
    readonly min_negatives?: number
    readonly tolerance?: number
    readonly relative_tolerance?: number
    readonly on_regression?: 'fail' | 'warn'
  }
  readonly max_latency_ms?: number
  /** Monitor mode (delayed labels) and retraining dispatch: src/core/monitor/monitoring-policy.ts. */
  readonly monitoring?: MonitoringPolicySection
  /** Per-request latency budgets (resolveLatencyPolicy). */
  readonly latency?: LatencyPolicySection
  /** The candidate model directory's total size limit, in bytes. */
  readonly max_model_bytes?: number
  /** The candidate serve process's peak resident memory limit (VmHWM), in MiB; served with latency-command. */
  readonly max_peak_memory_mb?: number
  /** Permutation importance through the serve command and the top-k check (resolveExplainabilityPolicy). */
  readonly explainability?: ExplainabilityPolicySection
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
  minRows: 30,
  minPositives: 20,
  minNegatives: 20,
  maxUndefinedShare: 0.05,
  sliceMinSize: 30,
  sliceMinPositives: 20,
  sliceMinNegatives: 20,
  sliceTolerance: 0.02,
  sliceRelativeTolerance: 0.05,
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
 * the primary metric (roc-auc, f1-macro, rmse) gets `min_absolute_change: 0` — "strictly better than the
 * champion, with the interval above 0". Non-inferiority is its own key, `non_inferiority_margin`; a negative
 * `min_absolute_change` (its old spelling) is mapped to it with a warning.
 * @throws {ConfigurationError} with the policy path (or the input) when a policy metric or an input metric does
 *   not belong to the task, a rule is empty (`roc-auc: {}`), a rule breaks its rule mode (mlflow:
 *   min_absolute_change ≤ 0, min_relative_change outside [0, 1], any non_inferiority_margin; default:
 *   min_relative_change < 0), a margin is combined with a change rule, or a key is written in both spellings
 * @example
 * resolveEvaluationPolicy({}, {}).policy.rules // => [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0 }]
 */
export function resolveEvaluationPolicy(
  written: EvaluationPolicySection,
  overrides: EvaluationOverrides,
): ResolvedEvaluationPolicy {
  const normalized = normalizeDeprecatedKeys(written)
  const { section } = normalized
  const warnings = [...normalized.warnings]
  const task = overrides.task ?? section.task ?? EVALUATION_DEFAULTS.task
  const ruleMode = section.rule_mode ?? EVALUATION_DEFAULTS.ruleMode
  const known = METRICS_BY_TASK[task]
  const ruleEntries = Object.entries(section.metrics ?? {})
  checkPolicyMetrics(ruleEntries, task, known, ruleMode)
  checkInputMetrics(overrides.metrics ?? [], task, known)
  const rules = resolveRules(ruleEntries, task, ruleMode, warnings)
  const latency = resolveLatencyPolicy(
    section.latency,
    section.max_latency_ms,
    overrides.maxLatencyMs,
    section.max_peak_memory_mb !== undefined,
  )
  const resources = {
    ...(section.max_model_bytes === undefined ? {} : { maxModelBytes: section.max_model_bytes }),
    ...(section.max_peak_memory_mb === undefined ? {} : { maxPeakMemoryMb: section.max_peak_memory_mb }),
  }
  const seed = overrides.seed ?? section.seed ?? EVALUATION_DEFAULTS.seed
  const explainability = resolveExplainabilityPolicy(section.explainability, task, seed)
  const policy: EvaluationPolicy = {
    task,
    metrics: resolveMetrics(overrides, rules, task, known),
    rules,
    ruleMode,
    evidence: section.evidence ?? EVALUATION_DEFAULTS.evidence,
    confidence: section.confidence ?? EVALUATION_DEFAULTS.confidence,
    resamples: section.resamples ?? EVALUATION_DEFAULTS.resamples,
    seed,
    decisionThreshold: section.decision_threshold ?? EVALUATION_DEFAULTS.decisionThreshold,
    sample: resolveSample(section.sample ?? {}),
    slices: resolveSlices(section.slices ?? {}, overrides),
    ...(latency === undefined ? {} : { latency }),
    ...(Object.keys(resources).length === 0 ? {} : { resources }),
    ...(explainability === undefined ? {} : { explainability }),
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

/**
 * One rule per metric the policy names; with none, the task's primary metric must beat the champion. In default
 * mode a negative min_absolute_change is the old spelling of a non-inferiority margin: it becomes
 * `nonInferiorityMargin` with a warning naming the new key.
 */
function resolveRules(
  ruleEntries: readonly (readonly [string, WrittenMetricRule])[],
  task: Task,
  mode: RuleMode,
  warnings: string[],
): MetricRule[] {
  const rules: MetricRule[] = ruleEntries.map(([name, r]) => {
    const abs = r.min_absolute_change
    const oldMargin = mode === 'default' && abs !== undefined && abs < 0
    if (oldMargin) warnings.push(compareMessages.negativeChangeIsMargin(name, abs))
    const margin = oldMargin ? -abs : r.non_inferiority_margin
    return {
      metric: name as MetricName,
      greaterIsBetter: r.greater_is_better ?? GREATER_IS_BETTER[name as MetricName],
      ...(r.threshold === undefined ? {} : { threshold: r.threshold }),
      ...(abs === undefined || oldMargin ? {} : { minAbsoluteChange: abs }),
      ...(r.min_relative_change === undefined ? {} : { minRelativeChange: r.min_relative_change }),
      ...(margin === undefined ? {} : { nonInferiorityMargin: margin }),
    }
  })
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

/** The sample minimums: the policy, else the defaults. */
function resolveSample(s: NonNullable<CurrentEvaluationPolicySection['sample']>): EvaluationPolicy['sample'] {
  return {
    minRows: s.min_rows ?? EVALUATION_DEFAULTS.minRows,
    minPositives: s.min_positives ?? EVALUATION_DEFAULTS.minPositives,
    minNegatives: s.min_negatives ?? EVALUATION_DEFAULTS.minNegatives,
    maxUndefinedShare: s.max_undefined_share ?? EVALUATION_DEFAULTS.maxUndefinedShare,
  }
}

/** The slice settings: the segment-columns input, else the policy, else the defaults. */
function resolveSlices(
  s: NonNullable<CurrentEvaluationPolicySection['slices']>,
  overrides: EvaluationOverrides,
): EvaluationPolicy['slices'] {
  return {
    columns: overrides.segmentColumns ?? s.columns ?? [],
    minSize: s.min_size ?? EVALUATION_DEFAULTS.sliceMinSize,
    minPositives: s.min_positives ?? EVALUATION_DEFAULTS.sliceMinPositives,
    minNegatives: s.min_negatives ?? EVALUATION_DEFAULTS.sliceMinNegatives,
    tolerance: s.tolerance ?? EVALUATION_DEFAULTS.sliceTolerance,
    relativeTolerance: s.relative_tolerance ?? EVALUATION_DEFAULTS.sliceRelativeTolerance,
    onRegression: s.on_regression ?? EVALUATION_DEFAULTS.sliceOnRegression,
  }
}

/** The restrictions a rule mode puts on a rule (checkMetricRule's preconditions), as configuration errors. */
function checkRuleMode(metric: string, rule: WrittenMetricRule, mode: RuleMode): void {
  const abs = rule.min_absolute_change
  const rel = rule.min_relative_change
  const at = (key: string): { path: string } => ({ path: `${SECTION}.metrics.${metric}.${key}` })
  const margin = rule.non_inferiority_margin
  if (rule.threshold === undefined && abs === undefined && rel === undefined && margin === undefined)
    throw new ConfigurationError(
      compareMessages.emptyRule(metric),
      { path: `${SECTION}.metrics.${metric}` },
      compareMessages.fixEmptyRule(metric),
    )
  if (margin !== undefined && mode === 'mlflow')
    throw new ConfigurationError(
      compareMessages.marginNotInMlflow(metric),
      at('non_inferiority_margin'),
      'use rule_mode: default, or a positive min_absolute_change',
    )
  if (margin !== undefined && (abs !== undefined || rel !== undefined))
    throw new ConfigurationError(
      compareMessages.marginWithChange(metric),
      at('non_inferiority_margin'),
      'keep one: non_inferiority_margin ("not worse by more than") or min_absolute_change / min_relative_change ("better by at least")',
    )
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
