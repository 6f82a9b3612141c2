import { poissonOneOfUniform } from './poisson-one-of-uniform.js'
import { summarizeBootstrap, type BootstrapDistribution } from './summarize-bootstrap.js'

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

export type { BootstrapDistribution } from './summarize-bootstrap.js'

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
      for (let j = 0; j < n; j++) weights[j] = poissonOneOfUniform(random())
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
  return columns.map((column, k) => summarizeBootstrap(column, confidence, `pairedBootstrap: statistic ${k}`))
}
