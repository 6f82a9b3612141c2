import type { AlertSubject } from './alert.js'
import { plainLine, safeLink } from './alert-links.js'

/** What a monitoring run found that may call for retraining. */
export type RetrainReason = 'drift' | 'decay'

/** The policy's `retrain` section, resolved: which findings dispatch, and how. */
export type RetrainTrigger =
  | {
      readonly on: readonly RetrainReason[]
      readonly kind: 'workflow'
      readonly workflow: string
      readonly ref: string
    }
  | { readonly on: readonly RetrainReason[]; readonly kind: 'repository'; readonly eventType: string }

export interface RetrainFinding {
  readonly subject: AlertSubject
  readonly reasons: readonly RetrainReason[]
  readonly driftedColumns: readonly string[]
  readonly reportUrl?: string
}

export type RetrainDispatch =
  | {
      readonly kind: 'workflow'
      readonly workflow: string
      readonly ref: string
      /** Exactly the inputs the shipped retrain.yml declares (GitHub refuses undeclared inputs with 422). */
      readonly inputs: Readonly<Record<'model' | 'alias' | 'reason' | 'drifted_columns' | 'report_url', string>>
    }
  | {
      readonly kind: 'repository'
      readonly eventType: string
      readonly clientPayload: Readonly<Record<string, unknown>>
    }

/** Longest `drifted_columns` value sent: workflow inputs are strings, and a list of thousands helps nobody. */
const COLUMNS_TEXT = 1_000
/** `repository_dispatch` takes at most 10 top-level payload keys; the column list is capped to stay small. */
const PAYLOAD_COLUMNS = 100

/**
 * The dispatch a finding calls for under `trigger`, or undefined when none of its reasons is one the policy
 * retrains on. `workflow_dispatch` sends the five inputs retrain.yml declares; `repository_dispatch` sends a
 * payload with the same facts (at most 10 top-level keys, as GitHub requires).
 * @example planRetrainDispatch({ on: ['drift'], kind: 'repository', eventType: 'retrain' }, { subject: { model: 'm', alias: 'champion' }, reasons: ['decay'], driftedColumns: [] }) // => undefined
 */
export function planRetrainDispatch(trigger: RetrainTrigger, finding: RetrainFinding): RetrainDispatch | undefined {
  const reasons = finding.reasons.filter((reason) => trigger.on.includes(reason))
  if (reasons.length === 0) return undefined
  const reportUrl = safeLink(finding.reportUrl) ?? ''
  if (trigger.kind === 'workflow') {
    return {
      kind: 'workflow',
      workflow: trigger.workflow,
      ref: trigger.ref,
      inputs: {
        model: finding.subject.model,
        alias: finding.subject.alias,
        reason: reasons.join(','),
        drifted_columns: plainLine(finding.driftedColumns.join(','), COLUMNS_TEXT),
        report_url: reportUrl,
      },
    }
  }
  return {
    kind: 'repository',
    eventType: trigger.eventType,
    clientPayload: {
      model: finding.subject.model,
      alias: finding.subject.alias,
      reasons,
      drifted_columns: finding.driftedColumns.slice(0, PAYLOAD_COLUMNS),
      drifted_column_count: finding.driftedColumns.length,
      report_url: reportUrl,
    },
  }
}
