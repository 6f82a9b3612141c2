import type { Contract } from '../core/contract/contract.js'
import { ConfigurationError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { monitorMessages } from '../core/monitor/messages.js'
import type { ColumnProfile } from '../core/profile/column-profile.js'
import type { ReportSubject } from '../core/gate/gate-report.js'
import { Inputs, type ValidateDataInputs } from './inputs.js'
import { readRegistryReference } from './registry-reference.js'
import type { ScanJob } from './scan-workers.js'

/** The drift reference of a run, and what the report's subject says about it. */
export interface DriftReference {
  /** The registry reference's profiles; undefined for a reference file (see `job`) or when drift is not measured. */
  readonly profiles: readonly ColumnProfile[] | undefined
  /** A reference file, scanned with the data (in parallel worker threads) by the caller. */
  readonly job?: ScanJob
  /**
   * The subject's model, alias, version and digest and its sources' sha256 (a registry reference); empty for a
   * reference file, which the caller hashes while the scans run.
   */
  readonly subject: ReportSubject
}

/**
 * Reads the reference drift is measured against, only when drift is enabled: the champion's stored profile from
 * the registry (`reference-registry`, `reference-model`, `reference-alias`), else the `reference` file (as a job
 * the caller scans together with the data).
 * @throws ConfigurationError when the registry reference lacks a contract column (or cannot be found; see
 *   readRegistryReference)
 */
export async function readDriftReference(
  inputs: Exclude<ValidateDataInputs, { mode: 'infer' }>,
  contract: Contract | undefined,
  options: {
    readonly enabled: boolean
    readonly logger: Logger
    readonly signal: AbortSignal
    readonly maxExamples: number
    readonly maxFieldBytes?: number
  },
): Promise<DriftReference> {
  if (!options.enabled) return { profiles: undefined, subject: {} }
  if (inputs.referenceRegistry !== undefined) {
    const ref = await readRegistryReference(inputs.referenceRegistry, options)
    const names = new Set(ref.profiles.map((p) => p.name))
    const absent = Object.keys(contract?.columns ?? {}).filter((name) => !names.has(name))
    if (absent.length > 0)
      throw new ConfigurationError(
        monitorMessages.referenceMissesContractColumn(ref.model, ref.version, absent),
        { input: Inputs.Contract },
        monitorMessages.referenceMissesContractColumnHint(),
      )
    return {
      profiles: ref.profiles,
      subject: {
        model: ref.model,
        alias: ref.alias,
        version: String(ref.version),
        ...(ref.modelDigest === undefined ? {} : { modelDigest: ref.modelDigest }),
        dataHashes: ref.sources,
      },
    }
  }
  if (inputs.reference === undefined) return { profiles: undefined, subject: {} }
  return {
    profiles: undefined,
    job: { path: inputs.reference, contract: undefined },
    subject: {},
  }
}
