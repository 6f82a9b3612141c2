import { percentileInterval } from './percentile-interval.js'

export interface PairedBootstrapOptions {
  /** Number of resamples (≥ 100 for a usable interval). */
  readonly resamples: number
  /** Seeded uniform source in [0, 1) (seededRandom), so the interval is reproducible. */
  readonly random: () => number
  /** Interval level, e.g. 0.95. */
  readonly confidence: number
  /**
   * `multinomial` (default): the exact case-resampling bootstrap, n indices drawn with replacement.
   * `poisson`: independent Poisson(1) multiplicities per row (Hanley & MacGibbon 2006; Chamandy et al. 2012),
   * a sequential pass without random memory access that approximates the multinomial closely for large n.
   */
  readonly scheme?: 'multinomial' | 'poisson'
}

/** Cumulative Poisson(1) probabilities P(X ≤ k), k = 0…11 (the rest has probability < 1e-9). */
const POISSON1_CDF: readonly number[] = (() => {
  const out: number[] = []
  let term = Math.exp(-1)
  let sum = 0
  for (let k = 0; k < 12; k++) {
    sum += term
    out.push(sum)
    term /= k + 1
  }
  return out
})()

/** P(X ≤ k) thresholds as a typed array, for the inverse-CDF draw k(u) = #{m ≤ 10 : u ≥ POISSON1_CDF[m]}. */
const CDF = Float64Array.from(POISSON1_CDF.slice(0, 11))

/** The Poisson(1) draw of a uniform u: the count of CDF thresholds at or below u (at most 11). */
function poissonOfUniform(u: number): number {
  let k = 0
  while (k < 11 && u >= (CDF[k] as number)) k++
  return k
}

/**
 * k(u) for u in [j/1024, (j+1)/1024) when it is the same for the whole slot, else −1 (a CDF threshold falls
 * inside: 11 of the 1024 slots). The table gives the same k as poissonOfUniform for every u, without the
 * unpredictable branches of the search in 99% of draws.
 */
const TABLE_BITS = 10
const POISSON_TABLE: Int8Array = (() => {
  const size = 1 << TABLE_BITS
  const table = new Int8Array(size)
  for (let j = 0; j < size; j++) {
    const a = j / size
    const b = (j + 1) / size
    let inside = false
    for (const c of CDF) if (c > a && c < b) inside = true
    table[j] = inside ? -1 : poissonOfUniform(a)
  }
  return table
})()

export interface BootstrapDistribution {
  /** Ascending bootstrap differences that could be computed (a resample can make a metric undefined). */
  readonly sorted: Float64Array
  readonly lower: number
  readonly upper: number
  /** Share of resamples with difference > 0. */
  readonly shareAboveZero: number
  /** Share of resamples with difference < 0. */
  readonly shareBelowZero: number
  /** Resamples where this statistic was undefined (the statistic returned NaN). */
  readonly undefinedCount: number
}

/**
 * Paired (case-resampling) bootstrap of k statistics over the same n rows: each resample draws n row
 * indices with replacement, turns them into multiplicities w (a multinomial(n, 1/n) vector, O(n) per resample
 * over a typed array; or Poisson(1) per row with `scheme: 'poisson'`), and calls `statistic(w)`, which returns the k differences (candidate − champion) with
 * both models evaluated on the same resampled rows. NaN marks a difference undefined on that resample.
 * Returns, per statistic, the sorted distribution and its percentile interval.
 * @see Efron & Tibshirani (1993) ch. 6; Bouthillier et al. (2021) on paired comparisons of models
 * @throws {RangeError} if n < 1, resamples < 1 or a statistic is undefined on every resample
 * @example
 * pairedBootstrap(4, (w) => [w[0]! - 1], { resamples: 3, random: () => 0.5, confidence: 0.9 })[0]!.sorted.length // => 3
 */
export function pairedBootstrap(
  n: number,
  statistic: (weights: Float64Array) => readonly number[],
  options: PairedBootstrapOptions,
): BootstrapDistribution[] {
  if (!(n >= 1) || !Number.isInteger(n)) throw new RangeError(`pairedBootstrap: n must be a positive integer, got ${n}`)
  const { resamples, random, confidence } = options
  if (!(resamples >= 1) || !Number.isInteger(resamples)) {
    throw new RangeError(`pairedBootstrap: resamples must be a positive integer, got ${resamples}`)
  }
  const weights = new Float64Array(n)
  let columns: Float64Array[] = []
  for (let r = 0; r < resamples; r++) {
    if (options.scheme === 'poisson') {
      for (let j = 0; j < n; j++) {
        const u = random()
        const k = POISSON_TABLE[(u * 1024) | 0] as number
        weights[j] = k >= 0 ? k : poissonOfUniform(u)
      }
    } else {
      weights.fill(0)
      for (let j = 0; j < n; j++) {
        const index = Math.floor(random() * n)
        weights[index] = (weights[index] as number) + 1
      }
    }
    const values = statistic(weights)
    if (r === 0) columns = values.map(() => new Float64Array(resamples))
    for (let k = 0; k < columns.length; k++) (columns[k] as Float64Array)[r] = values[k] ?? Number.NaN
  }
  return columns.map((column, k) => {
    const finite = column.filter((v) => !Number.isNaN(v)).sort()
    if (finite.length === 0) throw new RangeError(`pairedBootstrap: statistic ${k} is undefined on every resample`)
    let above = 0
    let below = 0
    for (const v of finite) {
      if (v > 0) above++
      else if (v < 0) below++
    }
    const [lower, upper] = percentileInterval(finite, confidence)
    return {
      sorted: finite,
      lower,
      upper,
      shareAboveZero: above / finite.length,
      shareBelowZero: below / finite.length,
      undefinedCount: resamples - finite.length,
    }
  })
}
