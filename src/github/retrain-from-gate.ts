import { parseAlertSubject } from '../core/alerts/alert-from-report.js'
import type { AlertSubject } from '../core/alerts/alert.js'
import { planRetrainDispatch, type RetrainTrigger } from '../core/alerts/retrain-dispatch.js'
import { ConfigurationError } from '../core/errors.js'
import { AlertInputs } from './gate-alert.js'
import type { GateName } from '../core/gate/gate-name.js'
import type { GateReport } from '../core/gate/gate-report.js'
import type { Logger } from '../core/logger.js'
import { retrainOn } from '../core/monitor/monitoring-policy.js'
import { driftedColumnsOf, retrainReasonsOf } from '../core/monitor/retrain-finding.js'
import type { PolicyDocument } from '../core/policy/policy-document.js'
import type { GitHubClient } from './client.js'
import { dispatchRetraining, type DispatchResult } from './dispatch-retraining.js'
import type { GitHubContext } from './event-context.js'
import type { InputReader } from './input-reader.js'

/** The retraining inputs of validate-data and evaluate-vs-champion (action.yml, after the alert inputs). */
export const RetrainInputs = {
  Workflow: 'retrain-workflow',
  Ref: 'retrain-ref',
  Event: 'retrain-event',
} as const

export interface RetrainSettings {
  readonly trigger: RetrainTrigger
  readonly subject: AlertSubject
}

/** A workflow file name in .github/workflows (retrain.yml) or a numeric workflow id. */
const WORKFLOW = /^(?:[A-Za-z0-9_.-]+\.ya?ml|\d+)$/

/** `refs/heads/main` → `main`: the dispatch API takes a branch or tag name. */
function refName(ref: string | undefined): string | undefined {
  return ref?.replace(/^refs\/(heads|tags)\//, '')
}

/** The model and alias the dispatch names: alert-subject, else the gate's own model inputs. */
function retrainSubject(inputs: InputReader): AlertSubject {
  const subject = inputs.optional('alert-subject')
  const parsed = subject === undefined ? undefined : parseAlertSubject(subject)
  if (parsed !== undefined) return parsed
  const model = inputs.optional('model-name') ?? inputs.optional('reference-model')
  if (model === undefined)
    throw new ConfigurationError(
      'retraining dispatch names no model',
      { input: inputs.optional(RetrainInputs.Workflow) === undefined ? RetrainInputs.Event : RetrainInputs.Workflow },
      (w) =>
        `set ${w.name(AlertInputs.Subject)} (model@alias), or ${w.name('model-name')} / ${w.name('reference-model')} with its alias`,
    )
  const alias = inputs.optional('champion-alias') ?? inputs.optional('reference-alias') ?? 'champion'
  return { model, alias }
}

/** The gate's `monitoring` policy key (only validate-data and evaluate-vs-champion have one). */
function monitoringSection(policy: PolicyDocument, gate: GateName) {
  if (gate === 'validate-data') return policy['validate-data']?.monitoring
  if (gate === 'evaluate-vs-champion') return policy['evaluate-vs-champion']?.monitoring
  return undefined
}

/**
 * The retraining settings of a run, or undefined when neither `retrain-workflow` nor `retrain-event` is set (off).
 * @throws ConfigurationError when both are set, a name is malformed, or no model or ref can be named
 */
export function readRetrainSettings(
  inputs: InputReader,
  gate: GateName,
  policy: PolicyDocument,
  github: GitHubContext,
): RetrainSettings | undefined {
  const workflow = inputs.optional(RetrainInputs.Workflow)
  const eventType = inputs.optional(RetrainInputs.Event)
  if (workflow === undefined && eventType === undefined) return undefined
  const on = retrainOn(monitoringSection(policy, gate))
  if (workflow !== undefined && eventType !== undefined)
    throw new ConfigurationError(
      (w) => `${w.name(RetrainInputs.Workflow)} and ${w.name(RetrainInputs.Event)} are both set`,
      { input: RetrainInputs.Event },
      (w) =>
        `choose one: ${w.name(RetrainInputs.Workflow)} (workflow_dispatch of a file in .github/workflows) or ${w.name(RetrainInputs.Event)} (repository_dispatch)`,
    )
  const subject = retrainSubject(inputs)
  if (eventType !== undefined) {
    if (eventType.length > 100)
      throw new ConfigurationError(
        (w) => `${w.name(RetrainInputs.Event)} is ${eventType.length} characters long`,
        { input: RetrainInputs.Event },
        'GitHub takes event types of at most 100 characters',
      )
    return { subject, trigger: { on, kind: 'repository', eventType } }
  }
  const name = workflow ?? ''
  if (!WORKFLOW.test(name))
    throw new ConfigurationError(
      (w) => `${w.name(RetrainInputs.Workflow)} "${name}" is not a workflow file name`,
      { input: RetrainInputs.Workflow },
      'name the file in .github/workflows, e.g. retrain.yml (no folder), or its numeric id',
    )
  const ref = refName(inputs.optional(RetrainInputs.Ref) ?? github.ref)
  if (ref === undefined || ref === '')
    throw new ConfigurationError(
      (w) => `${w.name(RetrainInputs.Workflow)} is set but this run has no ref to dispatch it on`,
      { input: RetrainInputs.Ref },
      (w) => `set ${w.name(RetrainInputs.Ref)} to the branch that holds the retraining workflow, e.g. main`,
    )
  return { subject, trigger: { on, kind: 'workflow', workflow: name, ref } }
}

/**
 * Dispatches retraining when the finished report found what the policy retrains on (`monitoring.retrain_on`).
 * Nothing when retraining is off; without a token or repository, and when GitHub refuses, a warning: the verdict
 * and the alert stand.
 */
export async function retrainFromGate(
  report: GateReport,
  outputs: Readonly<Record<string, string>>,
  settings: RetrainSettings | undefined,
  github: GitHubContext,
  client: GitHubClient | undefined,
  logger: Logger,
): Promise<DispatchResult | undefined> {
  if (settings === undefined) return undefined
  const reasons = retrainReasonsOf(report)
  const dispatch = planRetrainDispatch(settings.trigger, {
    subject: settings.subject,
    reasons,
    driftedColumns: driftedColumnsOf(outputs),
    ...(github.runUrl === undefined ? {} : { reportUrl: github.runUrl }),
  })
  if (dispatch === undefined) {
    if (reasons.length > 0)
      logger.info(
        `no retraining dispatched: ${reasons.join(', ')} is not in monitoring.retrain_on (${settings.trigger.on.join(', ') || 'empty'})`,
      )
    return undefined
  }
  const { owner, repo } = github
  if (client === undefined || owner === undefined || repo === undefined) {
    logger.warning('retraining is due, but there is no GitHub token or repository: nothing was dispatched')
    return { ok: false, reason: 'no GitHub token or repository' }
  }
  const result = await dispatchRetraining(client, { owner, repo }, dispatch)
  if (result.ok) logger.info(`retraining dispatched: ${result.what} (${reasons.join(', ')})`)
  else
    logger.warning(
      `${result.reason}; the verdict stands (needs actions: write for workflow_dispatch, contents: write for repository_dispatch)`,
    )
  return result
}
