import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { errorMessage } from '../core/error-message.js'
import { DataError } from '../core/errors.js'
import { Outputs } from '../core/gate/action-outputs.js'
import { decideSweep, type SweepCandidate } from '../core/train/decide-sweep.js'
import { trainMessages } from '../core/train/messages.js'
import { readMetricsObject } from '../core/train/parse-metric-line.js'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import { Inputs, type SweepInputs } from './inputs.js'

const Out = Outputs['train-on-runner']

/** The metrics of one downloaded leg; {} when it has no metrics file (decideSweep then names it). */
function readCandidate(folder: string, id: string, fileName: string): SweepCandidate {
  const path = join(folder, id)
  const file = join(path, fileName)
  if (!existsSync(file)) return { id, path, metrics: {} }
  let parsed: ReturnType<typeof readMetricsObject>
  try {
    parsed = readMetricsObject(JSON.parse(readFileSync(file, 'utf8')))
  } catch (error) {
    throw new DataError(
      trainMessages.candidateNotJson(file, errorMessage(error)),
      { file },
      'each matrix leg must write a JSON object of numbers',
    )
  }
  return { id, path, metrics: parsed?.metrics ?? {} }
}

/**
 * Sweep mode (`pick-best-from`): after a matrix of training jobs has uploaded one artifact each and a later job
 * has downloaded them all (actions/download-artifact into one folder: one subfolder per artifact), pick the
 * candidate with the best `pick-metric`. Each subfolder must hold `pick-metrics-file` (default metrics.json).
 */
export function pickBest(context: ActionContext, inputs: SweepInputs): ActionResult {
  const folder = resolve(context.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.folder)
  if (!existsSync(folder))
    throw new DataError(
      trainMessages.sweepFolderMissing(folder),
      { input: Inputs.PickBestFrom },
      'download the matrix artifacts into it first (actions/download-artifact with path:)',
    )
  const candidates = readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entry) => readCandidate(folder, entry.name, inputs.metricsFile))
  const outcome = decideSweep(candidates, inputs.metric, inputs.direction)
  const best = `${outcome.outputs[Out.BestCandidate] ?? ''} = ${outcome.outputs[Out.BestValue] ?? ''}`
  context.logger.info(`best candidate by ${inputs.metric} (${inputs.direction}): ${best}`)
  return { outcome }
}
