import type { ActionContext, ActionResult } from '../github/action-context.js'
import { analyzeFairness } from '../core/fairness/analyze-fairness.js'
import { decideFairness } from '../core/fairness/decide-fairness.js'
import { resolveFairnessPolicy } from '../core/fairness/resolve-fairness-policy.js'
import { policySection } from '../core/policy/policy-document.js'
import { sha256File } from '../io/hash-file.js'
import { readInputs } from './inputs.js'
import { readPredictions } from './read-predictions.js'

/**
 * fairness-gate: reads predictions, disaggregates them by sensitive (and intersectional) groups, measures the
 * disparities with analytic score intervals (Newcombe for differences, Katz log for ratios; Bonferroni over the
 * comparisons, no resampling), compares them with the policy's thresholds (and the champion's).
 */
export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const policy = resolveFairnessPolicy(policySection(context.policy, 'fairness-gate'), {
    minGroupSize: inputs.minGroupSize,
    seed: inputs.seed,
    intersectional: inputs.intersectional,
    referenceGroups: inputs.referenceGroups,
  })
  const data = await readPredictions(inputs.predictions, inputs, context.signal)
  context.logger.info(
    `fairness-gate: ${data.rows} rows, sensitive columns ${inputs.sensitiveColumns.join(', ')}${policy.intersectional ? ' (and their intersection)' : ''}`,
  )
  const results = analyzeFairness(data, policy)
  const predictions = { [inputs.predictions]: await sha256File(inputs.predictions) }
  const dataHashes: Record<string, string> = {}
  let champion
  if (inputs.championPredictions !== undefined) {
    const championData = await readPredictions(inputs.championPredictions, inputs, context.signal)
    champion = analyzeFairness(championData, policy)
    dataHashes[inputs.championPredictions] = await sha256File(inputs.championPredictions)
  }
  return {
    outcome: decideFairness(results, policy, champion),
    subject: { predictions, ...(champion === undefined ? {} : { dataHashes }) },
  }
}
