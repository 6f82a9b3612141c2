import type { ActionContext, ActionResult } from '../github/action-context.js'
import { resolveCanaryPolicy, type CanaryPolicySection } from '../core/canary/resolve-canary-policy.js'
import { createTrafficRouter } from '../traffic/create-traffic-router.js'
import { createMetricProvider } from '../metric-providers/create-metric-provider.js'
import { createRegistry } from '../registry/create-registry.js'
import { checkAliasProtection } from '../core/registry/check-alias-protection.js'
import { resolveRegisterPolicy } from '../core/registry/resolve-register-policy.js'
import { ConfigurationError } from '../core/errors.js'
import { readInputs } from './inputs.js'
import { abortableSleep, runCanary } from './run-canary.js'
import { canaryChecks, canaryFigures } from './report.js'
import { startDeployment } from '../github/deployments.js'
import { STATE_CONFIG, STATE_DONE, STATE_WEIGHT } from './state.js'

/** Progressive traffic shift with live metric analysis; promotes at 100% or rolls back to 0%. */
export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const plan = resolveCanaryPolicy((context.policy['canary-deploy'] ?? {}) as CanaryPolicySection, inputs.overrides)
  if (inputs.registry !== undefined) {
    // A promotion moves `champion`: refuse before any traffic moves when register-model's policy protects that alias
    // and this job does not run in the environment it names (the same rule register-model's promote applies).
    const protectedAliases = resolveRegisterPolicy(context.policy['register-model']).protectedAliases
    const refusal = checkAliasProtection('champion', protectedAliases, context.github.environment)
    if (refusal !== undefined) {
      throw new ConfigurationError(
        refusal,
        { input: 'registry', path: 'register-model.protected_aliases.champion' },
        `run this job with \`environment: ${protectedAliases.champion?.environment ?? ''}\` (its required reviewers approve the move), or leave registry empty to move traffic only`,
      )
    }
  }
  const router = createTrafficRouter(inputs.traffic)
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
  const result = await runCanary({
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
  const promoted = result.verdict.decision === 'promote'
  const checks = canaryChecks(plan, result.verdict, result.lastAssessment)
  if (promoted && inputs.registry !== undefined) {
    const registry = await createRegistry(inputs.registry.url, {
      logger: context.logger,
      signal: context.signal,
      ...(inputs.registry.token === undefined ? {} : { token: inputs.registry.token }),
    })
    await registry.setAlias(inputs.registry.model, 'champion', inputs.registry.version, {
      by: context.github.actor ?? 'modelgate',
      reason: 'canary analysis passed',
      ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
    })
    checks.push({
      id: 'canary.champion',
      status: 'pass',
      observed: inputs.registry.version,
      message: `${inputs.registry.model} alias champion → v${inputs.registry.version}`,
    })
  }
  await deployment.status(promoted ? 'success' : 'failure', result.verdict.message)
  const outcome = {
    title: promoted ? 'Canary promoted to 100%' : `Canary rolled back to 0%: ${result.verdict.reason}`,
    summary: result.verdict.message,
    checks,
    figures: canaryFigures(plan, result.timeline),
    outputs: {
      decision: result.verdict.decision,
      'final-weight': String(result.state.weight),
      reason: result.verdict.reason,
      intervals: String(result.state.intervals),
    },
  }
  return {
    outcome,
    subject:
      inputs.registry === undefined ? {} : { model: inputs.registry.model, version: String(inputs.registry.version) },
  }
}
