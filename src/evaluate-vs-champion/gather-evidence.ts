import { join } from 'node:path'
import type { ActionContext } from '../github/action-context.js'
import { compareModels } from '../core/compare/compare-models.js'
import { compareSlices } from '../core/compare/compare-slices.js'
import type { EvaluationEvidence } from '../core/compare/decide-evaluation.js'
import type { EvaluationPolicy } from '../core/compare/evaluation-policy.js'
import { seededRandom } from '../core/stats/seeded-random.js'
import type { EvaluateInputs } from './inputs.js'
import { loadPairedData } from './load-paired-data.js'
import { latencyOrMissing } from './measure-latency.js'
import { resolveChampion, type ChampionSource } from './resolve-champion.js'

/** The metrics file, in the work folder (the `metrics-path` output). */
export const METRICS_FILE = 'evaluate-vs-champion.metrics.json'

/**
 * Everything decideEvaluation judges: the paired rows of candidate and champion (the champion from its file or
 * the registry), the comparison of every metric with its paired bootstrap interval, the slices of the rule
 * metrics, and the latency when the policy sets a budget.
 * @throws DataError for predictions that cannot be read or paired; ConfigurationError/ServiceError from the champion
 */
export async function gatherEvidence(
  inputs: EvaluateInputs,
  policy: EvaluationPolicy,
  context: ActionContext,
): Promise<{ readonly evidence: EvaluationEvidence; readonly champion: ChampionSource }> {
  const { data, source, segments } = await loadPairedData(inputs, policy.task, policy.slices.columns, () =>
    resolveChampion(inputs, context),
  )
  const greaterIsBetter = Object.fromEntries(policy.rules.map((r) => [r.metric, r.greaterIsBetter]))
  const comparisons = compareModels(data, {
    metrics: policy.metrics,
    greaterIsBetter,
    resamples: policy.resamples,
    confidence: policy.confidence,
    random: seededRandom(policy.seed),
    threshold: policy.decisionThreshold,
  })
  const ruleMetrics = policy.rules.map((r) => r.metric)
  const slices = compareSlices(data, segments, ruleMetrics, greaterIsBetter, policy.decisionThreshold)
  const latency =
    policy.maxLatencyMs === undefined ? undefined : await latencyOrMissing(inputs, source.modelDir, context)
  return {
    evidence: {
      rows: data.yTrue.length,
      champion: source,
      comparisons,
      slices,
      ...(latency === undefined ? {} : { latency }),
      metricsPath: join(context.workDir, METRICS_FILE),
    },
    champion: source,
  }
}
