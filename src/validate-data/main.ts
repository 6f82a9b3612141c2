import type { ReportSubject } from '../core/gate/gate-report.js'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import { sha256File } from '../io/hash-file.js'
import { policySection } from '../core/policy/policy-document.js'
import { resolveValidateDataPolicy } from '../core/drift/resolve-validate-data-policy.js'
import { referenceForCurrent } from '../core/monitor/reference-for-current.js'
import { decideValidateData } from '../core/validate/decide-validate-data.js'
import { mergeProfileFiles, readProfileFile, writeProfileFile } from '../io/profile-file.js'
import { readDriftReference, type DriftReference } from './drift-reference.js'
import { expandDataPaths } from './expand-data-paths.js'
import { Inputs, readInputs, type ValidateDataInputs } from './inputs.js'
import { readContract } from './read-contract.js'
import type { Contract } from '../core/contract/contract.js'
import { aggregateRuleColumns } from '../core/contract/aggregate-checks.js'
import { readDataFiles } from './read-data-files.js'
import { readSides } from './read-sides.js'
import { recordHistory } from './record-history.js'
import { writeInferredContract } from './write-inferred-contract.js'

/**
 * Starts hashing `paths` (sha256, in order) and marks the promise handled, so that a scan that fails first leaves
 * no unhandled rejection; awaiting it still throws what hashing threw.
 */
function startHashing(paths: readonly string[]): Promise<Record<string, string>> {
  const hashes = Promise.all(paths.map((path) => sha256File(path))).then((digests) =>
    Object.fromEntries(paths.map((path, i) => [path, digests[i] as string])),
  )
  hashes.catch(() => undefined)
  return hashes
}

/** The report's subject: the sha256 of every file the run judged (the session adds the commit and the run). */
async function dataSubject(
  paths: readonly string[],
  reference: DriftReference = { profiles: undefined, subject: {} },
  hashes: { data: Promise<Record<string, string>>; reference: Promise<Record<string, string>> } = {
    data: startHashing(paths),
    reference: startHashing([]),
  },
) {
  const dataHashes = await hashes.data
  const subject: ReportSubject = {
    ...reference.subject,
    dataHashes: { ...dataHashes, ...reference.subject.dataHashes, ...(await hashes.reference) },
  }
  return subject
}

/**
 * The data's columns to profile in full: every column when drift is measured or a profile is written; for a contract
 * run alone only the columns of its aggregate rules (the rest of a profile is never read then, and profiling every
 * column was most of a contract run's time).
 */
function profiledColumns(
  mode: ValidateDataInputs['mode'],
  contract: Contract | undefined,
  reference: DriftReference,
): readonly string[] | undefined {
  const drift = reference.job !== undefined || reference.profiles !== undefined
  return mode === 'validate' && !drift && contract !== undefined ? aggregateRuleColumns(contract) : undefined
}

/**
 * validate-data: reads the data (a file, a glob or a directory; or the shard profiles), the contract and the drift
 * reference (a file, or the champion's stored profile from the registry), writes what the mode produces (an
 * inferred contract, a profile file, the monitoring history), and returns the verdict decideValidateData gives.
 */
export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const policy = resolveValidateDataPolicy(policySection(context.policy, 'validate-data'))
  for (const notice of policy.deprecations) context.logger.warning(notice)
  const contract = inputs.contract === undefined ? undefined : readContract(inputs.contract)
  const options = {
    logger: context.logger,
    signal: context.signal,
    maxExamples: policy.maxExamples,
    maxFieldBytes: policy.limits.maxFieldBytes,
  }

  if (inputs.mode === 'infer') {
    const [source] = await readSides([{ path: inputs.source, contract: undefined }], options)
    const inferred = writeInferredContract(inputs.output, inputs.source, source.profiles)
    const evidence = { mode: inputs.mode, source: inputs.source, output: inputs.output, ...inferred }
    return { outcome: decideValidateData(evidence, policy), subject: await dataSubject([inputs.source]) }
  }
  // The reference is read only when drift will be measured.
  const reference = await readDriftReference(inputs, contract, { ...options, enabled: policy.drift.enabled })
  const paths = inputs.mode === 'merge' ? inputs.profiles : expandDataPaths(inputs.data, Inputs.Data)
  const jobs = reference.job === undefined ? [] : [reference.job]
  // Hashed while the workers scan (this thread only waits for them then), not before and after the scans.
  const hashes = {
    reference: startHashing(reference.job === undefined ? [] : [reference.job.path]),
    data: startHashing(paths),
  }
  const { current, reference: scanned } = await Promise.resolve(
    inputs.mode === 'merge'
      ? {
          current: mergeProfileFiles(
            inputs.profiles.map((path) => readProfileFile(path)),
            contract !== undefined,
          ),
          reference: (await readSides(jobs, options))[0],
        }
      : readDataFiles(paths, contract, options, reference.job, profiledColumns(inputs.mode, contract, reference)),
  ).catch(async (error: unknown) => {
    // An unreadable reference file is reported as before the scans were overlapped: as its hashing error.
    await hashes.reference
    throw error
  })
  const referenceProfiles = reference.profiles ?? scanned?.profiles
  const compared = {
    current,
    reference:
      referenceProfiles &&
      referenceForCurrent(
        referenceProfiles,
        current.profiles.map((p) => p.name),
        inputs.predictionColumns,
      ),
    contract,
    predictionColumns: inputs.predictionColumns,
  }
  const subject = await dataSubject(paths, reference, hashes)
  const evidence =
    inputs.mode === 'merge'
      ? { mode: inputs.mode, shards: inputs.profiles.length, ...compared }
      : inputs.mode === 'validate'
        ? { mode: inputs.mode, ...compared }
        : { mode: inputs.mode, source: inputs.data, output: inputs.output, ...compared }
  if (inputs.mode === 'profile') writeProfileFile(inputs.output, inputs.data, current)
  const about = {
    model: inputs.referenceRegistry?.model ?? 'data',
    alias: inputs.referenceRegistry?.alias ?? 'reference',
    rows: current.profiles[0]?.rows ?? 0,
  }
  const outcome = recordHistory(context, inputs.historyFile, about, decideValidateData(evidence, policy))
  return { outcome, subject }
}
