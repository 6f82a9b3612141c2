import type { ActionContext } from '../github/action-context.js'

/**
 * Records a promotion as a GitHub Deployment of the job's environment with a `success` status, so the
 * environment page shows which model version is live.
 *
 * SEAM: the lead's `src/github/deployments.ts` (`createDeployment` / `setDeploymentStatus`) did not exist
 * when this was written; this calls octokit directly and should be switched to those helpers.
 * Failures are warnings: the alias has already moved, and the registry's alias history is the record.
 */
export async function recordDeployment(
  context: ActionContext,
  promotion: { model: string; version: number; alias: string; registry: string; reason?: string },
): Promise<number | undefined> {
  const { client, github } = context
  const environment = github.environment
  if (client === undefined || github.owner === undefined || github.repo === undefined || environment === undefined) {
    context.logger.info('no GitHub environment or token: the promotion is not recorded as a GitHub deployment')
    return undefined
  }
  try {
    const created = await client.rest.repos.createDeployment({
      owner: github.owner,
      repo: github.repo,
      ref: github.sha ?? github.ref ?? 'HEAD',
      environment,
      task: `deploy:${promotion.model}`,
      auto_merge: false,
      required_contexts: [],
      payload: { model: promotion.model, version: promotion.version, alias: promotion.alias, registry: promotion.registry },
      description: `${promotion.model} v${promotion.version} → ${promotion.alias}`.slice(0, 140),
      production_environment: environment === 'production',
    })
    if (!('id' in created.data)) return undefined
    await client.rest.repos.createDeploymentStatus({
      owner: github.owner,
      repo: github.repo,
      deployment_id: created.data.id,
      state: 'success',
      ...(github.runUrl === undefined ? {} : { log_url: github.runUrl }),
      description: (promotion.reason ?? `${promotion.alias} is now v${promotion.version}`).slice(0, 140),
      environment,
    })
    return created.data.id
  } catch (error) {
    context.logger.warning(`could not record the promotion as a GitHub deployment: ${(error as Error).message}. It needs \`deployments: write\``)
    return undefined
  }
}
