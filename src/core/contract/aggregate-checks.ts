import type { Check } from '../gate/check.js'
import { exactValues, type ColumnProfile } from '../profile/column-profile.js'
import { sketchRankErrorBound, sketchWeightedSorted } from '../profile/quantile-sketch.js'
import { isSortedAscending } from '../stats/is-sorted-ascending.js'
import type { AggregateBounds, ColumnContract, Contract } from './contract.js'
import { contractMessages } from './messages.js'
import { brokenStatus } from './row-rule-check.js'
import { ruleSeverity } from './rule-options.js'

/** Whether `value` lies within `bounds` (inclusive, or exclusive where strict_min/strict_max say so). */
function withinBounds(value: number, b: AggregateBounds): boolean {
  if (b.min !== undefined && (value < b.min || (value === b.min && b.strict_min === true))) return false
  if (b.max !== undefined && (value > b.max || (value === b.max && b.strict_max === true))) return false
  return true
}

/** The bounds in the contract's words: `min: 1, max: 2 (strict_max)`. */
function boundsText(b: AggregateBounds): string {
  const parts: string[] = []
  if (b.min !== undefined) parts.push(`min: ${b.min}${b.strict_min === true ? ' (strict_min)' : ''}`)
  if (b.max !== undefined) parts.push(`max: ${b.max}${b.strict_max === true ? ' (strict_max)' : ''}`)
  return parts.join(', ')
}

/** Round half to even, as numpy's `around` (which its `nearest` quantile method uses). */
function roundHalfEven(x: number): number {
  const r = Math.round(x)
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r
}

/**
 * Quantile `q` of a column's numbers as pandas' `Series.quantile(q, interpolation="nearest")` gives it (Great
 * Expectations' pandas quantile metric): the order statistic at rank round(q·(n − 1)), ties to even. Exact from the
 * profile's values; from its sketch past the exact limit, with the sketch's rank error bound ε (the estimate is an
 * exact quantile of some q′ with |q′ − q| ≤ ε).
 * @throws never
 * @example
 * profileQuantile({ numbers: 4, values: [1, 2, 3, 4], sketch: null }, 0.5) // => { value: 3, epsilon: 0 }
 */
export function profileQuantile(
  p: Pick<ColumnProfile, 'numbers' | 'values' | 'sketch'>,
  q: number,
): { value: number; epsilon: number } | undefined {
  const exact = exactValues(p)
  if (exact !== null) {
    const values = isSortedAscending(exact) ? exact : new Float64Array(exact).sort()
    if (values.length === 0) return undefined
    return { value: values[roundHalfEven(q * (values.length - 1))] as number, epsilon: 0 }
  }
  if (p.sketch === null || p.sketch.n === 0) return undefined
  const { values, weights } = sketchWeightedSorted(p.sketch)
  const rank = roundHalfEven(q * (p.sketch.n - 1))
  let cumulative = 0
  for (let i = 0; i < values.length; i++) {
    cumulative += weights[i] as number
    if (cumulative > rank) return { value: values[i] as number, epsilon: sketchRankErrorBound(p.sketch) }
  }
  return { value: values[values.length - 1] as number, epsilon: sketchRankErrorBound(p.sketch) }
}

