import type { CheckRunPayload } from '../core/report/to-check-run.js'
import type { CheckRunButton } from './action-context.js'
import type { GitHubClient } from './client.js'

/**
 * Creates the completed check run on `headSha` (the PR head on pull_request events, never the merge commit)
 * and sends any further annotation batches as updates, 50 a request as GitHub requires. Each update resends the
 * whole output (title, summary and text): an update that leaves `text` out would clear the figures.
 */
export async function createCompletedCheckRun(
  client: GitHubClient,
  target: { owner: string; repo: string; headSha: string; detailsUrl?: string },
  payload: CheckRunPayload,
  now: Date,
  button?: CheckRunButton,
): Promise<number> {
  const [first = [], ...rest] = payload.annotationBatches
  const created = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: payload.name,
    head_sha: target.headSha,
    status: 'completed',
    conclusion: payload.conclusion,
    completed_at: now.toISOString(),
    ...(target.detailsUrl === undefined ? {} : { details_url: target.detailsUrl }),
    output: { title: payload.title, summary: payload.summary, text: payload.text, annotations: [...first] },
    ...(button === undefined ? {} : { actions: [button.action], external_id: button.externalId }),
  })
  for (const batch of rest) {
    await client.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: created.data.id,
      output: { title: payload.title, summary: payload.summary, text: payload.text, annotations: [...batch] },
    })
  }
  return created.data.id
}
