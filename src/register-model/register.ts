import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import { buildModelCard } from '../core/registry/build-model-card.js'
import { decideRegistration } from '../core/registry/decide-registration.js'
import { evaluationPairing, predictionsOutsideModel, registerNeedsModelPath } from '../core/registry/messages.js'
import { governanceMessages } from '../core/governance/messages.js'
import { versionIdentity } from '../core/registry/report-binding.js'
import type { ModelEvaluation, ModelLineage } from '../core/registry/model-card.js'
import type { ActionContext } from '../github/action-context.js'
import { sha256File } from '../io/hash-file.js'
import { collectModelFiles } from '../registry/model-files.js'
import type { ModelRegistry } from '../registry/model-registry.js'
import { actor } from './actor.js'
import { Inputs, type RegisterInputs } from './inputs.js'
import type { ModeResult } from './mode-result.js'
import { numericLeaves, readJsonFile } from './read-json-file.js'
import { readReference } from './read-reference.js'
import { readReports } from './read-reports.js'
import { writeCard } from './write-card.js'
import { readScans } from './read-scans.js'
import { scanChecks } from '../core/governance/scan-record.js'
import { resolveScanPolicy } from '../core/governance/scan-policy.js'
import { decideScanRefusal } from '../core/governance/decide-scan-refusal.js'
import { policySection } from '../core/policy/policy-document.js'
import { readExplanation } from './read-explanation.js'

/** The lineage of the run (repository, commit, run URL), with the lineage file of train-on-runner over it. */
async function readLineage(context: ActionContext, path: string | undefined): Promise<ModelLineage> {
  const file = path === undefined ? {} : ((await readJsonFile(path, Inputs.Lineage)) as ModelLineage)
  return {
    ...(context.github.repository === undefined ? {} : { repository: context.github.repository }),
    ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
    ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
    ...file,
  }
}

/** The stored evaluation (predictions inside the model, and the sha256 of the data they scored), when given. */
async function readEvaluation(inputs: RegisterInputs, modelPath: string): Promise<ModelEvaluation | undefined> {
  if ((inputs.evaluationData === undefined) !== (inputs.predictions === undefined))
    throw new ConfigurationError(
      evaluationPairing(Inputs.EvaluationData, Inputs.Predictions),
      { input: inputs.predictions === undefined ? Inputs.Predictions : Inputs.EvaluationData },
      (w) => `set both (the predictions file inside ${w.name(Inputs.ModelPath)}, and the data it scored) or neither`,
    )
  if (inputs.evaluationData === undefined || inputs.predictions === undefined) return undefined
  if (!existsSync(join(modelPath, ...inputs.predictions.split('/'))))
    throw new ConfigurationError(
      predictionsOutsideModel(inputs.predictions, modelPath, Inputs.ModelPath),
      { input: Inputs.Predictions },
      (w) => `give its path relative to ${w.name(Inputs.ModelPath)}, e.g. predictions.csv`,
    )
  return { dataSha256: await sha256File(inputs.evaluationData), predictionsFile: inputs.predictions }
}

/** register mode: stores model-path as a new immutable version with its card (reports, metrics, lineage). */
export async function register(
  context: ActionContext,
  inputs: RegisterInputs,
  registry: ModelRegistry,
): Promise<ModeResult> {
  const modelPath = inputs.modelPath
  if (modelPath === undefined)
    throw new ConfigurationError(
      registerNeedsModelPath(),
      { input: Inputs.ModelPath },
      'set model-path to the directory train-on-runner wrote',
    )
  const metrics = inputs.metrics === undefined ? {} : numericLeaves(await readJsonFile(inputs.metrics, Inputs.Metrics))
  const lineage = await readLineage(context, inputs.lineage)
  const evaluation = await readEvaluation(inputs, modelPath)
  const reference = await readReference(inputs.referenceProfile, context.now())
  // The model digest of what is about to be stored (the backend lists the files the same way): every report must
  // be about it before anything is registered.
  const identity = versionIdentity({
    name: inputs.modelName,
    files: await collectModelFiles(modelPath),
    lineage,
    ...(evaluation === undefined ? {} : { evaluation }),
  })
  const { reports, signedReports } = await readReports(inputs.reports, identity, modelPath)
  // Scan results are judged before anything is stored: a finding at or above fail_at refuses the registration.
  const scanPolicy = resolveScanPolicy(policySection(context.policy, 'register-model')?.scan)
  if (scanPolicy.required && inputs.scanResults.length === 0)
    throw new ConfigurationError(
      governanceMessages.scanRequired(Inputs.ScanResults),
      { input: Inputs.ScanResults, path: 'register-model.scan.required' },
      governanceMessages.fixScanRequired(Inputs.ScanResults),
    )
  const explanation = await readExplanation(inputs.explanation, policySection(context.policy, 'register-model'))
  const scans = scanChecks(await readScans(inputs.scanResults), scanPolicy)
  if (scans.checks.some((c) => c.status === 'fail'))
    return { outcome: decideScanRefusal(inputs.modelName, scans.checks), modelDigest: identity.modelDigest }
  const card = buildModelCard({
    name: inputs.modelName,
    files: [],
    metrics,
    reports,
    modelDigest: identity.modelDigest,
    signedReports,
    lineage,
    ...(evaluation === undefined ? {} : { evaluation }),
    ...(reference === undefined ? {} : { reference }),
    scans: scans.records,
    ...(explanation === undefined ? {} : { explanation }),
    createdBy: actor(context),
    createdAt: context.now(),
  })
  const ref = await registry.register({
    name: inputs.modelName,
    modelDir: modelPath,
    card,
    ...(inputs.version === undefined ? {} : { version: inputs.version }),
  })
  const { repository, serverUrl } = context.github
  const outcome = decideRegistration({
    name: ref.name,
    version: ref.version,
    digest: ref.digest,
    files: ref.card.files,
    registry: registry.description,
    cardPath: await writeCard(context, ref),
    ...(repository === undefined ? {} : { promote: { repository, serverUrl, workflow: inputs.promoteWorkflow } }),
  })
  return {
    outcome: { ...outcome, checks: [...outcome.checks, ...scans.checks] },
    version: ref.version,
    modelDigest: identity.modelDigest,
  }
}
