import { checkPairedLabels } from '../core/compare/check-paired-labels.js'
import { pairRowCodes, pairRows, type RowPairing } from '../core/compare/pair-rows.js'
import { KeyIndex } from '../core/data/key-index.js'
import { datasetHeader } from '../io/dataset/index.js'
import { columnChunksSupported } from '../io/dataset/read-chunks.js'
import type { PairedPredictions } from '../core/compare/paired-predictions.js'
import type { Task } from '../core/metrics/metric-name.js'
import { checkBinaryPredictions } from './check-binary-predictions.js'
import type { EvaluateInputs } from './inputs.js'
import { championInCandidateOrder, isRowOrder, type ChampionColumns } from './champion-in-candidate-order.js'
import { loadPredictions, type LoadedPredictions } from './load-predictions.js'
import { loadProbabilities } from './load-probabilities.js'
import { resolveProbabilityColumns } from './resolve-probability-columns.js'
import type { ChampionSource } from './resolve-champion.js'

export interface PairedData {
  readonly data: PairedPredictions
  /** Absent when there is no champion (the champion's side of `data` then repeats the candidate's). */
  readonly source?: ChampionSource
  /** Segment values of the paired rows, in pairing order. */
  readonly segments: Record<string, string[]>
  /** Class names (multiclass with probability columns), in class-code order. */
  readonly classes?: readonly string[]
}

/**
 * `values` in `index` order (a plain loop: TypedArray.from with a map function calls it per row); `values` itself
 * when `index` is every row in order (no copy of a column of millions: nothing writes into these arrays).
 */
function pick(values: Float64Array, index: Uint32Array): Float64Array {
  if (index.length === values.length && isRowOrder(index)) return values
  const out = new Float64Array(index.length)
  for (let k = 0; k < index.length; k++) out[k] = values[index[k] as number] as number
  return out
}

/** Rows of a row-major matrix with `width` columns, in `index` order. */
function pickRows(values: Float64Array, width: number, index: Uint32Array): Float64Array {
  const out = new Float64Array(index.length * width)
  index.forEach((row, k) => out.set(values.subarray(row * width, (row + 1) * width), k * width))
  return out
}

/** The identity pairing of n rows (no champion: the candidate stands in for both sides). */
const identity = (n: number): RowPairing => {
  const rows = new Uint32Array(n)
  for (let i = 0; i < n; i++) rows[i] = i
  return { candidate: rows, champion: rows }
}

/** Whether the champion's file has the label column (then its labels must equal the candidate's by id). */
async function hasLabel(path: string, label: string): Promise<boolean> {
  return (await datasetHeader(path)).includes(label)
}

/**
 * Reads the candidate's predictions, then the champion's (from `champion()`, which may run predict-command),
 * pairs the rows by id and returns them as the core's PairedPredictions. Multiclass with `probability-columns`
 * reads one probability column per class from both files (classes from the candidate's header for a prefix).
 * When the champion's file has the label column, its labels must equal the candidate's for every id. Without a
 * champion (`champion()` gives undefined) the candidate's predictions stand in for the champion's side.
 * @throws DataError for unreadable files, missing columns, bad cells (file and line), binary labels other than 0/1
 *   or scores outside [0, 1] (file and line), ids that do not pair, and labels that differ by id
 */
export async function loadPairedData(
  inputs: EvaluateInputs,
  task: Task,
  segmentColumns: readonly string[],
  champion: () => Promise<ChampionSource | undefined>,
): Promise<PairedData> {
  const spec = inputs.probabilityColumns
  return task === 'multiclass' && spec !== undefined
    ? loadProbabilityPairs(inputs, spec, segmentColumns, champion)
    : loadValuePairs(inputs, task, segmentColumns, champion)
}

/** How one loader's rows are paired by id: the pairing of two files, and a candidate row's id (for messages). */
interface IdPairing {
  readonly pair: (files: { readonly candidate: string; readonly champion: string }) => RowPairing
  readonly candidateId: (row: number) => string
}

/** The rows an id names in both files and the labels checked by id (identity pairing without a champion). */
function pairChecked(
  inputs: EvaluateInputs,
  candidate: { readonly labels?: Float64Array },
  other: { readonly labels?: Float64Array },
  rows: number,
  ids: IdPairing,
  source: ChampionSource | undefined,
  describe: (code: number) => string,
): RowPairing {
  if (source === undefined) return identity(rows)
  const files = { candidate: inputs.predictions, champion: source.path }
  const pairing = ids.pair(files)
  if (candidate.labels !== undefined && other.labels !== undefined)
    checkPairedLabels(candidate.labels, other.labels, pairing, ids.candidateId, files, describe)
  return pairing
}

/** Segment values of the paired rows, in pairing order. */
const pairedSegments = (segments: Record<string, string[]>, pairing: RowPairing): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(segments).map(([name, v]) => [name, Array.from(pairing.candidate, (i) => v[i] as string)]),
  )

