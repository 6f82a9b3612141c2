import type { ActionContext, ActionResult } from '../github/action-context.js'
import { decideCanary } from '../core/canary/decide-canary.js'
import { cancelledHealthRun, unhealthyRun } from '../core/canary/canary-machine.js'
import { resolveCanaryPolicy } from '../core/canary/resolve-canary-policy.js'
import type { CanaryPlan, CanaryRun, ChampionMove, HealthResult } from '../core/canary/types.js'
import type { ReportSubject } from '../core/gate/gate-report.js'
import { errorMessage } from '../core/error-message.js'
import { ConfigurationError } from '../core/errors.js'
import {
  abNeedsPrometheus,
  abNeedsPrometheusHint,
  routerCannotMirror,
  routerCannotMirrorHint,
} from '../core/canary/messages.js'
import { policySection } from '../core/policy/policy-document.js'
import { startDeployment, type DeploymentTracker } from '../github/deployments.js'
import { createMetricProvider } from '../metric-providers/create-metric-provider.js'
import { createTrafficRouter } from '../traffic/create-traffic-router.js'
import type { TrafficRouter } from '../traffic/traffic-router.js'
import { checkChampionTarget, moveChampion, versionDigest, type ChampionTarget } from './champion-alias.js'
import { runHealthCheck } from './health-check.js'
import { Inputs, readInputs, type CanaryInputs } from './inputs.js'
import { abortableSleep, runCanary } from './run-canary.js'
import { STATE_CONFIG, STATE_DEPLOYMENT, STATE_DONE, STATE_TRAFFIC_PGID, STATE_WEIGHT } from './state.js'

/**
 * Progressive traffic shift with live metric analysis (strategy canary, blue-green or shadow, one state machine);
 * promotes at 100% (after the bake period), rolls back to 0%, or (shadow) holds at 0%. With a registry, the version must satisfy champion's promotion rule before any traffic moves, and champion
 * moves only once the canary is promoted. The live weight, the registry alias and the GitHub Deployment status
 * always end in agreement: promoted (100%, champion moved, success) or rolled back (0%, champion where it was,
 * failure); the post step rolls back and marks the deployment failed when the job stopped half-way.
 */
export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const plan = resolveCanaryPolicy(policySection(context.policy, 'canary-deploy') ?? {}, inputs.overrides)
  // A shadow that does not promote never serves live traffic: no alias to move, no deployment to agree with.
  const shadow = plan.strategy === 'shadow' && !plan.steps.includes(100)
  if (plan.ab !== undefined && inputs.metrics.kind !== 'prometheus')
    throw new ConfigurationError(
      abNeedsPrometheus(inputs.metrics.kind),
      { input: Inputs.Metrics },
      abNeedsPrometheusHint(),
    )
  const { target, subject } = await versionUnderTest(context, inputs, shadow)
  // Before any traffic moves, any state is saved for the post step, or a Deployment exists: a dead endpoint fails
  // here with the weight where it was (0%), no Deployment and the registry untouched.
  const health = await checkHealth(context, plan)
  if (health !== undefined && !health.healthy)
    return {
      outcome: decideCanary(plan, health.cancelled === true ? cancelledHealthRun() : unhealthyRun(health)),
      subject,
    }
  const router = routerFor(context, inputs, plan)
  const provider = createMetricProvider(inputs.metrics)
  context.state.save(STATE_CONFIG, JSON.stringify(inputs.traffic))
  context.state.save(STATE_DONE, 'false')
  // No GitHub Deployment for a shadow: it never serves live traffic, so there is no deployment to agree with.
  const deployment = await startDeployment(context, {
    environment: shadow ? undefined : inputs.environment,
    task: `deploy:${plan.strategy ?? 'canary'}`,
    description: `modelgate ${plan.strategy ?? 'canary'} rollout`,
    payload: {
      strategy: plan.strategy ?? 'canary',
      steps: plan.steps,
      ...(inputs.registry ? { model: inputs.registry.model, version: inputs.registry.version } : {}),
    },
  })
  if (deployment.id !== undefined && inputs.environment !== undefined)
    context.state.save(STATE_DEPLOYMENT, JSON.stringify({ id: deployment.id, environment: inputs.environment }))
  const rollout = await runCanary({
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
      else if (percent === 100 && plan.bakeMs !== undefined && plan.bakeMs > 0)
        await deployment.status('in_progress', 'canary at 100%, baking')
    },
  })
  const run = health === undefined ? rollout : { ...rollout, health }
  const promoted = run.verdict.decision === 'promote' && run.state.weight === 100
  const champion =
    promoted && target !== undefined ? await championOrRollback(context, target, run, router, deployment) : undefined
  context.state.save(STATE_DONE, 'true')
  await deployment.status(promoted ? 'success' : 'failure', run.verdict.message)
  return {
    outcome: decideCanary(plan, run, champion),
    subject,
  }
}

