import { errorMessage } from '../core/error-message.js'
import type { ActionContext } from './action-context.js'
import { findRunDeployment, MODELGATE_DEPLOYMENT } from './job-deployment.js'

/** A GitHub Deployment being tracked: each call adds a deployment status. Failures are warnings, never thrown. */
export interface DeploymentTracker {
  /** The deployment's id, or undefined when none could be created (no token, no environment, no permission). */
  readonly id: number | undefined
  status(state: 'in_progress' | 'success' | 'failure', description: string): Promise<void>
}

export interface DeploymentRequest {
  /** The job's GitHub environment (the step's `environment` input); without one nothing is recorded. */
  readonly environment: string | undefined
  /** `deploy:<something>`: what is deployed (GitHub shows it on the environment page). */
  readonly task: string
  readonly description: string
  readonly payload: Record<string, unknown>
}

/**
 * Returns a tracker for the statuses of the GitHub Deployment of the job's environment: the one GitHub Actions
 * already created for this job when it declares `environment:` (findRunDeployment: reused, so one run is one
 * deployment on the environment page), otherwise a new one for the commit the job runs on. Deployments are the record GitHub's environment page shows of what is live; modelgate never lets
 * them decide anything, so every API failure is a warning naming the permission (`deployments: write`) and the
 * tracker does nothing after it. A `success` status marks earlier deployments of the environment inactive.
 * @throws never
 */
export async function startDeployment(context: ActionContext, request: DeploymentRequest): Promise<DeploymentTracker> {
  const { client, github } = context
  const { environment } = request
  const none: DeploymentTracker = { id: undefined, status: () => Promise.resolve() }
  if (environment === undefined || client === undefined || github.owner === undefined || github.repo === undefined) {
    context.logger.info('no GitHub environment or token: nothing is recorded as a GitHub deployment')
    return none
  }
  const owner = github.owner
  const repo = github.repo
  const jobDeployment = await findRunDeployment(context, environment).catch((error: unknown) => {
    context.logger.info(`could not look up this job's own deployment (${errorMessage(error)}): creating one`)
    return undefined
  })
  if (jobDeployment !== undefined) {
    context.logger.info(`recording on deployment ${jobDeployment}, the one GitHub created for this job`)
    return tracker(context, { owner, repo, id: jobDeployment, environment })
  }
  let id: number
  try {
    const created = await client.rest.repos.createDeployment({
      owner,
      repo,
      ref: github.sha ?? github.ref ?? 'HEAD',
      environment,
      task: request.task,
      auto_merge: false,
      required_contexts: [],
      payload: { ...request.payload, [MODELGATE_DEPLOYMENT.key]: MODELGATE_DEPLOYMENT.value },
      description: request.description.slice(0, 140),
      production_environment: environment === 'production',
      transient_environment: false,
    })
    // A 202 (a merge was attempted instead) has no id: there is nothing to add statuses to.
    if (!('id' in created.data)) return none
    id = created.data.id
  } catch (error) {
    context.logger.warning(
      `could not create a GitHub deployment for ${environment}: ${errorMessage(error)}. It needs \`deployments: write\``,
    )
    return none
  }
  return tracker(context, { owner, repo, id, environment })
}

/** What the post step needs to add a status to the main step's deployment (saved as JSON in the step state). */
export interface SavedDeployment {
  readonly id: number
  readonly environment: string
}

/**
 * A tracker for a deployment the main step created (`saved`: its SavedDeployment as JSON), so the post step can
 * record what it did (a rollback) on the same deployment. Nothing when there is none, no token or no repository.
 * @throws never
 */
export function resumeDeployment(context: ActionContext, saved: string | undefined): DeploymentTracker {
  const { client, github } = context
  let deployment: SavedDeployment | undefined
  try {
    deployment = saved === undefined || saved === '' ? undefined : (JSON.parse(saved) as SavedDeployment)
  } catch {
    deployment = undefined
  }
  if (deployment === undefined || client === undefined || github.owner === undefined || github.repo === undefined)
    return { id: undefined, status: () => Promise.resolve() }
  return tracker(context, { owner: github.owner, repo: github.repo, ...deployment })
}

function tracker(
  context: ActionContext,
  deployment: { owner: string; repo: string; id: number; environment: string },
): DeploymentTracker {
  const { client, github } = context
  const { owner, repo, id, environment } = deployment
  return {
    id,
    async status(state, description) {
      try {
        await client?.rest.repos.createDeploymentStatus({
          owner,
          repo,
          deployment_id: id,
          state,
          environment,
          description: description.slice(0, 140),
          ...(github.runUrl === undefined ? {} : { log_url: github.runUrl }),
          ...(state === 'success' ? { auto_inactive: true } : {}),
        })
      } catch (error) {
        context.logger.warning(`could not set the deployment status to ${state}: ${errorMessage(error)}`)
      }
    },
  }
}
