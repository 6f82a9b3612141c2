import type { Check, SourceLocation } from '../gate/check.js'
import { worst } from '../gate/status.js'
import type { Severity } from './contract.js'
import { brokenStatus, mostlyCheck } from './row-rule-check.js'

/**
 * Combines the contract checks of several shards (mode: merge) into the checks one pass over all rows gives:
 * counts add (`contract.rows` observed, every rule's `details.count`), null fractions are recomputed from the
 * summed counts and rows, row bounds are re-applied, example locations are kept up to `maxExamples`.
 * Checks that are not count-based keep the worst status.
 * @throws never
 * @example
 * combineShardChecks([[], []]) // => []
 */
export function combineShardChecks(shards: readonly (readonly Check[])[], maxExamples = 5): Check[] {
  const order: string[] = []
  const byId = new Map<string, Check[]>()
  for (const shard of shards) {
    for (const check of shard) {
      if (!byId.has(check.id)) {
        byId.set(check.id, [])
        order.push(check.id)
      }
      byId.get(check.id)?.push(check)
    }
  }
  const totalRows = (byId.get('contract.rows') ?? []).reduce(
    (sum, c) => sum + (typeof c.observed === 'number' ? c.observed : 0),
    0,
  )
  return order.map((id) => combineGroup(id, byId.get(id) as Check[], totalRows, maxExamples))
}

/** One check combined over the shards that reported it. */
function combineGroup(id: string, group: readonly Check[], totalRows: number, maxExamples: number): Check {
  const first = group[0] as Check
  if (id === 'contract.rows') return combineRows(first, group.length, totalRows)
  const count = group.map(shardCount).reduce((a, b) => a + b, 0)
  if (id.endsWith('.nulls')) return combineNulls(id, group, count, totalRows)
  if (typeof first.details?.mostly === 'number') return combineMostly(id, group, totalRows, maxExamples)
  const status = group.map((c) => c.status).reduce(worst)
  if (typeof first.observed === 'number' && first.threshold?.max === 0) {
    const locations: SourceLocation[] = group.flatMap((c) => c.locations ?? []).slice(0, maxExamples)
    const failing = group.find((c) => c.status !== 'pass')
    return {
      ...(failing ?? first),
      status: count > 0 ? (failing?.status ?? 'fail') : status,
      observed: count,
      ...(count > 0
        ? { locations, details: { count, fraction: totalRows > 0 ? count / totalRows : 0, shards: group.length } }
        : {}),
    }
  }
  return { ...first, status }
}

/** `contract.rows` over all shards: the summed rows against the contract's bounds (none at all is an error). */
function combineRows(first: Check, shards: number, totalRows: number): Check {
  const t = first.threshold ?? {}
  const bad =
    totalRows === 0 || (t.min !== undefined && totalRows < t.min) || (t.max !== undefined && totalRows > t.max)
  return {
    ...first,
    status: totalRows === 0 ? 'error' : bad ? 'fail' : 'pass',
    observed: totalRows,
    message: `${totalRows} row(s) over ${shards} shard(s); the contract allows ${t.min ?? 0} … ${t.max ?? '∞'}`,
  }
}

/** A shard's count of offending rows: `details.count`, else the observed number of a check that did not pass. */
function shardCount(c: Check): number {
  if (typeof c.details?.count === 'number') return c.details.count
  return typeof c.observed === 'number' && c.status !== 'pass' ? c.observed : 0
}

/** A `.nulls` check over all shards: the fraction recomputed from the summed missing values and rows. */
function combineNulls(id: string, group: readonly Check[], count: number, totalRows: number): Check {
  const first = group[0] as Check
  const fraction = totalRows > 0 ? count / totalRows : 0
  const max = first.threshold?.max ?? 0
  const failing = group.find((c) => c.status !== 'pass')
  return {
    ...first,
    status: fraction > max ? (failing?.status ?? brokenStatus(severityOf(first))) : 'pass',
    observed: fraction,
    message: `${id.slice('contract.'.length, -'.nulls'.length)}: ${count} missing value(s) over ${group.length} shard(s) (fraction ${fraction.toPrecision(3)}, max ${max})`,
    details: { count, fraction, ...(severityOf(first) === 'warning' ? { severity: 'warning' } : {}) },
  }
}

/** The severity a shard's check carries in `details.severity` (error when absent). */
function severityOf(c: Check): Severity {
  return c.details?.severity === 'warning' ? 'warning' : 'error'
}

/**
 * A row-level rule with `mostly` over all shards: the violating and the considered (non-null) cells summed, then
 * judged by the same {@link mostlyCheck} one scan uses.
 */
function combineMostly(id: string, group: readonly Check[], totalRows: number, maxExamples: number): Check {
  const first = group[0] as Check
  const sum = (key: string): number =>
    group.reduce((total, c) => total + (typeof c.details?.[key] === 'number' ? c.details[key] : 0), 0)
  const details = first.details ?? {}
  return mostlyCheck({
    id,
    column: typeof details.column === 'string' ? details.column : id,
    rule: typeof details.rule === 'string' ? details.rule : (first.threshold?.rule ?? ''),
    count: sum('count'),
    considered: sum('considered'),
    rows: totalRows,
    mostly: details.mostly as number,
    severity: severityOf(first),
    examples: group.flatMap((c) => c.examples ?? []).slice(0, maxExamples),
    locations: group.flatMap((c) => c.locations ?? []).slice(0, maxExamples),
  })
}
