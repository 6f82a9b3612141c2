import type { ActionContext } from '../github/action-context.js'
import type { StateStore } from '../github/action-context.js'
import type { Logger } from '../core/logger.js'
import { createTrafficRouter } from '../traffic/create-traffic-router.js'
import type { TrafficRouterConfig } from '../traffic/traffic-router.js'
import { resumeDeployment } from '../github/deployments.js'
import { STATE_CONFIG, STATE_DEPLOYMENT, STATE_DONE, STATE_TRAFFIC_PGID, STATE_WEIGHT } from './state.js'
import { endProcessGroup } from '../io/run-command.js'

/**
 * The post step's job: if the main step saved a traffic config and did not finish at 0% or 100% (cancelled,
 * crashed, killed), set the canary weight to 0 with the same provider. Returns what it did.
 */
export async function rollbackFromState(
  state: StateStore,
  logger: Pick<Logger, 'info' | 'warning'>,
): Promise<'nothing-to-do' | 'finished' | 'rolled-back'> {
  const config = state.get(STATE_CONFIG)
  if (config === undefined || config === '') return 'nothing-to-do'
  const weight = state.get(STATE_WEIGHT)
  if (state.get(STATE_DONE) === 'true' && (weight === '0' || weight === '100')) {
    logger.info(`canary-deploy post: rollout finished at ${weight}%, nothing to roll back`)
    return 'finished'
  }
  logger.warning(
    `canary-deploy post: the rollout stopped at ${weight ?? 'an unknown weight'}%; rolling traffic back to 0%`,
  )
  // A traffic command of the main step may still run (its own process group outlives a cancelled step): end it
  // first, or it could set its weight after ours.
  const pgid = Number(state.get(STATE_TRAFFIC_PGID) ?? '')
  if (pgid > 0 && (await endProcessGroup(pgid)))
    logger.warning(`canary-deploy post: ended the traffic command still running (process group ${pgid})`)
  const router = createTrafficRouter(JSON.parse(config) as TrafficRouterConfig)
  await router.setWeight(0)
  logger.info('canary-deploy post: canary weight is 0%')
  return 'rolled-back'
}

/** canary-deploy's post step: never leave traffic mid-way (runner `post:`, and the CLI when the command ends). */
export async function post(context: ActionContext): Promise<void> {
  const done = await rollbackFromState(context.state, context.logger)
  // The deployment said in_progress when the main step stopped: it now says what the traffic is.
  if (done === 'rolled-back')
    await resumeDeployment(context, context.state.get(STATE_DEPLOYMENT)).status(
      'failure',
      'the job stopped mid-rollout; the post step rolled the canary back to 0%',
    )
}
