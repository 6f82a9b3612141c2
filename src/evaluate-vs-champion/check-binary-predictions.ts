import { compareMessages } from '../core/compare/messages.js'
import { DataError } from '../core/errors.js'
import { Inputs } from './inputs.js'
import type { LoadedPredictions } from './load-predictions.js'

/**
 * Binary predictions must have 0/1 labels and scores that are probabilities of class 1 in [0, 1]; checked here,
 * where the file and line are known, so the core's comparison never sees data it cannot take.
 * @throws {DataError} at the first label or score out of range (file and line)
 */
export function checkBinaryPredictions(
  loaded: LoadedPredictions,
  columns: { readonly label?: string; readonly score: string },
): void {
  const at = (i: number): { file: string; line: number } => ({ file: loaded.path, line: loaded.lines.at(i) ?? 0 })
  const { labels, values } = loaded
  if (labels !== undefined && columns.label !== undefined) {
    const i = labels.findIndex((y) => y !== 0 && y !== 1)
    if (i >= 0)
      throw new DataError(
        compareMessages.notBinaryLabel(columns.label, labels[i] as number),
        at(i),
        compareMessages.notBinaryLabelHint(Inputs.Task),
      )
  }
  const j = values.findIndex((s) => !(s >= 0 && s <= 1))
  if (j >= 0)
    throw new DataError(
      compareMessages.scoreNotProbability(columns.score, values[j] as number),
      at(j),
      compareMessages.scoreNotProbabilityHint,
    )
}
