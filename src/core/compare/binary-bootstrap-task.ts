import type { BinaryMetricName } from '../metrics/metric-name.js'
import type { PreparedBinary } from '../metrics/prepare-binary.js'
import { sharedTypedArray } from '../stats/shared-typed-array.js'

/** What every layout carries of a prepared model (PreparedBinary): per bucket 2·g + y, a row's log loss and squared error. */
interface SideTables {
  /** Groups g < positiveGroups (distinct scores ≥ threshold) are predicted positive. */
  readonly positiveGroups: number
  readonly bucketLogLoss: Float64Array
  readonly bucketBrier: Float64Array
  /** Per group, its score and calibration bin (the ece metric). */
  readonly groupScore: Float64Array
  readonly groupBin: Uint8Array
}

/**
 * One model's rows for the resampling walk, in one of two layouts (the same totals either way):
 * - `counts` (few distinct scores): rows in their own order with their bucket, added into bucket counts that stay in
 *   cache, then a walk over the distinct scores;
 * - `runs` (many distinct scores, where bucket counts would not fit in cache): rows grouped by bucket, so each
 *   distinct score's weight is a sum over a run and nothing is scattered. The rows of the q-th distinct score present
 *   are rows[starts[2q] … starts[2q+1]) with label 0, then rows[starts[2q+1] … starts[2q+2]) with label 1.
 * Arrays over shared memory (worker threads read them without a copy).
 */
export type BootstrapSide =
  | (SideTables & {
      readonly layout: 'counts'
      /** Row indices into the n resampled rows (absent: all n rows, in order). */
      readonly rows?: Uint32Array
      /** Per position, the row's bucket 2·g + y. */
      readonly bucket: Uint32Array
      readonly groupCount: number
    })
  | (SideTables & {
      readonly layout: 'runs'
      /** Row indices into the n resampled rows, grouped by bucket. */
      readonly rows: Uint32Array
      /** The distinct-score index g (0 = highest score) of each distinct score present, ascending. */
      readonly groups: Uint32Array
      /** 2·groups.length + 1 run boundaries into `rows`. */
      readonly starts: Uint32Array
    })

/** From this many distinct scores a side uses the `runs` layout (bucket counts of 2¹⁸ int32 = 1 MiB). */
export const RUNS_FROM_GROUPS = 1 << 17

/** Candidate and champion on one set of rows (all rows, or a slice), with the metrics computed on each resample. */
export interface BinaryBootstrapPair {
  readonly candidate: BootstrapSide
  readonly champion: BootstrapSide
  readonly metrics: readonly BinaryMetricName[]
}

/**
 * The paired bootstrap of binary metrics as plain data (numbers and typed arrays over shared memory), so that it
 * can run on this thread or be split over worker threads: resample r takes the n uniforms number r·n … r·n + n − 1
 * of the mulberry32 stream that has `state` before its first draw, exactly the draws pairedBootstrap takes from
 * `seededRandom` — Poisson(1) of the j-th is row j's multiplicity, or (multinomial) the j-th picks row ⌊u·n⌋.
 */
export interface BinaryBootstrapTask {
  readonly n: number
  readonly resamples: number
  readonly scheme: 'multinomial' | 'poisson'
  readonly state: number
  readonly pairs: readonly BinaryBootstrapPair[]
}

/**
 * Computes every resample of a task: a Float64Array of `resamples` rows of binaryBootstrapWidth(task) values (per
 * pair, the candidate's metrics then the champion's, NaN where undefined on that resample). The default runs on this
 * thread (runBinaryBootstrap); the action passes one that spreads the resamples over worker threads, with the same
 * values.
 */
export type BinaryBootstrapRunner = (task: BinaryBootstrapTask) => Float64Array

/**
 * The pair of prepared models for the bootstrap: on all n rows when `rows` is absent, else on a slice whose
 * prepared models are indexed by position in `rows` (its row indices among the n). A model with at least
 * RUNS_FROM_GROUPS distinct scores gets the `runs` layout (a counting sort of its rows by bucket, O(rows + buckets)).
 * @throws {RangeError} if the models' row counts differ from each other or from `rows`
 * @example
 * binaryBootstrapPair(prepareBinary([0, 1], [0.2, 0.7]), prepareBinary([0, 1], [0.6, 0.3]), ['accuracy']).candidate.layout // => 'counts'
 */
export function binaryBootstrapPair(
  candidate: PreparedBinary,
  champion: PreparedBinary,
  metrics: readonly BinaryMetricName[],
  rows?: Uint32Array,
): BinaryBootstrapPair {
  if (champion.n !== candidate.n || (rows !== undefined && rows.length !== candidate.n))
    throw new RangeError(
      `binaryBootstrapPair: row counts differ (${candidate.n}, ${champion.n}${rows === undefined ? '' : `, ${rows.length}`})`,
    )
  const shared = rows === undefined || rows.buffer instanceof SharedArrayBuffer ? rows : sharedCopy(rows)
  return { candidate: bootstrapSide(candidate, shared), champion: bootstrapSide(champion, shared), metrics }
}

const sharedCopy = (values: Uint32Array): Uint32Array => {
  const out = sharedTypedArray(Uint32Array, values.length)
  out.set(values)
  return out
}

/**
 * A model's side in the layout its number of distinct scores calls for (`force` for tests of both layouts).
 * @throws never
 * @example
 * bootstrapSide(prepareBinary([0, 1], [0.2, 0.7]), undefined, 'runs').rows // => Uint32Array [1, 0]
 */
export function bootstrapSide(
  model: PreparedBinary,
  rows: Uint32Array | undefined,
  force?: BootstrapSide['layout'],
): BootstrapSide {
  const tables = {
    positiveGroups: model.positiveGroups,
    bucketLogLoss: model.bucketLogLoss,
    bucketBrier: model.bucketBrier,
    groupScore: model.groupScore,
    groupBin: model.groupBin,
  }
  const layout = force ?? (model.groupCount >= RUNS_FROM_GROUPS ? 'runs' : 'counts')
  if (layout === 'counts')
    return {
      layout,
      ...tables,
      ...(rows === undefined ? {} : { rows }),
      bucket: model.bucket,
      groupCount: model.groupCount,
    }
  const { n, bucket } = model
  const buckets = 2 * model.groupCount
  const start = new Uint32Array(buckets + 1)
  for (let k = 0; k < n; k++) {
    const next = (bucket[k] as number) + 1
    start[next] = (start[next] as number) + 1
  }
  let present = 0
  for (let g = 0; g < model.groupCount; g++)
    if ((start[2 * g + 1] as number) + (start[2 * g + 2] as number) > 0) present++
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number)
  const groups = sharedTypedArray(Uint32Array, present)
  const starts = sharedTypedArray(Uint32Array, 2 * present + 1)
  let q = 0
  for (let g = 0; g < model.groupCount; g++) {
    if (start[2 * g + 2] === start[2 * g]) continue
    groups[q] = g
    starts[2 * q] = start[2 * g] as number
    starts[2 * q + 1] = start[2 * g + 1] as number
    starts[2 * q + 2] = start[2 * g + 2] as number
    q++
  }
  const order = sharedTypedArray(Uint32Array, n)
  for (let k = 0; k < n; k++) {
    const b = bucket[k] as number
    const at = start[b] as number
    start[b] = at + 1
    order[at] = rows === undefined ? k : (rows[k] as number)
  }
  return { layout, ...tables, rows: order, groups, starts }
}