/** Multiclass with class probability columns in both files. */
async function loadProbabilityPairs(
  inputs: EvaluateInputs,
  spec: NonNullable<EvaluateInputs['probabilityColumns']>,
  segmentColumns: readonly string[],
  champion: () => Promise<ChampionSource | undefined>,
): Promise<PairedData> {
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
  const labelled = source !== undefined && (await hasLabel(source.path, inputs.labelColumn))
  const other =
    source === undefined
      ? candidate
      : await loadProbabilities(source.path, {
          id: inputs.idColumn,
          probability,
          ...(labelled ? { label: inputs.labelColumn } : {}),
          ...(prediction === undefined ? {} : { prediction }),
        })
  const ids: IdPairing = {
    pair: (files) => pairRows(candidate.ids, other.ids, files),
    candidateId: (row) => candidate.ids[row] as string,
  }
  const describe = (c: number): string => probability.classes[c] ?? String(c)
  const pairing = pairChecked(inputs, candidate, other, candidate.ids.length, ids, source, describe)
  const k = probability.classes.length
  return {
    data: {
      task: 'multiclass',
      yTrue: pick(candidate.labels ?? new Float64Array(0), pairing.candidate),
      candidatePred: pick(candidate.predicted, pairing.candidate),
      championPred: pick(other.predicted, pairing.champion),
      classCount: k,
      candidateProbabilities: pickRows(candidate.probabilities, k, pairing.candidate),
      championProbabilities: pickRows(other.probabilities, k, pairing.champion),
    },
    ...(source === undefined ? {} : { source }),
    segments: pairedSegments(candidate.segments, pairing),
    classes: probability.classes,
  }
}

/** The core's paired data of a task whose values are one number per row (binary, multiclass classes, regression). */
const valueData = (
  task: Task,
  yTrue: Float64Array,
  candidate: Float64Array,
  champion: Float64Array,
): PairedPredictions =>
  task === 'binary'
    ? { task, yTrue, candidateScore: candidate, championScore: champion }
    : { task, yTrue, candidatePred: candidate, championPred: champion }

/**
 * The pairs read the short way: when the candidate's ids are distinct (then they are the codes 0 … n − 1 of `keys`,
 * and the candidate's rows stay in their order) and the champion's file pairs cleanly, its values are read straight
 * into the candidate's row order (championInCandidateOrder). Undefined otherwise (multiclass class texts, text
 * labels, a format read whole, ids that do not pair, labels that differ, cells to interpret): the caller then pairs
 * the files as before, which words any problem.
 */
async function pairedInRowOrder(
  inputs: EvaluateInputs,
  task: Task,
  candidate: LoadedPredictions,
  keys: KeyIndex,
  source: ChampionSource,
  columns: ChampionColumns,
): Promise<PairedData | undefined> {
  if (task === 'multiclass' || inputs.positiveLabel !== undefined || !columnChunksSupported(source.path))
    return undefined
  if (keys.size !== candidate.ids.length || !isRowOrder(candidate.ids)) return undefined
  const champion = await championInCandidateOrder(source.path, columns, keys, {
    rows: candidate.ids.length,
    ...(candidate.labels === undefined ? {} : { labels: candidate.labels }),
  })
  if (champion === undefined) return undefined
  return {
    data: valueData(task, candidate.labels ?? new Float64Array(0), candidate.values, champion),
    source,
    segments: candidate.segments,
  }
}

/** Binary scores, multiclass predicted classes or regression predictions. */
async function loadValuePairs(
  inputs: EvaluateInputs,
  task: Task,
  segmentColumns: readonly string[],
  champion: () => Promise<ChampionSource | undefined>,
): Promise<PairedData> {
  const valueColumn = task === 'binary' ? inputs.scoreColumn : (inputs.predictionColumn ?? 'prediction')
  const codes = task === 'multiclass' ? new Map<string, number>() : undefined
  const keys = new KeyIndex()
  const candidate = await loadPredictions(
    inputs.predictions,
    {
      id: inputs.idColumn,
      value: valueColumn,
      label: inputs.labelColumn,
      segments: segmentColumns,
      ...(task === 'binary' && inputs.positiveLabel !== undefined ? { positiveLabel: inputs.positiveLabel } : {}),
    },
    codes,
    keys,
  )
  if (task === 'binary') checkBinaryPredictions(candidate, { label: inputs.labelColumn, score: valueColumn })
  const source = await champion()
  const labelled = source !== undefined && (await hasLabel(source.path, inputs.labelColumn))
  const positive =
    task === 'binary' && inputs.positiveLabel !== undefined ? { positiveLabel: inputs.positiveLabel } : {}
  const label = labelled ? { label: inputs.labelColumn, ...positive } : {}
  const short =
    source === undefined
      ? undefined
      : await pairedInRowOrder(inputs, task, candidate, keys, source, {
          id: inputs.idColumn,
          value: valueColumn,
          ...(labelled ? { label: inputs.labelColumn } : {}),
          probabilities: task === 'binary',
        })
  if (short !== undefined) return short
  const other =
    source === undefined
      ? candidate
      : await loadPredictions(source.path, { id: inputs.idColumn, value: valueColumn, ...label }, codes, keys)
  if (task === 'binary' && source !== undefined) checkBinaryPredictions(other, { ...label, score: valueColumn })
  const names = codes === undefined ? undefined : [...codes.keys()]
  const ids: IdPairing = {
    pair: (files) => pairRowCodes(candidate.ids, other.ids, keys.size, (c) => keys.text(c), files),
    candidateId: (row) => keys.text(candidate.ids[row] as number),
  }
  const describe = (c: number): string => names?.[c] ?? String(c)
  const pairing = pairChecked(inputs, candidate, other, candidate.ids.length, ids, source, describe)
  const yTrue = pick(candidate.labels ?? new Float64Array(0), pairing.candidate)
  const cand = pick(candidate.values, pairing.candidate)
  const champ = pick(other.values, pairing.champion)
  return {
    data: valueData(task, yTrue, cand, champ),
    ...(source === undefined ? {} : { source }),
    segments: pairedSegments(candidate.segments, pairing),
  }
}