/** The health check of the new endpoint, when the plan has one (cancellation ends it, `cancelled`). */
async function checkHealth(context: ActionContext, plan: CanaryPlan): Promise<HealthResult | undefined> {
  if (plan.health === undefined) return undefined
  return await runHealthCheck(plan.health, {
    now: context.now,
    sleep: abortableSleep,
    signal: context.signal,
    logger: context.logger,
  })
}

/**
 * The registry version under test, when there is one: checked against champion's promotion rule before any traffic
 * moves (not for a shadow, which moves no live traffic and no alias), and named by its model digest in the report's
 * subject, as every gate report binds to its subject (#14).
 */
async function versionUnderTest(
  context: ActionContext,
  inputs: CanaryInputs,
  shadow: boolean,
): Promise<{ target?: ChampionTarget; subject: ReportSubject }> {
  if (inputs.registry === undefined) return { subject: {} }
  const target = shadow ? undefined : await checkChampionTarget(context, inputs.registry, inputs.environment)
  const subject = {
    model: inputs.registry.model,
    version: String(inputs.registry.version),
    modelDigest: target?.modelDigest ?? (await versionDigest(context, inputs.registry)),
  }
  return target === undefined ? { subject } : { target, subject }
}

/**
 * The traffic router; a plan that mirrors needs one that can. A traffic command still running when the job is
 * cancelled is ended by the post step before it rolls back.
 */
function routerFor(context: ActionContext, inputs: CanaryInputs, plan: CanaryPlan): TrafficRouter {
  const router = createTrafficRouter(inputs.traffic, {
    onSpawn: (pid) => context.state.save(STATE_TRAFFIC_PGID, String(pid)),
    onExit: () => context.state.save(STATE_TRAFFIC_PGID, ''),
  })
  if (plan.mirror === true && !router.canMirror)
    throw new ConfigurationError(
      routerCannotMirror(router.kind),
      { input: Inputs.Traffic, path: 'canary-deploy.mirror' },
      routerCannotMirrorHint(Inputs.Traffic, Inputs.TrafficCommand, Inputs.Mirror),
    )
  return router
}

/**
 * Moves champion after a promoted rollout. When it cannot (the registry refuses or fails), the canary must not
 * stay live under a champion that did not move: traffic goes back to 0%, the deployment is marked failed, and the
 * error is rethrown.
 */
async function championOrRollback(
  context: ActionContext,
  target: ChampionTarget,
  run: CanaryRun,
  router: TrafficRouter,
  deployment: DeploymentTracker,
): Promise<ChampionMove> {
  try {
    return await moveChampion(context, target)
  } catch (error) {
    context.logger.warning(
      `canary-deploy: champion did not move (${errorMessage(error)}); rolling traffic back to 0% from ${run.state.weight}%`,
    )
    await router.setWeight(0)
    context.state.save(STATE_WEIGHT, '0')
    context.state.save(STATE_DONE, 'true')
    await deployment.status('failure', `champion did not move: ${errorMessage(error)}; rolled back to 0%`)
    throw error
  }
}
