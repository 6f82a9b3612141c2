import { ConfigurationError } from '../core/errors.js'
import { fairnessMessages as msg } from '../core/fairness/messages.js'
import type { InputReader } from '../github/input-reader.js'
import { resolveInputPath, resolveOptionalInputPath } from '../io/paths/index.js'

/** Input names, written once (R9); the CLI takes the same names as flags. */
export const Inputs = {
  Predictions: 'predictions',
  LabelColumn: 'label-column',
  PredictionColumn: 'prediction-column',
  ScoreColumn: 'score-column',
  Threshold: 'threshold',
  SensitiveColumns: 'sensitive-columns',
  ReferenceGroups: 'reference-groups',
  Intersectional: 'intersectional',
  MinGroupSize: 'min-group-size',
  ChampionPredictions: 'champion-predictions',
  Seed: 'seed',
  PositiveLabel: 'positive-label',
} as const

export interface FairnessGateInputs {
  readonly predictions: string
  readonly labelColumn: string
  /** Exactly one of the two is set: 0/1 predictions, or scores cut at `threshold` (score ≥ threshold → 1). */
  readonly predictionColumn: string | undefined
  readonly scoreColumn: string | undefined
  readonly threshold: number
  readonly sensitiveColumns: readonly string[]
  readonly referenceGroups: Readonly<Record<string, string>> | undefined
  readonly intersectional: boolean | undefined
  readonly minGroupSize: number | undefined
  readonly championPredictions: string | undefined
  readonly seed: number | undefined
  /** The label text of the positive class, for string labels (`malignant`); compared as text. */
  readonly positiveLabel?: string | undefined
}

/** Parses `gender=M,region=EU` into { gender: 'M', region: 'EU' }. */
export function parseReferenceGroups(items: readonly string[], sensitive: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of items) {
    const eq = item.indexOf('=')
    const column = item.slice(0, eq).trim()
    const value = item.slice(eq + 1).trim()
    if (eq <= 0 || value === '') {
      throw new ConfigurationError(
        msg.badReferenceGroup(item, Inputs.ReferenceGroups),
        { input: Inputs.ReferenceGroups },
        msg.badReferenceGroupHint(),
      )
    }
    if (!sensitive.includes(column)) {
      throw new ConfigurationError(
        msg.referenceColumnUnknown(column, sensitive, Inputs.ReferenceGroups),
        { input: Inputs.ReferenceGroups },
        msg.badReferenceGroupHint(),
      )
    }
    out[column] = value
  }
  return out
}

/**
 * Reads and checks every input once.
 * @throws {ConfigurationError} naming the input, the value and what is accepted
 */
export function readInputs(reader: InputReader): FairnessGateInputs {
  const sensitiveColumns = reader.list(Inputs.SensitiveColumns, { min: 1 })
  let predictionColumn = reader.optional(Inputs.PredictionColumn)
  const scoreColumn = reader.optional(Inputs.ScoreColumn)
  if (predictionColumn !== undefined && scoreColumn !== undefined) {
    throw new ConfigurationError(
      msg.predictionOrScore(Inputs.PredictionColumn, Inputs.ScoreColumn),
      { input: Inputs.ScoreColumn },
      msg.predictionOrScoreHint(Inputs.PredictionColumn, Inputs.ScoreColumn, Inputs.Threshold),
    )
  }
  if (predictionColumn === undefined && scoreColumn === undefined) predictionColumn = 'prediction'
  const references = reader.list(Inputs.ReferenceGroups)
  return {
    predictions: resolveInputPath(reader.required(Inputs.Predictions), { kind: 'file', input: Inputs.Predictions }),
    labelColumn: reader.optional(Inputs.LabelColumn) ?? 'label',
    predictionColumn,
    scoreColumn,
    threshold: reader.number(Inputs.Threshold, 0.5),
    sensitiveColumns,
    referenceGroups: references.length === 0 ? undefined : parseReferenceGroups(references, sensitiveColumns),
    intersectional: reader.optionalBoolean(Inputs.Intersectional),
    minGroupSize: reader.optionalNumber(Inputs.MinGroupSize, { min: 1, integer: true }),
    championPredictions: resolveOptionalInputPath(
      reader.optional(Inputs.ChampionPredictions),
      'file',
      Inputs.ChampionPredictions,
    ),
    seed: reader.optionalNumber(Inputs.Seed, { min: 0, max: 4294967295, integer: true }),
    positiveLabel: reader.optional(Inputs.PositiveLabel),
  }
}
