import type { ActionContext, ActionResult } from '../github/action-context.js'
import { resolveRegisterPolicy } from '../core/registry/resolve-register-policy.js'
import { createRegistry } from '../registry/create-registry.js'
import { readInputs } from './inputs.js'
import {
  aliasHistory,
  getVersion,
  listVersions,
  moveAlias,
  register,
  registryToken,
  registryUrl,
  type Outcome,
} from './modes.js'

export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const policy = resolveRegisterPolicy(context.policy['register-model'])
  const url = registryUrl(context, inputs, policy)
  const token = registryToken(context, inputs, url)
  const registry = await createRegistry(url, {
    logger: context.logger,
    signal: context.signal,
    ...(token === undefined ? {} : { token }),
    ...(context.github.actor === undefined ? {} : { username: context.github.actor }),
  })
  context.logger.info(`registry: ${registry.description}`)
  let outcome: Outcome
  switch (inputs.mode) {
    case 'register':
      outcome = await register(context, inputs, registry)
      break
    case 'promote':
    case 'rollback':
      outcome = await moveAlias(context, inputs, policy, registry, inputs.mode)
      break
    case 'get':
      outcome = await getVersion(context, inputs, registry)
      break
    case 'list':
      outcome = await listVersions(inputs, registry)
      break
    case 'history':
      outcome = await aliasHistory(inputs, registry)
      break
  }
  return {
    outcome: {
      title: outcome.title,
      checks: outcome.checks,
      figures: outcome.figures ?? [],
      ...(outcome.summary === undefined ? {} : { summary: outcome.summary }),
      outputs: outcome.outputs,
    },
    subject: {
      model: inputs.modelName,
      ...(outcome.version === undefined ? {} : { version: String(outcome.version) }),
      ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
    },
  }
}
