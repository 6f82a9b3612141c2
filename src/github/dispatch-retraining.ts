import type { RetrainDispatch } from '../core/alerts/retrain-dispatch.js'
import { errorMessage } from '../core/error-message.js'
import type { RepositoryTarget } from './alert-issue.js'
import type { GitHubClient } from './client.js'

export type DispatchResult =
  { readonly ok: true; readonly what: string } | { readonly ok: false; readonly reason: string }

/**
 * Sends a retraining dispatch. Needs `actions: write` for `workflow_dispatch` and `contents: write` for
 * `repository_dispatch` (GitHub's documented permissions for those endpoints). Never throws: a refused dispatch is
 * a result the caller turns into a warning next to the alert, which still stands.
 */
export async function dispatchRetraining(
  client: GitHubClient,
  target: RepositoryTarget,
  dispatch: RetrainDispatch,
): Promise<DispatchResult> {
  try {
    if (dispatch.kind === 'workflow') {
      await client.rest.actions.createWorkflowDispatch({
        ...target,
        workflow_id: dispatch.workflow,
        ref: dispatch.ref,
        inputs: { ...dispatch.inputs },
      })
      return { ok: true, what: `workflow_dispatch of ${dispatch.workflow} on ${dispatch.ref}` }
    }
    await client.rest.repos.createDispatchEvent({
      ...target,
      event_type: dispatch.eventType,
      client_payload: { ...dispatch.clientPayload },
    })
    return { ok: true, what: `repository_dispatch "${dispatch.eventType}"` }
  } catch (error) {
    const what = dispatch.kind === 'workflow' ? `workflow_dispatch of ${dispatch.workflow}` : `repository_dispatch`
    return { ok: false, reason: `the retraining ${what} was refused: ${errorMessage(error)}` }
  }
}
