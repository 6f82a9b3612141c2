import type { MetricName } from '../metrics/metric-name.js'
import { GREATER_IS_BETTER } from '../metrics/metric-name.js'
import type { BinaryMetricName } from '../metrics/metric-name.js'
import { pairedBootstrap } from '../stats/paired-bootstrap.js'
import { isSeededRandom, type SeededRandom } from '../stats/seeded-random.js'
import { summarizeBootstrap, type BootstrapDistribution } from '../stats/summarize-bootstrap.js'
import { binaryBootstrapPair, type BinaryBootstrapRunner } from './binary-bootstrap-task.js'
import { checkBinaryBootstrapTask, runBinaryBootstrap } from './run-binary-bootstrap.js'
import { compareMessages as m } from './messages.js'
import { metricEvaluator, type MetricEvaluator } from './metric-evaluator.js'
import type { PairedPredictions } from './paired-predictions.js'
import { pairedMetricValue } from './paired-metric-value.js'
import type { DefinedSliceComparison, SliceComparison } from './slice-comparison.js'

export interface SliceOptions {
  /** Direction per metric where the policy overrides the built-in one. */
  readonly greaterIsBetter?: Partial<Record<MetricName, boolean>>
  /** Binary decision threshold on scores. */
  readonly threshold?: number
  /** Smaller slices are `skipped` (default 1). */
  readonly minSize?: number
  /** Binary: slices with fewer rows of label 1 / label 0 are `skipped` (default 0). */
  readonly minPositives?: number
  readonly minNegatives?: number
  /**
   * The paired bootstrap (the same `resamples`, `random` stream and `scheme` as compareModels give the same
   * resample vectors): without `random` no interval is computed.
   */
  readonly resamples?: number
  readonly random?: () => number
  readonly scheme?: 'multinomial' | 'poisson'
  /**
   * Family-wise level; each interval is at 1 − (1 − confidence)/(m + otherTests), m = the judged slices × metrics
   * and `otherTests` the other members of the rejection family (the policy's rule components), Bonferroni.
   */
  readonly confidence?: number
  readonly otherTests?: number
  /** Runs the bucketed bootstrap of binary slices with a seeded `random` (compareModels' runBootstrap). */
  readonly runBootstrap?: BinaryBootstrapRunner
}

interface JudgedSlice {
  readonly rows: Uint32Array
  readonly evaluate: MetricEvaluator
  readonly entries: { index: number; metric: MetricName }[]
}

/**
 * The metrics of both models per value of each segment column, each on the slice's own rows, with the paired
 * bootstrap interval of candidate − champion: every resample reweights all n rows once, and each slice reads its
 * rows' weights, so slice and whole-data intervals come from the same resamples. The intervals are Bonferroni-
 * adjusted over the m judged (slice, metric) pairs and `otherTests`: level 1 − (1 − confidence)/(m + otherTests). A slice with fewer than
 * `minSize` rows (binary: fewer than `minPositives` positives or `minNegatives` negatives) is `skipped` with the
 * reason; a metric undefined on a judged slice (one class present) is `undefined` with the reason. The
 * preconditions are compareModels' (the loader guarantees them), and each segment column has one value per
 * paired row (the loader picks them in pairing order).
 * @throws {RangeError} if a segment column's length differs from the data, or a precondition does not hold (bugs)
 * @example
 * compareSlices({ task: 'regression', yTrue: Float64Array.of(1, 2), candidatePred: Float64Array.of(1, 2), championPred: Float64Array.of(1, 3) }, { g: ['a', 'b'] }, ['mae']).map((s) => (s.kind === 'defined' ? s.champion : s.reason)) // => [0, 1]
 */
export function compareSlices(
  data: PairedPredictions,
  segments: Readonly<Record<string, readonly string[]>>,
  metrics: readonly MetricName[],
  options: SliceOptions = {},
): SliceComparison[] {
  const n = data.yTrue.length
  const out: SliceComparison[] = []
  const judged: JudgedSlice[] = []
  for (const [column, values] of Object.entries(segments)) {
    if (values.length !== n)
      throw new RangeError(`compareSlices: column ${column} has ${values.length} values for ${n} rows`)
    for (const [value, rows] of groupRows(values)) {
      const skipped = skipReason(data, rows, options)
      const evaluate = skipped === undefined ? metricEvaluator(subset(data, rows), options.threshold) : undefined
      const entries: JudgedSlice['entries'] = []
      for (const metric of metrics) {
        const slice = {
          column,
          value,
          rows: rows.length,
          metric,
          greaterIsBetter: options.greaterIsBetter?.[metric] ?? GREATER_IS_BETTER[metric],
        }
        if (evaluate === undefined) {
          out.push({ kind: 'skipped', ...slice, reason: skipped ?? '' })
          continue
        }
        const paired = pairedMetricValue(evaluate, metric)
        if (paired.kind === 'defined') entries.push({ index: out.length, metric })
        out.push(
          paired.kind === 'defined'
            ? { kind: 'defined', ...slice, champion: paired.champion, candidate: paired.candidate }
            : { kind: 'undefined', ...slice, reason: paired.reason },
        )
      }
      if (evaluate !== undefined && entries.length > 0) judged.push({ rows, evaluate, entries })
    }
  }
  if (options.random !== undefined && judged.length > 0) addIntervals(out, judged, n, options)
  return out
}

/** Row indices per segment value, values in code-point order. */
function groupRows(values: readonly string[]): [string, Uint32Array][] {
  const groups = new Map<string, number[]>()
  values.forEach((v, i) => {
    const list = groups.get(v)
    if (list === undefined) groups.set(v, [i])
    else list.push(i)
  })
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([v, rows]) => [v, Uint32Array.from(rows)])
}

