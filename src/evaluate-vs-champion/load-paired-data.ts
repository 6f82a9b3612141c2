import { pairRows } from '../core/compare/pair-rows.js'
import type { PairedPredictions } from '../core/compare/paired-predictions.js'
import type { Task } from '../core/metrics/metric-name.js'
import { checkBinaryPredictions } from './check-binary-predictions.js'
import type { EvaluateInputs } from './inputs.js'
import { loadPredictions } from './load-predictions.js'
import { loadProbabilities } from './load-probabilities.js'
import { resolveProbabilityColumns } from './probability-columns.js'
import type { ChampionSource } from './resolve-champion.js'

export interface PairedData {
  readonly data: PairedPredictions
  readonly source: ChampionSource
  /** Segment values of the paired rows, in pairing order. */
  readonly segments: Record<string, string[]>
  /** Class names (multiclass with probability columns), in class-code order. */
  readonly classes?: readonly string[]
}

const pick = (values: Float64Array, index: Uint32Array): Float64Array =>
  Float64Array.from(index, (i) => values[i] as number)

/** Rows of a row-major matrix with `width` columns, in `index` order. */
function pickRows(values: Float64Array, width: number, index: Uint32Array): Float64Array {
  const out = new Float64Array(index.length * width)
  index.forEach((row, k) => out.set(values.subarray(row * width, (row + 1) * width), k * width))
  return out
}

/**
 * Reads the candidate's predictions, then the champion's (from `champion()`, which may run predict-command),
 * pairs the rows by id and returns them as the core's PairedPredictions. Multiclass with `probability-columns`
 * reads one probability column per class from both files (classes from the candidate's header for a prefix).
 * @throws DataError for unreadable files, missing columns, bad cells (file and line), binary labels other than 0/1
 *   or scores outside [0, 1] (file and line), and ids that do not pair
 */
export async function loadPairedData(
  inputs: EvaluateInputs,
  task: Task,
  segmentColumns: readonly string[],
  champion: () => Promise<ChampionSource>,
): Promise<PairedData> {
  const spec = inputs.probabilityColumns
  if (task === 'multiclass' && spec !== undefined) {
    const probability = await resolveProbabilityColumns(spec, inputs.predictions)
    const prediction = inputs.predictionColumn
    const candidate = await loadProbabilities(inputs.predictions, {
      id: inputs.idColumn,
      probability,
      label: inputs.labelColumn,
      segments: segmentColumns,
      ...(prediction === undefined ? {} : { prediction }),
    })
    const source = await champion()
    const other = await loadProbabilities(source.path, {
      id: inputs.idColumn,
      probability,
      ...(prediction === undefined ? {} : { prediction }),
    })
    const pairing = pairRows(candidate.ids, other.ids, { candidate: inputs.predictions, champion: source.path })
    const k = probability.classes.length
    return {
      data: {
        task,
        yTrue: pick(candidate.labels ?? new Float64Array(0), pairing.candidate),
        candidatePred: pick(candidate.predicted, pairing.candidate),
        championPred: pick(other.predicted, pairing.champion),
        classCount: k,
        candidateProbabilities: pickRows(candidate.probabilities, k, pairing.candidate),
        championProbabilities: pickRows(other.probabilities, k, pairing.champion),
      },
      source,
      segments: Object.fromEntries(
        Object.entries(candidate.segments).map(([name, v]) => [
          name,
          Array.from(pairing.candidate, (i) => v[i] as string),
        ]),
      ),
      classes: probability.classes,
    }
  }
  const valueColumn = task === 'binary' ? inputs.scoreColumn : (inputs.predictionColumn ?? 'prediction')
  const codes = task === 'multiclass' ? new Map<string, number>() : undefined
  const candidate = await loadPredictions(
    inputs.predictions,
    { id: inputs.idColumn, value: valueColumn, label: inputs.labelColumn, segments: segmentColumns },
    codes,
  )
  if (task === 'binary') checkBinaryPredictions(candidate, { label: inputs.labelColumn, score: valueColumn })
  const source = await champion()
  const other = await loadPredictions(source.path, { id: inputs.idColumn, value: valueColumn }, codes)
  if (task === 'binary') checkBinaryPredictions(other, { score: valueColumn })
  const pairing = pairRows(candidate.ids, other.ids, { candidate: inputs.predictions, champion: source.path })
  const yTrue = pick(candidate.labels ?? new Float64Array(0), pairing.candidate)
  const cand = pick(candidate.values, pairing.candidate)
  const champ = pick(other.values, pairing.champion)
  return {
    data:
      task === 'binary'
        ? { task, yTrue, candidateScore: cand, championScore: champ }
        : { task, yTrue, candidatePred: cand, championPred: champ },
    source,
    segments: Object.fromEntries(
      Object.entries(candidate.segments).map(([name, v]) => [
        name,
        Array.from(pairing.candidate, (i) => v[i] as string),
      ]),
    ),
  }
}
