import { ConfigurationError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { monitorMessages } from '../core/monitor/messages.js'
import type { ColumnProfile } from '../core/profile/column-profile.js'
import { parseProfileFile } from '../io/profile-file.js'
import { createRegistry } from '../registry/create-registry.js'
import { NotFoundError } from '../registry/registry-errors.js'
import { Inputs } from './inputs.js'

/** Where the champion's reference profile is: the registry, the model and the alias (validate-data inputs). */
export interface RegistryReferenceInputs {
  readonly registry: string
  readonly token: string | undefined
  readonly model: string
  readonly alias: string
}

/** The champion's stored reference profile and what the report's subject names of it. */
export interface RegistryReference {
  readonly profiles: ColumnProfile[]
  readonly model: string
  readonly alias: string
  readonly version: number
  readonly modelDigest: string | undefined
  /** The profile files the reference was merged from, by sha256 (the card's `reference.sources`). */
  readonly sources: Readonly<Record<string, string>>
}

/**
 * Reads the version `alias` points at and decodes its card's `reference` (register-model `reference-profile`)
 * through the same checks as a profile file, so a damaged card is a clear error and no reference data file is
 * needed on the monitoring runner.
 * @throws ConfigurationError when the alias is not set or the version has no stored reference; DataError when the
 *   stored reference is malformed; ServiceError when the registry cannot be reached
 */
export async function readRegistryReference(
  inputs: RegistryReferenceInputs,
  options: { readonly logger: Logger; readonly signal: AbortSignal },
): Promise<RegistryReference> {
  const registry = await createRegistry(inputs.registry, {
    logger: options.logger,
    signal: options.signal,
    ...(inputs.token === undefined ? {} : { token: inputs.token }),
  })
  let ref
  try {
    ref = await registry.get(inputs.model, { alias: inputs.alias })
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error
    throw new ConfigurationError(
      monitorMessages.aliasNotSet(inputs.model, inputs.alias, registry.description),
      { input: Inputs.ReferenceAlias },
      monitorMessages.aliasNotSetHint(),
    )
  }
  const stored = ref.card.reference
  if (stored === undefined)
    throw new ConfigurationError(
      monitorMessages.noStoredReference(ref.name, ref.version, inputs.alias),
      { input: Inputs.ReferenceRegistry },
      monitorMessages.noStoredReferenceHint(),
    )
  const where = `${registry.description} ${ref.name} v${ref.version} card reference`
  const file = parseProfileFile(
    { kind: 'modelgate-profile', schemaVersion: 1, source: where, columns: stored.columns },
    where,
  )
  options.logger.info(
    `drift reference: ${ref.name} v${ref.version} (alias ${inputs.alias}) from ${registry.description}, profiled ${stored.createdAt}`,
  )
  return {
    profiles: file.columns,
    model: ref.name,
    alias: inputs.alias,
    version: ref.version,
    modelDigest: ref.card.modelDigest,
    sources: Object.fromEntries(stored.sources.map((s) => [s.path, s.sha256])),
  }
}
