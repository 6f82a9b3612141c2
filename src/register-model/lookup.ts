import { decideAliasHistory } from '../core/registry/decide-alias-history.js'
import { decideVersionList } from '../core/registry/decide-version-list.js'
import { decideVersionLookup } from '../core/registry/decide-version-lookup.js'
import { parseAliasInstant } from '../core/registry/parse-alias-instant.js'
import type { ActionContext } from '../github/action-context.js'
import type { ModelRegistry } from '../registry/model-registry.js'
import { Inputs, type RegisterInputs } from './inputs.js'
import type { ModeResult } from './mode-result.js'
import { writeCard } from './write-card.js'

// The read-only modes: get, list and history. They never move anything.

/** get mode: the version given (or the alias's), downloaded into model-path and verified when it is set. */
export async function getVersion(
  context: ActionContext,
  inputs: RegisterInputs,
  registry: ModelRegistry,
): Promise<ModeResult> {
  const selector =
    inputs.version !== undefined ? { version: inputs.version } : { alias: inputs.fromAlias ?? inputs.alias }
  const ref = await registry.get(inputs.modelName, selector)
  if (inputs.modelPath !== undefined) await registry.download(ref, inputs.modelPath)
  const cardPath = await writeCard(context, ref)
  const where = inputs.modelPath === undefined ? { cardPath } : { cardPath, downloadedTo: inputs.modelPath }
  return { outcome: decideVersionLookup(ref, where), version: ref.version }
}

/** list mode: every version of the model, and what the registry skipped as damaged while listing. */
export async function listVersions(
  inputs: RegisterInputs,
  registry: ModelRegistry,
  warnings: readonly string[] = [],
): Promise<ModeResult> {
  const refs = await registry.list(inputs.modelName)
  return { outcome: decideVersionList(inputs.modelName, registry.description, refs, warnings) }
}

/** history mode: every move of the alias, or the version it pointed at on `at`. */
export async function aliasHistory(inputs: RegisterInputs, registry: ModelRegistry): Promise<ModeResult> {
  const history = await registry.aliasHistory(inputs.modelName, inputs.alias)
  const at = inputs.at === undefined ? undefined : { text: inputs.at, instant: parseAliasInstant(inputs.at, Inputs.At) }
  return { outcome: decideAliasHistory(inputs.modelName, inputs.alias, history, at) }
}
