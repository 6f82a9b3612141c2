import { ConfigurationError } from '../errors.js'
import {
  BINARY_METRICS,
  GREATER_IS_BETTER,
  REGRESSION_METRICS,
  type BinaryMetricName,
  type MetricName,
  type RegressionMetricName,
  type Task,
} from '../metrics/metric-name.js'
import { explainMessages as m } from './explain-messages.js'

/** The `explainability` object of the evaluate-vs-champion section, as written (schemas/policy/evaluate-vs-champion.schema.json). */
export interface ExplainabilityPolicySection {
  readonly sample_rows?: number
  readonly repeats?: number
  readonly metric?: MetricName
  readonly response_field?: string
  readonly top_k?: number
  readonly min_top_k_overlap?: number
  readonly min_rank_correlation?: number
  readonly champion_source?: 'permutation' | 'card'
  readonly on_change?: 'hold' | 'reject'
}

/** The metrics permutation importance can score from one number per answer (a binary score, a regression value). */
export type ExplainMetric = BinaryMetricName | RegressionMetricName

/** The effective explainability policy of evaluate-vs-champion. */
export interface ExplainabilityPolicy {
  /** Rows of `data` drawn (seeded, without replacement) for the permutation runs. */
  readonly sampleRows: number
  /** Shuffles per feature. */
  readonly repeats: number
  readonly seed: number
  /** The metric whose drop is the importance (default the task's: roc-auc, rmse). */
  readonly metric: ExplainMetric
  readonly greaterIsBetter: boolean
  /** The number in each answer: the answer itself when it is a number, else this field of the object. */
  readonly responseField: string
  readonly topK: number
  /** |top-k of the candidate ∩ top-k of the champion| / k below this → the check holds (or rejects). */
  readonly minTopKOverlap?: number
  /** Spearman's ρ of the importances over the common features below this → the check holds (or rejects). */
  readonly minRankCorrelation?: number
  /** Where the champion's importances come from: a permutation run on the served champion, or its model card. */
  readonly championSource: 'permutation' | 'card'
  /** A changed explanation holds the decision (`warn` check) or rejects it (`fail`). */
  readonly onChange: 'hold' | 'reject'
}

export const EXPLAINABILITY_DEFAULTS = {
  sampleRows: 1000,
  repeats: 5,
  responseField: 'score',
  topK: 5,
  championSource: 'permutation',
  onChange: 'hold',
} as const

const DEFAULT_METRIC: Readonly<Record<'binary' | 'regression', ExplainMetric>> = {
  binary: 'roc-auc',
  regression: 'rmse',
}

/**
 * Resolves `evaluate-vs-champion.explainability` (undefined when the section has none): 1,000 sample rows, 5
 * repeats, the gate's seed, the task's primary metric, top 5, the champion by a permutation run, hold on change.
 * @throws {ConfigurationError} for the multiclass task, or a metric that is not a binary/regression metric of the task
 * @example resolveExplainabilityPolicy({ min_top_k_overlap: 0.6 }, 'binary', 1)?.metric // => 'roc-auc'
 * @example resolveExplainabilityPolicy(undefined, 'binary', 1) // => undefined
 */
export function resolveExplainabilityPolicy(
  section: ExplainabilityPolicySection | undefined,
  task: Task,
  seed: number,
): ExplainabilityPolicy | undefined {
  if (section === undefined) return undefined
  if (task === 'multiclass')
    throw new ConfigurationError(
      m.unsupportedTask,
      { path: 'evaluate-vs-champion.explainability' },
      m.fixUnsupportedTask,
    )
  const metric = section.metric ?? DEFAULT_METRIC[task]
  const allowed: readonly string[] = task === 'binary' ? BINARY_METRICS : REGRESSION_METRICS
  if (!allowed.includes(metric))
    throw new ConfigurationError(
      m.unsupportedMetric(metric, task),
      { path: 'evaluate-vs-champion.explainability.metric' },
      `use one of: ${allowed.join(', ')}`,
    )
  return {
    sampleRows: section.sample_rows ?? EXPLAINABILITY_DEFAULTS.sampleRows,
    repeats: section.repeats ?? EXPLAINABILITY_DEFAULTS.repeats,
    seed,
    metric: metric as ExplainMetric,
    greaterIsBetter: GREATER_IS_BETTER[metric],
    responseField: section.response_field ?? EXPLAINABILITY_DEFAULTS.responseField,
    topK: section.top_k ?? EXPLAINABILITY_DEFAULTS.topK,
    ...(section.min_top_k_overlap === undefined ? {} : { minTopKOverlap: section.min_top_k_overlap }),
    ...(section.min_rank_correlation === undefined ? {} : { minRankCorrelation: section.min_rank_correlation }),
    championSource: section.champion_source ?? EXPLAINABILITY_DEFAULTS.championSource,
    onChange: section.on_change ?? EXPLAINABILITY_DEFAULTS.onChange,
  }
}
