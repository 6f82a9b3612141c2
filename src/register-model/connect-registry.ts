import type { RegisterPolicy } from '../core/registry/resolve-register-policy.js'
import type { ActionContext } from '../github/action-context.js'
import { SharedInputs } from '../github/action-session.js'
import { createRegistry } from '../registry/create-registry.js'
import { defaultRegistryUrl } from '../registry/default-registry-url.js'
import type { ModelRegistry } from '../registry/model-registry.js'
import type { RegisterInputs } from './inputs.js'

/** The registry URL: the input, the policy, ghcr.io of the repository owner on a runner, else the local default. */
function registryUrl(context: ActionContext, inputs: RegisterInputs, policy: RegisterPolicy): string {
  return (
    inputs.registry ??
    policy.registry ??
    defaultRegistryUrl({ onRunner: context.onRunner, owner: context.github.owner })
  )
}

function registryToken(context: ActionContext, inputs: RegisterInputs, url: string): string | undefined {
  if (inputs.registryToken !== undefined) return inputs.registryToken
  // ghcr.io accepts the workflow token (permissions: packages: write).
  return url.startsWith('oci://ghcr.io')
    ? (context.inputs.optional(SharedInputs.GitHubToken) ?? context.env.GITHUB_TOKEN)
    : undefined
}

/** Opens the registry the inputs and the policy name, with its credentials (masked by the backend). */
export async function connectRegistry(
  context: ActionContext,
  inputs: RegisterInputs,
  policy: RegisterPolicy,
): Promise<ModelRegistry> {
  const url = registryUrl(context, inputs, policy)
  const token = registryToken(context, inputs, url)
  const registry = await createRegistry(url, {
    logger: context.logger,
    signal: context.signal,
    ...(token === undefined ? {} : { token }),
    ...(context.github.actor === undefined ? {} : { username: context.github.actor }),
  })
  context.logger.info(`registry: ${registry.description}`)
  return registry
}
