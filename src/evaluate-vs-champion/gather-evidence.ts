import { join } from 'node:path'
import type { ActionContext } from '../github/action-context.js'
import { compareEvidence } from '../core/compare/compare-evidence.js'
import type { EvaluationEvidence } from '../core/compare/decide-evaluation.js'
import type { EvaluationPolicy } from '../core/compare/evaluation-policy.js'
import { compareMessages } from '../core/compare/messages.js'
import { ConfigurationError } from '../core/errors.js'
import { bootstrapRunner } from './bootstrap-workers.js'
import { Inputs, type EvaluateInputs } from './inputs.js'
import { loadPairedData } from './load-paired-data.js'
import { latencyOrMissing } from './measure-latency.js'
import { modelDirectorySize } from './model-size.js'
import { resolveChampion, type ChampionSource } from './resolve-champion.js'

/** The metrics file, in the work folder (the `metrics-path` output). */
export const METRICS_FILE = 'evaluate-vs-champion.metrics.json'

/**
 * Everything decideEvaluation judges: the paired rows of candidate and champion (the champion from its file or
 * the registry), the comparison of every metric with its paired bootstrap interval (and at the family-wise
 * rejection level), the slices of the rule metrics with their paired intervals from the same resamples (the same
 * seed and scheme give the same resample vectors), the latency (and the serve process's peak memory) when the policy
 * sets a budget, and the candidate model directory's size when it sets max_model_bytes. Without a
 * champion the candidate is compared with itself (its own intervals are what the floors need) and the evidence
 * has no champion.
 * @throws DataError for predictions that cannot be read or paired; ConfigurationError/ServiceError from the champion,
 *   and ConfigurationError when there is no champion and no rule has a floor
 */
export async function gatherEvidence(
  inputs: EvaluateInputs,
  policy: EvaluationPolicy,
  context: ActionContext,
): Promise<{ readonly evidence: EvaluationEvidence; readonly champion?: ChampionSource }> {
  const { data, source, segments } = await loadPairedData(inputs, policy.task, policy.slices.columns, async () => {
    const found = await resolveChampion(inputs, context)
    if (found === undefined && !policy.rules.some((r) => r.threshold !== undefined))
      throw new ConfigurationError(
        compareMessages.noChampionNoFloors,
        { input: Inputs.ChampionPredictions },
        compareMessages.fixNoChampionNoFloors({
          championPredictions: Inputs.ChampionPredictions,
          modelName: Inputs.ModelName,
          championAlias: Inputs.ChampionAlias,
        }),
      )
    if (found === undefined) context.logger.info(compareMessages.noChampion)
    return found
  })
  const n = data.yTrue.length
  const runBootstrap = bootstrapRunner()
  const { comparisons, slices } = compareEvidence(data, segments, policy, {
    slices: source !== undefined,
    ...(runBootstrap === undefined ? {} : { runBootstrap }),
  })
  // Sized before it is served: a server may write into its directory.
  const modelSize =
    policy.resources?.maxModelBytes === undefined ? undefined : await modelDirectorySize(inputs.candidateModelDir)
  const latency =
    policy.latency === undefined
      ? undefined
      : await latencyOrMissing(
          inputs,
          policy.latency,
          { exists: source !== undefined, ...(source?.modelDir === undefined ? {} : { modelDir: source.modelDir }) },
          context.signal,
        )
  let positives = 0
  if (policy.task === 'binary') for (const y of data.yTrue) positives += y
  return {
    evidence: {
      rows: n,
      ...(policy.task === 'binary' ? { positives, negatives: n - positives } : {}),
      ...(source === undefined ? {} : { champion: source }),
      comparisons,
      slices,
      ...(latency === undefined ? {} : { latency }),
      ...(modelSize === undefined ? {} : { modelSize }),
      metricsPath: join(context.workDir, METRICS_FILE),
    },
    ...(source === undefined ? {} : { champion: source }),
  }
}
