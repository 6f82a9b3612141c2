import { binaryMetricsFromTotals, type BinaryTotals } from '../metrics/binary-metrics-from-totals.js'
import { ECE_BINS } from '../metrics/calibration-bin.js'
import { poissonOneOfBits } from '../stats/poisson-one-of-uniform.js'
import { seededRandom, seededRandomState } from '../stats/seeded-random.js'
import type { BinaryBootstrapTask, BootstrapSide } from './binary-bootstrap-task.js'

/** mulberry32's state increment per draw (seededRandom). */
const WEYL = 0x6d2b79f5

/**
 * The number of values per resample of a task: per pair, its metrics for the candidate then for the champion.
 * @example
 * binaryBootstrapWidth({ n: 1, resamples: 1, scheme: 'poisson', state: 0, pairs: [] }) // => 0
 */
export function binaryBootstrapWidth(task: BinaryBootstrapTask): number {
  let width = 0
  for (const pair of task.pairs) width += 2 * pair.metrics.length
  return width
}

/**
 * Resamples `from` … `to` − 1 of a paired binary bootstrap task, written to `out` at r·width (see
 * BinaryBootstrapTask). Per resample: the n rows' multiplicities in one pass (Poisson(1) of each draw, or the tally
 * of n multinomial draws), then per pair and model one pass over the model's rows that gives each distinct score's
 * resampled negatives and positives (bucket counts, or sums over runs) and folds them into the totals
 * (binaryMetricsFromTotals). Resample r starts at draw r·n of the stream (seededRandomState), so any range of
 * resamples gets exactly the draws of the sequential stream. The totals are binaryMetricsFromCounts' on the
 * resample's bucket counts, term by term in the same order (distinct scores with no weight add exact zeros there;
 * roc-auc's sums are of integers and halves below 2⁵³, exact in either form), so the metrics are the same numbers.
 * @throws {RangeError} if the range is outside [0, resamples] or `out` is too short
 * @example
 * binaryBootstrapValues({ n: 1, resamples: 1, scheme: 'poisson', state: 0, pairs: [] }, 0, 1, new Float64Array(0)) // => undefined
 */
export function binaryBootstrapValues(task: BinaryBootstrapTask, from: number, to: number, out: Float64Array): void {
  const { n, pairs } = task
  const width = binaryBootstrapWidth(task)
  if (!(from >= 0 && from <= to && to <= task.resamples) || out.length < task.resamples * width)
    throw new RangeError(`binaryBootstrapValues: resamples ${from}…${to} outside 0…${task.resamples} or short output`)
  // Poisson(1) draws are at most 11: bytes. A multinomial tally can reach n.
  const weights = task.scheme === 'poisson' ? new Uint8Array(n) : new Int32Array(n)
  const counts = new Map<number, Int32Array>()
  const countsFor = (size: number): Int32Array => {
    let c = counts.get(size)
    if (c === undefined) counts.set(size, (c = new Int32Array(size)))
    return c
  }
  for (let r = from; r < to; r++) {
    const base = seededRandomState(task.state, r * n)
    if (weights instanceof Uint8Array) drawPoisson(base, weights)
    else drawMultinomial(base, weights)
    let at = r * width
    for (const pair of pairs) {
      const ranks = pair.metrics.includes('roc-auc') || pair.metrics.includes('pr-auc')
      const calibration = pair.metrics.includes('ece')
      for (const side of [pair.candidate, pair.champion]) {
        const totals =
          side.layout === 'counts'
            ? countsTotals(side, weights, countsFor(2 * side.groupCount), ranks, calibration)
            : runsTotals(side, weights, ranks, calibration)
        for (const v of binaryMetricsFromTotals(totals, pair.metrics, 'nan')) out[at++] = v
      }
    }
  }
}

/** Row j's multiplicity is Poisson(1) of the stream's draw j after `base` (seededRandom's bits, inlined). */
function drawPoisson(base: number, weights: Uint8Array): void {
  let state = base | 0
  for (let j = 0; j < weights.length; j++) {
    state = (state + WEYL) | 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    weights[j] = poissonOneOfBits((t ^ (t >>> 14)) >>> 0)
  }
}

