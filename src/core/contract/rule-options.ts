import type { ColumnContract, MostlyRule, Severity, SeverityRule } from './contract.js'

/**
 * The `mostly` of one row-level rule of a column: the per-rule value, else the column's single value, else
 * undefined (every non-null cell must satisfy the rule).
 * @throws never
 * @example
 * ruleMostly({ type: 'int', mostly: { max: 0.9 } }, 'max') // => 0.9
 * @example
 * ruleMostly({ type: 'int', mostly: 0.95 }, 'min') // => 0.95
 */
export function ruleMostly(rule: ColumnContract, key: MostlyRule): number | undefined {
  const { mostly } = rule
  return typeof mostly === 'number' ? mostly : mostly?.[key]
}

/**
 * The severity of one rule of a column: the per-rule value, else the column's single value, else `error`.
 * @throws never
 * @example
 * ruleSeverity({ type: 'int', severity: { max: 'warning' } }, 'max') // => 'warning'
 * @example
 * ruleSeverity({ type: 'int', severity: { max: 'warning' } }, 'min') // => 'error'
 */
export function ruleSeverity(rule: ColumnContract, key: SeverityRule): Severity {
  const { severity } = rule
  return (typeof severity === 'string' ? severity : severity?.[key]) ?? 'error'
}
