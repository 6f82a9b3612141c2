import type { ActionContext } from '../github/action-context.js'

/**
 * GitHub Deployment for the rollout's environment: created at the start (in_progress with the weight),
 * updated on every weight change, then success (promoted) or failure (rolled back); on success the previous
 * successful deployments of the environment are marked inactive (`auto_inactive`, GitHub's default).
 *
 * SEAM: the lead's `src/github/deployments.ts` (`createDeployment` / `setDeploymentStatus`) was not present
 * when this was written; this calls octokit directly and should switch to those helpers.
 * Failures are warnings (needs `deployments: write`): traffic safety never depends on the GitHub API.
 */
export interface DeploymentTracker {
  status(state: 'in_progress' | 'success' | 'failure', description: string): Promise<void>
}

export async function startDeployment(context: ActionContext, environment: string | undefined, payload: Record<string, unknown>): Promise<DeploymentTracker> {
  const { client, github } = context
  const none: DeploymentTracker = { status: () => Promise.resolve() }
  if (environment === undefined || client === undefined || github.owner === undefined || github.repo === undefined) return none
  const owner = github.owner
  const repo = github.repo
  let id: number
  try {
    const created = await client.rest.repos.createDeployment({
      owner, repo, ref: github.sha ?? github.ref ?? 'HEAD', environment, task: 'deploy:canary', auto_merge: false, required_contexts: [],
      payload, description: 'modelgate canary rollout', production_environment: environment === 'production', transient_environment: false,
    })
    if (!('id' in created.data)) return none
    id = created.data.id
  } catch (error) {
    context.logger.warning(`could not create a GitHub deployment for ${environment}: ${(error as Error).message}. It needs \`deployments: write\``)
    return none
  }
  return {
    async status(state, description) {
      try {
        await client.rest.repos.createDeploymentStatus({
          owner, repo, deployment_id: id, state, environment, description: description.slice(0, 140),
          ...(github.runUrl === undefined ? {} : { log_url: github.runUrl }),
          ...(state === 'success' ? { auto_inactive: true } : {}),
        })
      } catch (error) {
        context.logger.warning(`could not set the deployment status to ${state}: ${(error as Error).message}`)
      }
    },
  }
}