/** The tally of n draws of a row ⌊u·n⌋ (pairedBootstrap's multinomial scheme). */
function drawMultinomial(base: number, weights: Int32Array): void {
  const n = weights.length
  weights.fill(0)
  const random = seededRandom(base)
  for (let j = 0; j < n; j++) {
    const index = Math.floor(random() * n)
    weights[index] = (weights[index] as number) + 1
  }
}

/** Folds the distinct scores' resampled weights, highest score first, into the totals. */
class TotalsWalk {
  positives = 0
  negatives = 0
  tp = 0
  fp = 0
  logLoss = 0
  brier = 0
  /** Σ_g pos_g·(negatives above g + ½·neg_g): rocArea = P·N − below. */
  below = 0
  prArea = 0
  /** Per calibration bin, Σ pos − (pos + neg)·score (only when ece is asked for). */
  private readonly gaps: Float64Array | undefined
  constructor(
    private readonly side: BootstrapSide,
    private readonly ranks: boolean,
    calibration = false,
  ) {
    this.gaps = calibration ? new Float64Array(ECE_BINS) : undefined
  }

  add(g: number, gn: number, gp: number): void {
    const { positiveGroups, bucketLogLoss, bucketBrier } = this.side
    if (g < positiveGroups) {
      this.tp += gp
      this.fp += gn
    }
    this.logLoss += gn * (bucketLogLoss[2 * g] as number) + gp * (bucketLogLoss[2 * g + 1] as number)
    this.brier += gn * (bucketBrier[2 * g] as number) + gp * (bucketBrier[2 * g + 1] as number)
    if (this.ranks) {
      this.below += gp * (this.negatives + 0.5 * gn)
      if (gp > 0) this.prArea += gp * ((this.positives + gp) / (this.positives + gp + this.negatives + gn))
    }
    if (this.gaps !== undefined) {
      const b = this.side.groupBin[g] as number
      this.gaps[b] = (this.gaps[b] as number) + gp - (gn + gp) * (this.side.groupScore[g] as number)
    }
    this.positives += gp
    this.negatives += gn
  }

  totals(): BinaryTotals {
    const { positives, negatives, tp, fp, logLoss, brier } = this
    const rocArea = this.ranks ? positives * negatives - this.below : 0
    let calibrationGap = 0
    if (this.gaps !== undefined) for (const gap of this.gaps) calibrationGap += Math.abs(gap)
    const prArea = this.ranks ? this.prArea : 0
    return { positives, negatives, tp, fp, logLoss, brier, rocArea, prArea, calibrationGap }
  }
}

/** Bucket counts of the side's rows, then the walk over its distinct scores. */
function countsTotals(
  side: Extract<BootstrapSide, { layout: 'counts' }>,
  weights: Uint8Array | Int32Array,
  counts: Int32Array,
  ranks: boolean,
  calibration: boolean,
): BinaryTotals {
  const { bucket, rows } = side
  counts.fill(0)
  if (rows === undefined) {
    for (let j = 0; j < bucket.length; j++) {
      const b = bucket[j] as number
      counts[b] = (counts[b] as number) + (weights[j] as number)
    }
  } else {
    for (let k = 0; k < bucket.length; k++) {
      const b = bucket[k] as number
      counts[b] = (counts[b] as number) + (weights[rows[k] as number] as number)
    }
  }
  const walk = new TotalsWalk(side, ranks, calibration)
  for (let g = 0; g < side.groupCount; g++) {
    const gn = counts[2 * g] as number
    const gp = counts[2 * g + 1] as number
    if (gn !== 0 || gp !== 0) walk.add(g, gn, gp)
  }
  return walk.totals()
}

/** Sums over the side's runs of rows, distinct score by distinct score. */
function runsTotals(
  side: Extract<BootstrapSide, { layout: 'runs' }>,
  weights: Uint8Array | Int32Array,
  ranks: boolean,
  calibration: boolean,
): BinaryTotals {
  const { rows, groups, starts } = side
  const walk = new TotalsWalk(side, ranks, calibration)
  let k = starts[0] as number
  for (let q = 0; q < groups.length; q++) {
    const middle = starts[2 * q + 1] as number
    const end = starts[2 * q + 2] as number
    let gn = 0
    for (; k < middle; k++) gn += weights[rows[k] as number] as number
    let gp = 0
    for (; k < end; k++) gp += weights[rows[k] as number] as number
    if (gn !== 0 || gp !== 0) walk.add(groups[q] as number, gn, gp)
  }
  return walk.totals()
}
