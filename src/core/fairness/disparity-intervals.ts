import { katzRatioInterval } from '../stats/katz-ratio-interval.js'
import { newcombeDifferenceInterval } from '../stats/newcombe-difference-interval.js'
import { DISPARITY_METRICS, type DisparityMetric } from './fairness-disparities.js'
import type { GroupConfusion } from './group-confusion.js'

/** A confidence interval for one disparity; `null` bounds where no comparison of the disparity is defined. */
export interface DisparityInterval {
  readonly low: number | null
  readonly high: number | null
}

type Rate = 'selectionRate' | 'tpr' | 'fpr' | 'precision' | 'accuracy'
/** Numerator and denominator of each rate from the confusion cells. */
const CELLS: Readonly<Record<Rate, (c: GroupConfusion) => readonly [number, number]>> = {
  selectionRate: (c) => [c.tp + c.fp, c.n],
  tpr: (c) => [c.tp, c.tp + c.fn],
  fpr: (c) => [c.fp, c.fp + c.tn],
  precision: (c) => [c.tp, c.tp + c.fp],
  accuracy: (c) => [c.tp + c.tn, c.n],
}

/** The rates each disparity is built from (equalized odds: the worse of TPR and FPR). */
export const DISPARITY_RATES: Readonly<Record<DisparityMetric, readonly Rate[]>> = {
  demographic_parity_difference: ['selectionRate'],
  demographic_parity_ratio: ['selectionRate'],
  equalized_odds_difference: ['tpr', 'fpr'],
  equalized_odds_ratio: ['tpr', 'fpr'],
  equal_opportunity_difference: ['tpr'],
  disparate_impact_ratio: ['selectionRate'],
  predictive_parity_difference: ['precision'],
  accuracy_parity_difference: ['accuracy'],
  average_odds_difference: ['tpr', 'fpr'],
  disparate_impact_two_sided: ['selectionRate'],
}

export interface IntervalOptions {
  /** Critical value of each comparison's two-sided interval (already adjusted for the number of comparisons). */
  readonly z: number
  readonly reference?: number
  /** Compare every included group with the rates of all rows (fairlearn `to_overall`). */
  readonly toOverall?: boolean
}

interface Comparison {
  /** The groups compared: a against b (b = −1: all rows). */
  readonly key: string
  /** m_a − m_b, already mapped for to_overall. */
  readonly point: number
  /** Interval of m_a − m_b (difference) or m_a / m_b (ratio), already mapped for to_overall. */
  readonly difference: readonly [number, number]
  readonly ratio: readonly [number, number]
}

const none: DisparityInterval = { low: null, high: null }
const symmetric = (r: number): number => Math.min(r, 1 / r)

/**
 * Confidence intervals for every disparity, from score intervals of the pairwise comparisons it is built from:
 * Newcombe's hybrid score interval for each difference of two rates, Katz's log interval (0.5 added) for each
 * ratio, all at the critical value `z`. A disparity is an extreme over comparisons (max |m_a − m_b|, min of
 * ratios), so its interval is the same extreme of the comparison intervals' bounds: when the comparison intervals
 * hold simultaneously (z adjusted by Bonferroni over all of them), the disparity's interval holds too, and its
 * lower bound reaches 0 (or a ratio's upper bound 1) whenever parity is compatible with the data — unlike a
 * percentile bootstrap of |difference|, which never covers 0. With `toOverall`, group g is compared with the other
 * rows (independent samples) and the interval mapped onto m_g − m_all = (1 − w)(m_g − m_rest) and
 * m_g / m_all = ρ / (wρ + 1 − w), ρ = m_g / m_rest, w = g's share of the rate's denominator (monotone maps).
 * @see Newcombe (1998), Statistics in Medicine 17:873–890; Katz et al. (1978), Biometrics 34:469–474
 * @example disparityIntervals([{ n: 100, tp: 20, fp: 10, tn: 50, fn: 20 }, { n: 100, tp: 25, fp: 10, tn: 45, fn: 20 }], [true, true], { z: 1.96 }).demographic_parity_difference.low // => 0
 */
export function disparityIntervals(
  counts: readonly GroupConfusion[],
  included: readonly boolean[],
  options: IntervalOptions,
): Record<DisparityMetric, DisparityInterval> {
  const perRate = {} as Record<Rate, Comparison[]>
  for (const rate of Object.keys(CELLS) as Rate[]) perRate[rate] = comparisons(counts, included, rate, options)
  const out = {} as Record<DisparityMetric, DisparityInterval>
  for (const m of DISPARITY_METRICS) {
    if (m === 'average_odds_difference') {
      out[m] = differenceInterval(averageOddsComparisons(perRate.tpr, perRate.fpr))
      continue
    }
    if (m === 'disparate_impact_two_sided') {
      const directed = options.reference !== undefined || options.toOverall === true
      out[m] = twoSidedRatioInterval(perRate.selectionRate, directed)
      continue
    }
    const parts = DISPARITY_RATES[m].map((rate) =>
      m.endsWith('_difference')
        ? differenceInterval(perRate[rate])
        : ratioInterval(perRate[rate], m === 'disparate_impact_ratio' && options.reference !== undefined),
    )
    if (parts.some((p) => p.low === null)) out[m] = none
    else {
      const pick = m.endsWith('_difference') ? Math.max : Math.min
      out[m] = { low: pick(...parts.map((p) => p.low!)), high: pick(...parts.map((p) => p.high!)) }
    }
  }
  return out
}

