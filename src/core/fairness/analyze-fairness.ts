import { normalQuantile } from '../stats/normal-quantile.js'
import { comparisonCount, disparityIntervals, type DisparityInterval } from './disparity-intervals.js'
import { sumConfusion } from './sum-confusion.js'
import { encodeGroups, type SensitiveColumn } from './encode-groups.js'
import {
  DISPARITY_METRICS,
  fairnessDisparities,
  type Disparities,
  type DisparityMetric,
} from './fairness-disparities.js'
import type { FairnessPolicy } from './fairness-policy.js'
import { groupConfusion, type GroupConfusion } from './group-confusion.js'
import { groupRates, type GroupRates } from './group-rates.js'

export interface GroupResult {
  readonly key: string
  readonly counts: GroupConfusion
  readonly rates: GroupRates
  /** false when the group is below min-group-size (listed, not judged). */
  readonly included: boolean
}

export interface GroupingResult {
  readonly name: string
  readonly columns: readonly string[]
  readonly groups: readonly GroupResult[]
  /** Index of the reference group, when one was given for this (single-column) grouping and it can be judged. */
  readonly reference: number | undefined
  /** The reference value asked for but absent or too small (reported; disparities fall back to between groups). */
  readonly referenceProblem?: { readonly group: string; readonly n: number }
  readonly disparities: Disparities
  /**
   * Simultaneous confidence intervals (at the policy's confidence over all `comparisons` of the analysis);
   * undefined when fewer than two groups are judged.
   */
  readonly intervals: Readonly<Record<DisparityMetric, DisparityInterval>> | undefined
  /** The Bonferroni family: comparison intervals behind the enabled checks of all groupings together. */
  readonly comparisons: number
}

export interface FairnessInput {
  readonly yTrue: Uint8Array
  readonly yPred: Uint8Array
  readonly sensitive: readonly SensitiveColumn[]
  /** Rows each entry stands for (a fold's distinct rows, `predictionFold`); 1 each when absent. */
  readonly weights?: Float64Array
}

/**
 * Fairlearn's three layers over every grouping: disaggregate rows by group (each sensitive column, and
 * their intersection when the policy asks), compute the per-group rates, aggregate them into disparities
 * over the groups with at least `minGroupSize` rows, and give every disparity a confidence interval
 * (`disparityIntervals`) that holds simultaneously with the policy's confidence over every comparison behind an
 * enabled check in every grouping (Bonferroni: each comparison at 1 − (1 − confidence)/m).
 * @throws {RangeError} if the arrays differ in length
 * @example analyzeFairness({ yTrue: Uint8Array.of(1, 0), yPred: Uint8Array.of(1, 1), sensitive: [{ name: 'g', values: ['a', 'b'] }] }, DEFAULT_FAIRNESS_POLICY)[0]!.groups[0]!.rates.tpr // => 1
 */
export function analyzeFairness(input: FairnessInput, policy: FairnessPolicy): GroupingResult[] {
  const groupings = encodeGroups(input.sensitive, policy.intersectional)
  const enabled = DISPARITY_METRICS.filter((m) => policy.thresholds[m] !== null)
  const partial = groupings.map((grouping) => {
    const counts = groupConfusion(grouping.codes, input.yTrue, input.yPred, grouping.keys.length, input.weights)
    const groups: GroupResult[] = counts.map((c, g) => ({
      key: grouping.keys[g]!,
      counts: c,
      rates: groupRates(c),
      included: c.n >= policy.minGroupSize,
    }))
    const included = groups.map((g) => g.included)
    let reference: number | undefined
    let referenceProblem: { group: string; n: number } | undefined
    if (grouping.columns.length === 1) {
      const column = grouping.columns[0]!
      const wanted = policy.referenceGroups[column]
      if (wanted !== undefined) {
        const g = grouping.values.findIndex((v) => v[0] === wanted)
        if (g >= 0 && included[g] === true) reference = g
        else referenceProblem = { group: `${column}=${wanted}`, n: g >= 0 ? counts[g]!.n : 0 }
      }
    }
    const toOverall = policy.method === 'to_overall' && reference === undefined
    const judged = included.filter(Boolean).length
    const mode = reference !== undefined ? 'reference' : toOverall ? 'overall' : 'between'
    return { grouping, counts, groups, included, reference, referenceProblem, toOverall, judged, mode } as const
  })
  const comparisons = partial.reduce((s, p) => s + comparisonCount(p.judged, p.mode, enabled), 0)
  const z = normalQuantile(1 - (1 - policy.confidence) / (2 * Math.max(1, comparisons)))
  return partial.map(({ grouping, counts, groups, included, reference, referenceProblem, toOverall, judged }) => {
    const overall = toOverall ? groupRates(sumConfusion(counts)) : undefined
    const disparities = fairnessDisparities(
      groups.map((g) => g.rates),
      included,
      reference,
      overall,
    )
    const intervals =
      judged >= 2
        ? disparityIntervals(counts, included, { z, toOverall, ...(reference === undefined ? {} : { reference }) })
        : undefined
    return {
      name: grouping.name,
      columns: grouping.columns,
      groups,
      reference,
      ...(referenceProblem === undefined ? {} : { referenceProblem }),
      disparities,
      intervals,
      comparisons,
    }
  })
}
