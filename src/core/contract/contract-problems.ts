import type { AggregateBounds, ColumnContract, Contract } from './contract.js'
import { compileContractPattern } from './compile-contract-pattern.js'
import { contractMessages } from './messages.js'

/** What is wrong with one key of a contract: its path (e.g. `columns.age.max`), the message and the hint. */
export interface ContractProblem {
  readonly path: string
  readonly message: string
  readonly hint: string
}

const COLUMN_NUMBERS = ['min', 'max', 'max_null_fraction', 'min_length', 'max_length'] as const

/**
 * The first key of a contract that cannot be checked honestly: a bound, fraction or count that is NaN or ±Infinity
 * (`max: .nan` made every value pass "max NaN holds"), or a `pattern` RE2 cannot run in linear time. Undefined
 * when there is none. The schema refuses non-finite numbers too; this holds for contracts built in code.
 * @throws never
 * @example
 * contractProblem({ columns: { a: { type: 'float', max: Number.NaN } } })?.path // => 'columns.a.max'
 * @example
 * contractProblem({ columns: { a: { type: 'string', pattern: '^(a+)+$' } } }) // => undefined
 */
export function contractProblem(contract: Contract): ContractProblem | undefined {
  for (const [name, rule] of Object.entries(contract.columns)) {
    for (const key of COLUMN_NUMBERS) {
      const value = rule[key]
      if (value !== undefined && !Number.isFinite(value)) return nonFinite(`columns.${name}.${key}`, value)
    }
    const aggregate = aggregateProblem(name, rule)
    if (aggregate !== undefined) return aggregate
    if (rule.pattern !== undefined) {
      const compiled = compileContractPattern(rule.pattern)
      if (!compiled.ok) {
        const path = `columns.${name}.pattern`
        return {
          path,
          message: contractMessages.unusablePattern(path, rule.pattern, compiled.reason),
          hint: contractMessages.unusablePatternHint(),
        }
      }
    }
  }
  for (const key of ['min', 'max'] as const) {
    const value = contract.rows?.[key]
    if (value !== undefined && !Number.isFinite(value)) return nonFinite(`rows.${key}`, value)
  }
  return undefined
}

/** Numbers of the aggregate rules and `mostly` (bounds, q, shares) that must be finite; min ≤ max. */
function aggregateProblem(name: string, rule: ColumnContract): ContractProblem | undefined {
  const numbers: [string, number | undefined][] = []
  const bounded: [string, AggregateBounds][] = []
  if (rule.mean !== undefined) bounded.push([`columns.${name}.mean`, rule.mean])
  if (rule.stdev !== undefined) bounded.push([`columns.${name}.stdev`, rule.stdev])
  ;(rule.quantiles ?? []).forEach((q, i) => {
    bounded.push([`columns.${name}.quantiles[${i}]`, q])
    numbers.push([`columns.${name}.quantiles[${i}].q`, q.q])
  })
  for (const [path, b] of bounded) numbers.push([`${path}.min`, b.min], [`${path}.max`, b.max])
  if (typeof rule.mostly === 'number') numbers.push([`columns.${name}.mostly`, rule.mostly])
  else for (const [key, v] of Object.entries(rule.mostly ?? {})) numbers.push([`columns.${name}.mostly.${key}`, v])
  for (const [path, value] of numbers) if (value !== undefined && !Number.isFinite(value)) return nonFinite(path, value)
  for (const [path, b] of bounded)
    if (b.min !== undefined && b.max !== undefined && b.min > b.max)
      return { path, message: contractMessages.boundsReversed(path, b.min, b.max), hint: 'swap or fix the bounds' }
  return undefined
}

function nonFinite(path: string, value: number): ContractProblem {
  return { path, message: contractMessages.nonFiniteNumber(path, value), hint: contractMessages.nonFiniteNumberHint() }
}