function comparisons(
  counts: readonly GroupConfusion[],
  included: readonly boolean[],
  rate: Rate,
  { z, reference, toOverall }: IntervalOptions,
): Comparison[] {
  const cells = counts.map(CELLS[rate])
  const groups = cells.map((_, g) => g).filter((g) => included[g] === true && cells[g]![1] > 0)
  const pair = (a: number, b: number): Comparison => {
    const [x1, n1] = cells[a]!,
      [x2, n2] = cells[b]!
    return {
      key: `${a}:${b}`,
      point: x1 / n1 - x2 / n2,
      difference: newcombeDifferenceInterval(x1, n1, x2, n2, z),
      ratio: katzRatioInterval(x1, n1, x2, n2, z),
    }
  }
  const out: Comparison[] = []
  if (reference !== undefined) {
    if (!(cells[reference]![1] > 0)) return []
    for (const g of groups) if (g !== reference) out.push(pair(g, reference))
  } else if (toOverall === true) {
    const x = cells.reduce((s, c) => s + c[0], 0),
      n = cells.reduce((s, c) => s + c[1], 0)
    for (const g of groups) {
      const [xg, ng] = cells[g]!
      if (n - ng === 0) {
        out.push({ key: `${g}:-1`, point: 0, difference: [0, 0], ratio: [1, 1] }) // the group is all rows
        continue
      }
      const w = ng / n
      const [dl, du] = newcombeDifferenceInterval(xg, ng, x - xg, n - ng, z)
      const [rl, ru] = katzRatioInterval(xg, ng, x - xg, n - ng, z)
      const f = (r: number): number => r / (w * r + 1 - w)
      const point = (1 - w) * (xg / ng - (x - xg) / (n - ng))
      out.push({ key: `${g}:-1`, point, difference: [(1 - w) * dl, (1 - w) * du], ratio: [f(rl), f(ru)] })
    }
  } else {
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) out.push(pair(groups[i]!, groups[j]!))
  }
  return out
}

/**
 * Per pair of groups with both rates, the interval of ½(d_TPR + d_FPR) (the average odds difference): the two
 * differences are of disjoint samples (actual positives, actual negatives), so their sum's interval is MOVER's
 * (Zou & Donner 2008) from the Newcombe intervals: d ∓ √((d₁ − l₁)² + (d₂ − l₂)²) / √((u₁ − d₁)² + (u₂ − d₂)²).
 */
function averageOddsComparisons(tpr: readonly Comparison[], fpr: readonly Comparison[]): Comparison[] {
  const out: Comparison[] = []
  for (const t of tpr) {
    const f = fpr.find((c) => c.key === t.key)
    if (f === undefined) continue
    const d = t.point + f.point
    const lower = d - Math.hypot(t.point - t.difference[0], f.point - f.difference[0])
    const upper = d + Math.hypot(t.difference[1] - t.point, f.difference[1] - f.point)
    out.push({ key: t.key, point: d / 2, difference: [lower / 2, upper / 2], ratio: [1, 1] })
  }
  return out
}

/**
 * Interval of max over comparisons of |ρ − 1| (`directed`: ρ = m_g / m_reference) or of max(|ρ − 1|, |1/ρ − 1|)
 * (between groups, direction unknown), from the Katz intervals [a, b] of ρ; both are monotone away from ρ = 1.
 */
function twoSidedRatioInterval(cs: readonly Comparison[], directed: boolean): DisparityInterval {
  if (cs.length === 0) return none
  let low = 0,
    high = 0
  for (const {
    ratio: [a, b],
  } of cs) {
    const lo = a > 1 ? a - 1 : b < 1 ? (directed ? 1 - b : 1 / b - 1) : 0
    const hi = directed ? Math.max(Math.abs(a - 1), Math.abs(b - 1)) : Math.max(b - 1, 1 / a - 1)
    low = Math.max(low, lo)
    high = Math.max(high, hi)
  }
  return { low, high }
}

/** Interval of max |d| over comparisons from intervals of the signed differences d. */
function differenceInterval(cs: readonly Comparison[]): DisparityInterval {
  if (cs.length === 0) return none
  let low = 0,
    high = 0
  for (const {
    difference: [l, u],
  } of cs) {
    low = Math.max(low, l > 0 ? l : u < 0 ? -u : 0)
    high = Math.max(high, Math.abs(l), Math.abs(u))
  }
  return { low, high }
}

/** Interval of min over comparisons of min(ρ, 1/ρ) (or of ρ itself, for the disparate impact ratio to a reference). */
function ratioInterval(cs: readonly Comparison[], oneSided: boolean): DisparityInterval {
  if (cs.length === 0) return none
  let low = Infinity,
    high = Infinity
  for (const {
    ratio: [a, b],
  } of cs) {
    const lo = oneSided ? a : Math.min(symmetric(a), symmetric(b))
    const hi = oneSided ? b : a <= 1 && b >= 1 ? 1 : Math.max(symmetric(a), symmetric(b))
    low = Math.min(low, lo)
    high = Math.min(high, hi)
  }
  return { low, high }
}

/**
 * How many comparison intervals the enabled checks of one grouping rest on (the Bonferroni family's share of
 * this grouping): pairs of judged groups (k(k − 1)/2 between groups, k − 1 against a reference, k against all
 * rows) times the rates each enabled disparity uses.
 * @example comparisonCount(3, 'between', ['demographic_parity_difference', 'equalized_odds_difference']) // => 9
 */
export function comparisonCount(
  judged: number,
  mode: 'between' | 'reference' | 'overall',
  metrics: readonly DisparityMetric[],
): number {
  if (judged < 2) return 0
  const pairs = mode === 'between' ? (judged * (judged - 1)) / 2 : mode === 'reference' ? judged - 1 : judged
  return metrics.reduce((s, m) => s + pairs * DISPARITY_RATES[m].length, 0)
}
