import type { ActionContext } from './action-context.js'

/**
 * The payload key that marks a deployment modelgate created, so the lookup below never takes modelgate's own
 * records for the deployment GitHub creates for a job.
 */
export const MODELGATE_DEPLOYMENT = { key: 'created_by', value: 'modelgate' } as const

/** How many of the environment's newest deployments are looked at for the job's own (it was created when the job started). */
const CANDIDATES = 20

/**
 * The deployment GitHub Actions created for this job: when a job declares `environment:`, GitHub creates a
 * deployment of that environment for the run's commit (after its protection rules approved it) whose newest status
 * is `in_progress` with a link to the run while the job runs. Returns its id, or undefined when this run has none.
 * Deployments modelgate created are skipped. Needs `deployments: read`.
 * @throws whatever the GitHub client throws (the callers decide whether that is an error or a warning)
 */
export async function findRunDeployment(context: ActionContext, environment: string): Promise<number | undefined> {
  const { client, github } = context
  if (client === undefined || github.owner === undefined || github.repo === undefined || github.runUrl === undefined)
    return undefined
  const { owner, repo, runUrl } = github
  const shas = new Set([context.env.GITHUB_SHA, github.sha].filter((sha) => sha !== undefined && sha !== ''))
  const { data: deployments } = await client.rest.repos.listDeployments({
    owner,
    repo,
    environment,
    per_page: CANDIDATES,
  })
  for (const deployment of deployments) {
    if (!shas.has(deployment.sha) || createdByModelgate(deployment.payload)) continue
    const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: deployment.id,
      per_page: 1,
    })
    const newest = statuses[0]
    if (newest?.state === 'in_progress' && [newest.log_url, newest.target_url].some((url) => ofRun(url, runUrl)))
      return deployment.id
  }
  return undefined
}

/** A status URL that is this run's page or one of its job pages (`…/actions/runs/<id>/job/<job id>`). */
function ofRun(url: string | undefined | null, runUrl: string): boolean {
  return typeof url === 'string' && (url === runUrl || url.startsWith(`${runUrl}/`))
}

function createdByModelgate(payload: unknown): boolean {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    (payload as Record<string, unknown>)[MODELGATE_DEPLOYMENT.key] === MODELGATE_DEPLOYMENT.value
  )
}
