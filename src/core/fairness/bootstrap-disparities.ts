import { quantileSorted } from '../stats/quantile-sorted.js'
import { DISPARITY_METRICS, fairnessDisparities, type DisparityMetric } from './fairness-disparities.js'
import type { GroupConfusion } from './group-confusion.js'
import { groupRates } from './group-rates.js'
import { sampleBinomial } from './sample-binomial.js'
import { sumConfusion } from './sum-confusion.js'

/** A percentile confidence interval; `null` bounds when too few resamples gave a defined value. */
export interface DisparityInterval {
  readonly low: number | null
  readonly high: number | null
  /** Resamples in which the disparity was defined. */
  readonly defined: number
}

export interface BootstrapOptions {
  readonly resamples: number
  readonly confidence: number
  readonly random: () => number
  readonly reference?: number
  /** Compare with the overall rates (all rows, resampled groups summed with the unresampled excluded ones). */
  readonly toOverall?: boolean
}

/**
 * Stratified bootstrap percentile intervals for every disparity. Each resample draws, within every
 * group g, n_g rows with replacement from that group's rows (group sizes are fixed, as in a stratified
 * design); since a row matters only through its confusion cell, that draw is taken exactly as a
 * multinomial draw of n_g over the group's four cells (tp, fp, fn, tn), by conditional binomials.
 * The interval is the (1 − c)/2 and (1 + c)/2 quantiles (type 7) of the resampled disparities
 * (Efron & Tibshirani 1993, percentile method). Resamples where a disparity is undefined are skipped.
 * @throws {RangeError} if resamples < 1 or confidence is outside (0, 1)
 * @example bootstrapDisparities([{ n: 2, tp: 1, fp: 0, tn: 1, fn: 0 }, { n: 2, tp: 1, fp: 0, tn: 1, fn: 0 }], [true, true], { resamples: 10, confidence: 0.9, random: () => 0.5 }).demographic_parity_difference // => { low: 0, high: 0, defined: 10 }
 */
export function bootstrapDisparities(
  counts: readonly GroupConfusion[],
  included: readonly boolean[],
  options: BootstrapOptions,
): Record<DisparityMetric, DisparityInterval> {
  const { resamples, confidence, random } = options
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`bootstrapDisparities: resamples must be a positive integer, got ${resamples}`)
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`bootstrapDisparities: confidence must be in (0, 1), got ${confidence}`)
  const samples = Object.fromEntries(DISPARITY_METRICS.map((m) => [m, [] as number[]])) as Record<
    DisparityMetric,
    number[]
  >
  for (let b = 0; b < resamples; b++) {
    const resampled = counts.map((c, g) => (included[g] === true ? resampleCells(c, random) : c))
    const rates = resampled.map(groupRates)
    const d = fairnessDisparities(
      rates,
      included,
      options.reference,
      options.toOverall === true ? groupRates(sumConfusion(resampled)) : undefined,
    )
    for (const m of DISPARITY_METRICS) {
      const v = d[m].value
      if (v !== null) samples[m].push(v)
    }
  }
  const alpha = (1 - confidence) / 2
  const out = {} as Record<DisparityMetric, DisparityInterval>
  for (const m of DISPARITY_METRICS) {
    const s = Float64Array.from(samples[m]).sort()
    out[m] =
      s.length < 2
        ? { low: null, high: null, defined: s.length }
        : { low: quantileSorted(s, alpha), high: quantileSorted(s, 1 - alpha), defined: s.length }
  }
  return out
}

function resampleCells(c: GroupConfusion, random: () => number): GroupConfusion {
  let left = c.n
  let mass = c.n
  const draw = (cell: number): number => {
    if (left === 0 || mass === 0) return 0
    const k = sampleBinomial(random, left, Math.min(1, cell / mass))
    left -= k
    mass -= cell
    return k
  }
  const tp = draw(c.tp),
    fp = draw(c.fp),
    fn = draw(c.fn)
  const tn = left
  return { n: c.n, tp, fp, fn, tn }
}
