import type { ActionContext, ActionResult } from '../github/action-context.js'
import { decideCanary } from '../core/canary/decide-canary.js'
import { resolveCanaryPolicy } from '../core/canary/resolve-canary-policy.js'
import { policySection } from '../core/policy/policy-document.js'
import { startDeployment } from '../github/deployments.js'
import { createMetricProvider } from '../metric-providers/create-metric-provider.js'
import { createTrafficRouter } from '../traffic/create-traffic-router.js'
import { checkChampionTarget, moveChampion } from './champion-alias.js'
import { readInputs } from './inputs.js'
import { abortableSleep, runCanary } from './run-canary.js'
import { STATE_CONFIG, STATE_DONE, STATE_TRAFFIC_PGID, STATE_WEIGHT } from './state.js'

/**
 * Progressive traffic shift with live metric analysis; promotes at 100% or rolls back to 0%. With a registry, the
 * version must satisfy champion's promotion rule before any traffic moves, and champion moves only at 100%.
 */
export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const plan = resolveCanaryPolicy(policySection(context.policy, 'canary-deploy') ?? {}, inputs.overrides)
  const target = inputs.registry === undefined ? undefined : await checkChampionTarget(context, inputs.registry)
  // A traffic command still running when the job is cancelled is ended by the post step before it rolls back.
  const router = createTrafficRouter(inputs.traffic, {
    onSpawn: (pid) => context.state.save(STATE_TRAFFIC_PGID, String(pid)),
    onExit: () => context.state.save(STATE_TRAFFIC_PGID, ''),
  })
  const provider = createMetricProvider(inputs.metrics)
  context.state.save(STATE_CONFIG, JSON.stringify(inputs.traffic))
  context.state.save(STATE_DONE, 'false')
  const deployment = await startDeployment(context, {
    environment: inputs.environment,
    task: 'deploy:canary',
    description: 'modelgate canary rollout',
    payload: {
      steps: plan.steps,
      ...(inputs.registry ? { model: inputs.registry.model, version: inputs.registry.version } : {}),
    },
  })
  const run = await runCanary({
    plan,
    router,
    provider,
    now: context.now,
    signal: context.signal,
    logger: context.logger,
    sleep: abortableSleep,
    onWeight: async (percent) => {
      context.state.save(STATE_WEIGHT, String(percent))
      if (percent > 0 && percent < 100) await deployment.status('in_progress', `canary at ${percent}%`)
    },
  })
  context.state.save(STATE_DONE, 'true')
  const promoted = run.verdict.decision === 'promote' && run.state.weight === 100
  const champion = promoted && target !== undefined ? await moveChampion(context, target) : undefined
  await deployment.status(promoted ? 'success' : 'failure', run.verdict.message)
  return {
    outcome: decideCanary(plan, run, champion),
    subject:
      inputs.registry === undefined ? {} : { model: inputs.registry.model, version: String(inputs.registry.version) },
  }
}