/** One aggregate check: `value` against `bounds`, or an error when it could not be computed. */
function aggregateCheck(
  id: string,
  column: string,
  what: string,
  rule: ColumnContract,
  key: 'mean' | 'stdev' | 'quantiles',
  bounds: AggregateBounds,
  measured: { value: number; epsilon: number } | undefined,
  unmeasurable: string,
): Check {
  const threshold = {
    ...(bounds.min === undefined ? {} : { min: bounds.min }),
    ...(bounds.max === undefined ? {} : { max: bounds.max }),
    rule: `${what}: ${boundsText(bounds)}`,
  }
  if (measured === undefined || !Number.isFinite(measured.value))
    return { id, status: 'error', observed: null, measure: what, threshold, message: unmeasurable }
  const ok = withinBounds(measured.value, bounds)
  const severity = ruleSeverity(rule, key)
  const approximate = measured.epsilon > 0 ? contractMessages.sketchQuantile(measured.epsilon) : undefined
  const message = contractMessages.aggregate(column, what, measured.value, boundsText(bounds), ok, approximate)
  return {
    id,
    status: ok ? 'pass' : brokenStatus(severity),
    observed: measured.value,
    measure: what,
    threshold,
    message: !ok && severity === 'warning' ? contractMessages.asWarning(message) : message,
    ...(measured.epsilon > 0 || severity === 'warning'
      ? {
          details: {
            ...(measured.epsilon > 0 ? { approximate: true, rankErrorBound: measured.epsilon } : {}),
            ...(severity === 'warning' ? { severity } : {}),
          },
        }
      : {}),
  }
}

/**
 * The contract's aggregate expectations judged on the column profiles of the whole dataset (after any merge):
 * `contract.<column>.mean`, `.stdev` (sample, n − 1) and `.quantile-<q>`, nulls and non-numeric cells ignored.
 * Mean and standard deviation are exact (Welford, merged with Chan et al.); a quantile is exact while the profile
 * keeps every value (≤ EXACT_VALUES_LIMIT) and says its rank error bound when it comes from the sketch. A column
 * without enough numbers (none for a mean or quantile, fewer than two for a standard deviation) gives an `error`.
 * Columns absent from the data are skipped (their `.present` check reports them).
 * @throws never
 * @example
 * contractAggregateChecks({ columns: { a: { type: 'int' } } }, []) // => []
 */
export function contractAggregateChecks(contract: Contract, profiles: readonly ColumnProfile[]): Check[] {
  const checks: Check[] = []
  for (const [name, rule] of Object.entries(contract.columns)) {
    const p = profiles.find((c) => c.name === name)
    if (p === undefined) continue
    if (rule.mean !== undefined) {
      const measured = p.numbers > 0 ? { value: p.mean, epsilon: 0 } : undefined
      const unmeasurable = contractMessages.aggregateUnmeasurable(name, 'mean', p.numbers, 1)
      checks.push(
        aggregateCheck(`contract.${name}.mean`, name, 'mean', rule, 'mean', rule.mean, measured, unmeasurable),
      )
    }
    if (rule.stdev !== undefined) {
      const measured = p.numbers > 1 ? { value: Math.sqrt(p.m2 / (p.numbers - 1)), epsilon: 0 } : undefined
      const unmeasurable = contractMessages.aggregateUnmeasurable(name, 'stdev', p.numbers, 2)
      checks.push(
        aggregateCheck(`contract.${name}.stdev`, name, 'stdev', rule, 'stdev', rule.stdev, measured, unmeasurable),
      )
    }
    for (const bounds of rule.quantiles ?? []) {
      const what = `quantile ${bounds.q}`
      const unmeasurable = contractMessages.aggregateUnmeasurable(name, what, p.numbers, 1)
      const measured = profileQuantile(p, bounds.q)
      const id = `contract.${name}.quantile-${bounds.q}`
      checks.push(aggregateCheck(id, name, what, rule, 'quantiles', bounds, measured, unmeasurable))
    }
  }
  return checks
}

/**
 * The columns whose profiles aggregate rules (mean, stdev, quantiles) read: a contract run without drift profiles
 * only these in full.
 * @throws never
 * @example
 * aggregateRuleColumns({ version: 1, columns: { a: { type: 'float', mean: { min: 0 } }, b: { type: 'int' } } }) // => ['a']
 */
export function aggregateRuleColumns(contract: Contract): string[] {
  return Object.entries(contract.columns)
    .filter(([, rule]) => rule.mean !== undefined || rule.stdev !== undefined || rule.quantiles !== undefined)
    .map(([name]) => name)
}
