import { percentileInterval } from './percentile-interval.js'

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
 * The distribution of one bootstrap statistic from its value on each resample (NaN = undefined on that
 * resample): the defined values sorted ascending, their percentile interval at `confidence`, the shares above
 * and below 0 and the count of undefined resamples.
 * @throws {RangeError} if the statistic is undefined on every resample (`label` names it in the message)
 * @example
 * summarizeBootstrap(Float64Array.of(0.2, Number.NaN, -0.1, 0.3), 0.9, 'pairedBootstrap: statistic 0').undefinedCount // => 1
 */
export function summarizeBootstrap(values: Float64Array, confidence: number, label: string): BootstrapDistribution {
  const finite = values.filter((v) => !Number.isNaN(v)).sort()
  if (finite.length === 0) throw new RangeError(`${label} is undefined on every resample`)
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
    undefinedCount: values.length - finite.length,
  }
}
