import { mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'
import type { EvaluatedChampion } from '../core/compare/decide-evaluation.js'
import { ConfigurationError, ServiceError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { sha256File } from '../io/hash-file.js'
import { expandPlaceholders, runCommand } from '../io/run-command.js'
import { createRegistry } from '../registry/create-registry.js'
import { compareMessages } from '../core/compare/messages.js'
import { NotFoundError } from '../registry/registry-errors.js'
import { Inputs, type EvaluateInputs } from './inputs.js'

/** The champion's predictions on the evaluation rows, and where they came from (the report names it). */
export interface ChampionSource extends EvaluatedChampion {
  /** The downloaded champion model, when it came from the registry. */
  readonly modelDir?: string
}

/** Timeout of one predict-command run. */
const PREDICT_TIMEOUT_MS = 30 * 60 * 1000

/**
 * Finds the champion's predictions: the `champion-predictions` file; else the champion version behind
 * `model-name` + `champion-alias` in the registry, using its stored evaluation predictions when their data hash
 * equals the sha256 of `data` (ModelCard.evaluation: dataSha256 + predictionsFile), else running
 * `predict-command` on the downloaded champion ({model_dir}, {input} = data, {output}) without a shell.
 * Undefined when there is no champion yet: neither `champion-predictions` nor `model-name` is set, or the registry
 * has no version behind the alias (a first model; the gate then judges the floors only).
 */
export async function resolveChampion(
  inputs: EvaluateInputs,
  options: { logger: Logger; workDir: string; signal: AbortSignal; env: Readonly<Record<string, string | undefined>> },
): Promise<ChampionSource | undefined> {
  if (inputs.championPredictions !== undefined) return { path: inputs.championPredictions, how: 'file' }
  if (inputs.modelName === undefined) {
    options.logger.info('no champion: neither champion-predictions nor model-name is set')
    return undefined
  }
  const registry = await createRegistry(inputs.registry, {
    logger: options.logger,
    signal: options.signal,
    ...(inputs.registryToken === undefined ? {} : { token: inputs.registryToken }),
  })
  let ref
  try {
    ref = await registry.get(inputs.modelName, { alias: inputs.championAlias })
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error
    // A name with no version at all is a warning (an annotation on the run): a typo would otherwise pass quietly on
    // the floors alone. Versions without the alias are a first model waiting for its first promotion.
    const versions = await registry.list(inputs.modelName).catch((listError: unknown) => {
      if (listError instanceof NotFoundError) return []
      throw listError
    })
    if (versions.length === 0) {
      options.logger.warning(compareMessages.championModelUnknown(inputs.modelName, registry.description))
    } else {
      options.logger.info(
        compareMessages.championAliasUnset(
          inputs.modelName,
          versions.length,
          inputs.championAlias,
          registry.description,
        ),
      )
    }
    return undefined
  }
  options.logger.info(
    `champion: ${ref.name} v${ref.version} (alias ${inputs.championAlias}) from ${registry.description}`,
  )
  const dir = await mkdtemp(join(options.workDir, 'champion-'))
  const dataHash = inputs.data === undefined ? undefined : await sha256File(inputs.data)
  const evaluation = ref.card.evaluation
  if (evaluation !== undefined && dataHash !== undefined && evaluation.dataSha256 === dataHash) {
    await registry.download(ref, dir)
    options.logger.info(
      `using the champion's stored predictions (${evaluation.predictionsFile}): the evaluation data hash matches`,
    )
    return {
      path: join(dir, evaluation.predictionsFile),
      how: 'stored-evaluation',
      model: ref.name,
      version: ref.version,
      modelDir: dir,
    }
  }
  if (inputs.predictCommand === undefined || inputs.data === undefined) {
    throw new ConfigurationError(
      `champion ${ref.name} v${ref.version} has no stored predictions for this evaluation data`,
      { input: Inputs.PredictCommand },
      (w) =>
        `set \`${w.name(Inputs.PredictCommand)}\` and \`${w.name(Inputs.Data)}\` so the champion can be scored on the same rows, or give \`${w.name(Inputs.ChampionPredictions)}\``,
    )
  }
  await registry.download(ref, dir)
  const output = join(options.workDir, `champion-predictions-${ref.version}.csv`)
  const argv = expandPlaceholders(inputs.predictCommand, { model_dir: dir, input: inputs.data, output })
  const [program, ...rest] = argv
  if (program === undefined)
    throw new ConfigurationError((w) => `${w.input(Inputs.PredictCommand)} is empty`, {
      input: Inputs.PredictCommand,
    })
  const result = await runCommand([program, ...rest], {
    timeoutMs: PREDICT_TIMEOUT_MS,
    signal: options.signal,
    onLine: (_s, line) => options.logger.info(line),
  })
  if (result.exitCode !== 0) {
    throw new ServiceError(
      `predict-command exited with ${result.exitCode ?? result.signal ?? 'no code'} while scoring the champion${result.timedOut ? ' (timed out)' : ''}`,
      { input: Inputs.PredictCommand },
      `last output: ${[...result.stderrTail, ...result.stdoutTail].slice(-3).join(' | ') || '(none)'}`,
    )
  }
  return { path: output, how: 'predict-command', model: ref.name, version: ref.version, modelDir: dir }
}