/** Why a slice is too small to judge, or undefined. */
function skipReason(data: PairedPredictions, rows: Uint32Array, options: SliceOptions): string | undefined {
  const minSize = options.minSize ?? 1
  if (rows.length < minSize) return m.sliceTooFewRows(rows.length, minSize)
  if (data.task !== 'binary') return undefined
  let positives = 0
  for (const i of rows) if (data.yTrue[i] === 1) positives++
  const negatives = rows.length - positives
  if (positives < (options.minPositives ?? 0))
    return m.sliceTooFewClass(positives, 'positives', options.minPositives ?? 0)
  if (negatives < (options.minNegatives ?? 0))
    return m.sliceTooFewClass(negatives, 'negatives', options.minNegatives ?? 0)
  return undefined
}

/** The rows `rows` of paired predictions (probability matrices row by row). */
function subset(data: PairedPredictions, rows: Uint32Array): PairedPredictions {
  const pick = (v: Float64Array | undefined): Float64Array | undefined =>
    v === undefined ? undefined : Float64Array.from(rows, (i) => v[i] as number)
  const k = data.classCount ?? 0
  const pickRows = (v: Float64Array | undefined): Float64Array | undefined => {
    if (v === undefined || k === 0) return undefined
    const out = new Float64Array(rows.length * k)
    rows.forEach((row, j) => out.set(v.subarray(row * k, (row + 1) * k), j * k))
    return out
  }
  const fields = {
    candidateScore: pick(data.candidateScore),
    championScore: pick(data.championScore),
    candidatePred: pick(data.candidatePred),
    championPred: pick(data.championPred),
    candidateProbabilities: pickRows(data.candidateProbabilities),
    championProbabilities: pickRows(data.championProbabilities),
  }
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
  return {
    task: data.task,
    yTrue: pick(data.yTrue) as Float64Array,
    ...(data.classCount === undefined ? {} : { classCount: data.classCount }),
    ...present,
  }
}

/** Adds the Bonferroni-adjusted paired intervals to the judged slices' defined comparisons. */
function addIntervals(out: SliceComparison[], judged: readonly JudgedSlice[], n: number, options: SliceOptions): void {
  const family = judged.reduce((sum, j) => sum + j.entries.length, 0)
  const confidence = 1 - (1 - (options.confidence ?? 0.95)) / (family + (options.otherTests ?? 0))
  const random = options.random as () => number
  const names = judged.map((j) => j.entries.map((e) => e.metric))
  const resamples = options.resamples ?? 1000
  const scheme = options.scheme ?? 'multinomial'
  const distributions =
    isSeededRandom(random) && judged.every((j) => j.evaluate.binary !== undefined)
      ? bucketedDifferences(judged, names, n, {
          resamples,
          random,
          confidence,
          scheme,
          runBootstrap: options.runBootstrap,
        })
      : pairedBootstrap(
          n,
          // One weight buffer per slice, reused by every resample.
          ((buffers) => (weights: Float64Array) => {
            const diffs: number[] = []
            judged.forEach((j, s) => {
              const w = buffers[s] as Float64Array
              const rows = j.rows
              for (let k = 0; k < rows.length; k++) w[k] = weights[rows[k] as number] as number
              const values = j.evaluate(names[s] as MetricName[], w, 'nan')
              values.candidate.forEach((c, k) => diffs.push(c - (values.champion[k] as number)))
            })
            return diffs
          })(judged.map((j) => new Float64Array(j.rows.length))),
          { resamples, random, confidence, scheme },
        )
  let k = 0
  for (const j of judged) {
    for (const e of j.entries) {
      const d = distributions[k++]
      const s = out[e.index] as DefinedSliceComparison
      if (d === undefined) continue
      out[e.index] = {
        ...s,
        lower: d.lower,
        upper: d.upper,
        confidence,
        undefinedResamples: d.undefinedCount,
        resamples: d.sorted.length,
      }
    }
  }
}

/**
 * The slices' bootstrap differences as one bucketed task (binaryBootstrapValues: one pair per judged slice, the
 * same draws and counts as pairedBootstrap, so the same values), moving the stream past its draws.
 */
function bucketedDifferences(
  judged: readonly JudgedSlice[],
  names: readonly (readonly MetricName[])[],
  n: number,
  options: {
    readonly resamples: number
    readonly random: SeededRandom
    readonly confidence: number
    readonly scheme: 'multinomial' | 'poisson'
    readonly runBootstrap: BinaryBootstrapRunner | undefined
  },
): BootstrapDistribution[] {
  const { resamples, random, confidence, scheme } = options
  const pairs = judged.map((j, s) => {
    const binary = j.evaluate.binary
    if (binary === undefined) throw new Error('compareSlices: a bucketed slice is not binary')
    return binaryBootstrapPair(binary.candidate, binary.champion, names[s] as readonly BinaryMetricName[], j.rows)
  })
  const task = { n, resamples, scheme, state: random.state(), pairs }
  checkBinaryBootstrapTask(task)
  const values = (options.runBootstrap ?? runBinaryBootstrap)(task)
  random.skip(resamples * n)
  const width = values.length / resamples
  const columns: Float64Array[] = []
  let offset = 0
  for (const metrics of names) {
    const k = metrics.length
    for (let m = 0; m < k; m++) {
      const column = new Float64Array(resamples)
      for (let r = 0; r < resamples; r++)
        column[r] = (values[r * width + offset + m] as number) - (values[r * width + offset + k + m] as number)
      columns.push(column)
    }
    offset += 2 * k
  }
  return columns.map((column, k) => summarizeBootstrap(column, confidence, `pairedBootstrap: statistic ${k}`))
}
