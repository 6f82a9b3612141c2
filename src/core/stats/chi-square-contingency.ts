import { chiSquareSurvival } from './chi-square-survival.js'
import { statsMessages } from './messages.js'

export interface ChiSquareContingencyResult {
  readonly statistic: number
  readonly pValue: number
  readonly dof: number
  /** Cramér's V = sqrt(χ² / (N·(min(r, c) − 1))) of the uncorrected statistic: the effect size, in [0, 1]. */
  readonly cramersV: number
}

/**
 * Pearson's chi-square test of independence on an r×c contingency table, equal to
 * scipy.stats.chi2_contingency(table) with its defaults: expected = rowSum·colSum/N, dof = (r−1)(c−1), and
 * Yates' continuity correction when dof = 1 (each |observed − expected| reduced by min(0.5, |diff|)).
 * dof = 0 gives statistic 0 and p-value 1, as scipy. Cramér's V is reported beside it as the effect size.
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.chi2_contingency.html
 * @throws {RangeError} if the table is empty or ragged, holds a negative count, or has a zero expected frequency
 * @example
 * chiSquareContingency([[10, 20], [20, 10]]).statistic // => 5.4
 */
export function chiSquareContingency(
  table: readonly (readonly number[])[],
  options: { correction?: boolean } = {},
): ChiSquareContingencyResult {
  const r = table.length
  const c = table[0]?.length ?? 0
  if (r === 0 || c === 0 || table.some((row) => row.length !== c))
    throw new RangeError(statsMessages.tableShape('chiSquareContingency'))
  const rowSums = new Float64Array(r)
  const colSums = new Float64Array(c)
  let total = 0
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const v = (table[i] as readonly number[])[j] as number
      if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(statsMessages.negativeCount('chiSquareContingency'))
      rowSums[i] = (rowSums[i] as number) + v
      colSums[j] = (colSums[j] as number) + v
      total += v
    }
  }
  if (rowSums.some((s) => s === 0) || colSums.some((s) => s === 0))
    throw new RangeError(statsMessages.zeroExpected('chiSquareContingency'))
  const dof = r * c - r - c + 1
  if (dof === 0) return { statistic: 0, pValue: 1, dof: 0, cramersV: 0 }
  const correct = (options.correction ?? true) && dof === 1
  let statistic = 0
  let plain = 0
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const observed = (table[i] as readonly number[])[j] as number
      const expected = ((rowSums[i] as number) * (colSums[j] as number)) / total
      const diff = expected - observed
      plain += (diff * diff) / expected
      const adjusted = correct ? observed + Math.sign(diff) * Math.min(0.5, Math.abs(diff)) : observed
      statistic += ((adjusted - expected) * (adjusted - expected)) / expected
    }
  }
  const k = Math.min(r, c) - 1
  return {
    statistic,
    pValue: chiSquareSurvival(statistic, dof),
    dof,
    cramersV: k > 0 ? Math.sqrt(plain / (total * k)) : 0,
  }
}
