import { resolve } from 'node:path'
import type { ModelArtifact } from '../core/train/check-model.js'
import { decideTraining } from '../core/train/decide-training.js'
import { trainMessages } from '../core/train/messages.js'
import { runSucceeded } from '../core/train/run-succeeded.js'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import { secretArgumentValues } from '../core/secrets/secret-arguments.js'
import { collectMetrics } from './collect-metrics.js'
import { readInputs } from './inputs.js'
import { hashDataFiles, writeLineage } from './lineage.js'
import { pickBest } from './pick-best.js'
import { gpuPreflight } from './preflight.js'
import { restoreCache } from './restore-cache.js'
import { openRunFolder, runTraining } from './run.js'
import { resolveSettings } from './settings.js'
import { State } from './state.js'
import { uploadModel } from './upload.js'

/** train-on-runner: GPU preflight → data hashes and cache → train → metrics and model → lineage → decide. */
export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  if (inputs.kind === 'sweep') return pickBest(context, inputs)
  // A secret passed as a param or an argv flag (`api_key`, `--hf-token X`) is redacted wherever it is published.
  for (const value of secretArgumentValues(inputs.params, inputs.command)) context.logger.setSecret(value)
  const settings = resolveSettings(inputs, context.policy)
  const folder = openRunFolder(context, inputs)
  const runnerName = context.github.runnerName ?? context.env.RUNNER_NAME
  const runner = trainMessages.runner(runnerName, inputs.runnerLabels)
  const { inventory, check: preflight } = await gpuPreflight(context, settings.requireGpus, runner)
  const dataFiles = await hashDataFiles(inputs.dataFiles, folder.cwd)
  const cache = await restoreCache(context, inputs, folder.cwd)
  const run = await runTraining(context, inputs, settings, folder, inventory.available && inventory.gpus.length > 0)
  const metrics = collectMetrics(inputs, settings.requiredMetrics, folder, run.lineMetrics)
  const modelPath = inputs.modelDir === undefined ? null : resolve(folder.cwd, inputs.modelDir)
  const succeeded = runSucceeded(run.result)
  if (succeeded) context.state.save(State.succeeded, 'true')
  const model: ModelArtifact =
    succeeded && modelPath !== null ? await uploadModel(context, inputs, modelPath) : { kind: 'none' }
  const parts = { inputs, folder, runnerName, inventory, dataFiles, run, metrics: metrics.metrics, modelPath, model }
  const { lineage, path } = await writeLineage(context, { ...parts, cache })
  return decideTraining({
    lineage,
    preflight,
    timeoutMinutes: settings.timeoutMinutes,
    lastLines: run.lastLines,
    metricsCheck: metrics.check,
    model,
    cache,
    samples: run.samples,
    paths: { metrics: metrics.path, lineage: path, telemetry: folder.telemetry, log: folder.log },
  })
}
