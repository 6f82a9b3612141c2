import type { ActionContext, ActionResult } from '../github/action-context.js'
import { SharedInputs } from '../github/action-session.js'
import { decideEvaluation } from '../core/compare/decide-evaluation.js'
import { resolveEvaluationPolicy } from '../core/compare/resolve-evaluation-policy.js'
import { policySection } from '../core/policy/policy-document.js'
import { checkProbabilityInputs } from './check-probability-inputs.js'
import { gatherEvidence } from './gather-evidence.js'
import { promotionOffer } from './promotion-offer.js'
import { Inputs, policyOverrides, readInputs } from './inputs.js'
import { reportSubject } from './report-subject.js'
import { writeMetricsFile } from './write-metrics-file.js'
import { runMonitorMode } from './monitor-mode.js'
import { explainabilityOrMissing } from './permutation-targets.js'
import { LATENCY_DEFAULTS } from '../core/governance/latency-policy.js'

/**
 * evaluate-vs-champion: resolve the policy (warning once per deprecated key); in mode monitor, judge the champion
 * on delayed labels (monitor-mode.ts); else gather the evidence (paired
 * predictions, comparisons, slices, latency), decide in core, write the metrics file, and return the outcome with
 * what it judged and, on promote with an App token, the check-run Promote button.
 */
export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const { policy, warnings } = resolveEvaluationPolicy(
    policySection(context.policy, 'evaluate-vs-champion') ?? {},
    policyOverrides(inputs),
  )
  for (const warning of warnings) context.logger.warning(warning)
  const monitoring = policySection(context.policy, 'evaluate-vs-champion')?.monitoring
  if (inputs.mode === 'monitor') return runMonitorMode(inputs, policy, monitoring, context)
  checkProbabilityInputs(inputs, policy.task, policy.metrics)
  const gathered = await gatherEvidence(inputs, policy, context)
  const { champion } = gathered
  // Explainability: permutation importance through the served models (the first request waits for start-up).
  const explain = policy.explainability
  const evidence =
    explain === undefined
      ? gathered.evidence
      : {
          ...gathered.evidence,
          explainability: await explainabilityOrMissing(
            inputs,
            explain,
            {
              task: policy.task,
              decisionThreshold: policy.decisionThreshold,
              timeoutMs: policy.latency?.startupTimeoutMs ?? LATENCY_DEFAULTS.startupTimeoutMs,
            },
            champion,
            context,
          ),
        }
  const appToken = context.inputs.optional(SharedInputs.AppToken) !== undefined
  const { outcome, decision, promoteButton } = decideEvaluation(
    evidence,
    policy,
    promotionOffer(inputs, context.github, appToken),
  )
  await writeMetricsFile(evidence, policy, decision)
  context.logger.info(`${outcome.title} (${Inputs.Predictions}: ${inputs.predictions})`)
  return {
    outcome,
    subject: await reportSubject(inputs, champion?.path, context.github),
    ...(promoteButton === undefined ? {} : { checkRunAction: promoteButton }),
  }
}
