import type { ReportSubject } from '../core/gate/gate-report.js'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import { sha256File } from '../io/hash-file.js'
import { policySection } from '../core/policy/policy-document.js'
import { resolveValidateDataPolicy } from '../core/drift/resolve-validate-data-policy.js'
import { decideValidateData } from '../core/validate/decide-validate-data.js'
import { readInputs } from './inputs.js'
import { readContract } from './read-contract.js'
import { mergeProfileFiles, readProfileFile, writeProfileFile } from './profile-file.js'
import { readSides } from './read-sides.js'
import type { ScanJob } from './scan-workers.js'
import { writeInferredContract } from './write-inferred-contract.js'

/** The report's subject: the sha256 of every file the run judged (the session adds the commit and the run). */
async function dataSubject(paths: readonly (string | undefined)[]): Promise<ReportSubject> {
  const dataHashes: Record<string, string> = {}
  for (const path of paths) if (path !== undefined) dataHashes[path] = await sha256File(path)
  return { dataHashes }
}

/**
 * validate-data: reads the data (and the reference, the contract, the shard profiles), writes what the mode
 * produces (an inferred contract, a profile file), and returns the verdict decideValidateData gives.
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
  const referenceJobs: ScanJob[] =
    inputs.reference !== undefined && policy.drift.enabled ? [{ path: inputs.reference, contract: undefined }] : []
  if (inputs.mode === 'merge') {
    const shards = inputs.profiles.map((path) => readProfileFile(path))
    const [reference] = await readSides(referenceJobs, options)
    const compared = {
      current: mergeProfileFiles(shards, contract !== undefined),
      reference: reference?.profiles,
      contract,
    }
    return {
      outcome: decideValidateData({ mode: inputs.mode, shards: shards.length, ...compared }, policy),
      subject: await dataSubject([...inputs.profiles, ...referenceJobs.map((job) => job.path)]),
    }
  }
  const [current, reference] = await readSides([{ path: inputs.data, contract }, ...referenceJobs], options)
  const compared = { current, reference: reference?.profiles, contract }
  const subject = await dataSubject([inputs.data, ...referenceJobs.map((job) => job.path)])
  if (inputs.mode === 'validate')
    return { outcome: decideValidateData({ mode: inputs.mode, ...compared }, policy), subject }
  writeProfileFile(inputs.output, inputs.data, current)
  const evidence = { mode: inputs.mode, source: inputs.data, output: inputs.output, ...compared }
  return { outcome: decideValidateData(evidence, policy), subject }
}
