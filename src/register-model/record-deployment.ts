import type { ActionContext } from '../github/action-context.js'
import { startDeployment } from '../github/deployments.js'

/**
 * Records a promotion as a GitHub Deployment of the job's environment with a `success` status, so the
 * environment page shows which model version is live. Failures are warnings: the alias has already moved, and
 * the registry's alias history is the record.
 */
export async function recordDeployment(
  context: ActionContext,
  environment: string | undefined,
  promotion: { model: string; version: number; alias: string; registry: string; reason?: string },
): Promise<number | undefined> {
  const deployment = await startDeployment(context, {
    environment,
    task: `deploy:${promotion.model}`,
    description: `${promotion.model} v${promotion.version} → ${promotion.alias}`,
    payload: {
      model: promotion.model,
      version: promotion.version,
      alias: promotion.alias,
      registry: promotion.registry,
    },
  })
  await deployment.status('success', promotion.reason ?? `${promotion.alias} is now v${promotion.version}`)
  return deployment.id
}
