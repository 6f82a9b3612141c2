import type { ImportanceSet } from '../core/governance/explain-checks.js'
import { explainMessages as m } from '../core/governance/explain-messages.js'
import type { ExplainabilityPolicy } from '../core/governance/explain-policy.js'
import { sampleRowIndices, scoreAnswers, summarizeImportances } from '../core/governance/explain-permutation.js'
import { DataError, ServiceError } from '../core/errors.js'
import { cellToNumber, cellToString, readDataset, type CellValue } from '../io/dataset/index.js'
import { Inputs } from './inputs.js'
import { requestCell } from './measure-latency.js'

/** A served model that answers one JSON row with one JSON line; `window` requests may be in flight at once. */
export interface Answerer {
  readonly which: 'candidate' | 'champion'
  readonly input: string
  readonly window: number
  answer(json: string): Promise<string>
}

/** The sample a permutation run scores: the rows (all columns, as read), the labels, and which columns are features. */
export interface PermutationSample {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly CellValue[])[]
  readonly yTrue: Float64Array
  /** Column indices of the features (every column but the id and the label). */
  readonly features: readonly number[]
}

/**
 * Reads `data` and draws the seeded sample of `policy.sampleRows` rows (all rows when fewer), with the labels from
 * `labelColumn` (binary: 0/1, or `positiveLabel` for text labels; regression: numbers).
 * @throws DataError when the label column is missing, a label cannot be read, or nothing is left to permute
 */
export async function readPermutationSample(
  data: string,
  columnsOf: { readonly id: string; readonly label: string; readonly positiveLabel?: string },
  task: 'binary' | 'regression',
  policy: Pick<ExplainabilityPolicy, 'sampleRows' | 'seed'>,
  signal: AbortSignal,
): Promise<PermutationSample> {
  let columns: readonly string[] = []
  const all: CellValue[][] = []
  for await (const batch of readDataset(data, { signal })) {
    columns = batch.columns
    for (const row of batch.rows) all.push(row)
  }
  const label = columns.indexOf(columnsOf.label)
  if (label < 0)
    throw new DataError(m.noLabelColumn(columnsOf.label, data), { file: data, input: Inputs.Data }, m.fixNoLabelColumn)
  const features = columns.map((c, j) => (c === columnsOf.id || j === label ? -1 : j)).filter((j) => j >= 0)
  if (features.length === 0) throw new DataError(m.noFeatures(data), { file: data, input: Inputs.Data })
  if (all.length < 2) throw new DataError(m.tooFewRows(all.length), { file: data, input: Inputs.Data })
  const picked = sampleRowIndices(all.length, policy.sampleRows, policy.seed)
  const rows = picked.map((i) => all[i] as CellValue[])
  const yTrue = Float64Array.from(picked, (i, k) => {
    const cell = (rows[k] as CellValue[])[label] ?? null
    const text = cellToString(cell) ?? ''
    const y =
      task === 'binary' && columnsOf.positiveLabel !== undefined
        ? Number(text === columnsOf.positiveLabel)
        : cellToNumber(cell)
    if (y === undefined || (task === 'binary' && y !== 0 && y !== 1))
      throw new DataError(m.badLabel(i + 1, text), { file: data, input: Inputs.Data }, m.fixBadLabel)
    return y
  })
  return { columns, rows, yTrue, features }
}

/** The number in one answer: the answer itself, or its `field`. */
function answerNumber(line: string, field: string, target: Answerer, n: number): number {
  const parsed = JSON.parse(line) as unknown
  const value =
    typeof parsed === 'number'
      ? parsed
      : typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, unknown>)[field]
        : undefined
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ServiceError(m.notScore(target.which, n, field, line), { input: target.input }, m.fixNotScore(field))
  return value
}

/**
 * Answers many rows through one model, `window` at a time, each distinct request sent once (a model's answer is a
 * function of its row, so a permuted row equal to one already answered reuses that answer).
 */
function answerCache(target: Answerer, field: string) {
  const cache = new Map<string, Promise<number>>()
  let sent = 0
  const one = (json: string): Promise<number> => {
    let p = cache.get(json)
    if (p === undefined) {
      const n = ++sent
      p = target.answer(json).then((line) => answerNumber(line, field, target, n))
      cache.set(json, p)
    }
    return p
  }
  return {
    async all(bodies: readonly string[], signal: AbortSignal): Promise<Float64Array> {
      const out = new Float64Array(bodies.length)
      for (let start = 0; start < bodies.length; start += target.window) {
        signal.throwIfAborted()
        const chunk = bodies.slice(start, start + target.window)
        const answers = await Promise.all(chunk.map(one))
        out.set(answers, start)
      }
      return out
    },
    sent: (): number => sent,
  }
}

/** One request body: the row with column `j` read from row `from` instead (j = −1: the row as it is). */
function body(sample: PermutationSample, i: number, j: number, from: number): string {
  const row = sample.rows[i] as readonly CellValue[]
  const source = sample.rows[from] as readonly CellValue[]
  return JSON.stringify(
    Object.fromEntries(sample.columns.map((c, k) => [c, requestCell((k === j ? source[k] : row[k]) ?? null)])),
  )
}

/**
 * Permutation importance of every feature through one served model: the metric on the unshuffled sample, then per
 * feature and repeat the metric with that feature's column permuted (`permutations[r]`, the same for every
 * feature), summarized as sklearn's permutation_importance does (summarizeImportances). Costs at most
 * rows × (1 + features × repeats) requests; fewer when permuted rows repeat.
 * @throws ServiceError when the model fails or answers without a number; RangeError (from the metric) is wrapped
 *   as a DataError when the sample makes the metric undefined (one class only)
 */
export async function permutationImportance(
  target: Answerer,
  sample: PermutationSample,
  permutations: readonly Uint32Array[],
  policy: Pick<ExplainabilityPolicy, 'metric' | 'greaterIsBetter' | 'responseField'>,
  scoring: { readonly task: 'binary' | 'regression'; readonly decisionThreshold: number },
  signal: AbortSignal,
): Promise<ImportanceSet> {
  const answers = answerCache(target, policy.responseField)
  const n = sample.rows.length
  const score = (values: Float64Array): number => {
    try {
      return scoreAnswers(sample.yTrue, values, policy, scoring.task, scoring.decisionThreshold)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      throw new DataError(`explainability: ${error.message}`, { input: Inputs.Data }, 'give data with both classes')
    }
  }
  const baseline = score(
    await answers.all(
      Array.from({ length: n }, (_, i) => body(sample, i, -1, i)),
      signal,
    ),
  )
  const permuted: number[][] = []
  for (const j of sample.features) {
    const scores: number[] = []
    for (const perm of permutations) {
      const bodies = Array.from({ length: n }, (_, i) => body(sample, i, j, perm[i] as number))
      scores.push(score(await answers.all(bodies, signal)))
    }
    permuted.push(scores)
  }
  return {
    source: 'permutation',
    metric: policy.metric,
    baseline,
    rows: n,
    repeats: permutations.length,
    requests: answers.sent(),
    features: summarizeImportances(
      sample.features.map((j) => sample.columns[j] as string),
      baseline,
      permuted,
      policy.greaterIsBetter,
    ),
  }
}
