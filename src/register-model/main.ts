import { policySection } from '../core/policy/policy-document.js'
import { resolveRegisterPolicy } from '../core/registry/resolve-register-policy.js'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import { connectRegistry } from './connect-registry.js'
import { readInputs } from './inputs.js'
import { aliasHistory, getVersion, listVersions } from './lookup.js'
import type { ModeResult } from './mode-result.js'
import { moveAlias } from './move-alias.js'
import { register } from './register.js'

/** register-model: one mode per run (register, promote, rollback, get, list, history) over one registry. */
export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const policy = resolveRegisterPolicy(policySection(context.policy, 'register-model'))
  // What the registry warns about while reading (a damaged card or event it skipped) also goes into list's report.
  const skipped: string[] = []
  const logger = {
    ...context.logger,
    warning: (message: string, location?: { file?: string; line?: number; column?: number }) => {
      skipped.push(message)
      context.logger.warning(message, location)
    },
  }
  const registry = await connectRegistry({ ...context, logger }, inputs, policy)
  const run = async (): Promise<ModeResult> => {
    switch (inputs.mode) {
      case 'register':
        return await register(context, inputs, registry)
      case 'promote':
      case 'rollback':
        return await moveAlias(context, inputs, policy, registry, inputs.mode)
      case 'get':
        return await getVersion(context, inputs, registry)
      case 'list':
        return await listVersions(inputs, registry, skipped)
      case 'history':
        return await aliasHistory(inputs, registry)
    }
  }
  const { outcome, version, modelDigest } = await run()
  return {
    outcome,
    subject: {
      model: inputs.modelName,
      ...(version === undefined ? {} : { version: String(version) }),
      ...(modelDigest === undefined ? {} : { modelDigest }),
      ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
    },
  }
}
