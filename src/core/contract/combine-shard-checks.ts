import type { Check, SourceLocation } from '../gate/check.js'
import { worst } from '../gate/status.js'

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
  return order.map((id) => {
    const group = byId.get(id) as Check[]
    const first = group[0] as Check
    const status = group.map((c) => c.status).reduce(worst)
    if (id === 'contract.rows') {
      const t = first.threshold ?? {}
      const bad =
        totalRows === 0 || (t.min !== undefined && totalRows < t.min) || (t.max !== undefined && totalRows > t.max)
      return {
        ...first,
        status: totalRows === 0 ? 'error' : bad ? 'fail' : 'pass',
        observed: totalRows,
        message: `${totalRows} row(s) over ${group.length} shard(s); the contract allows ${t.min ?? 0} … ${t.max ?? '∞'}`,
      }
    }
    const counts = group.map((c) =>
      typeof c.details?.count === 'number'
        ? c.details.count
        : typeof c.observed === 'number' && c.status !== 'pass'
          ? c.observed
          : 0,
    )
    const count = counts.reduce((a, b) => a + b, 0)
    const locations: SourceLocation[] = group.flatMap((c) => c.locations ?? []).slice(0, maxExamples)
    if (id.endsWith('.nulls')) {
      const fraction = totalRows > 0 ? count / totalRows : 0
      const max = first.threshold?.max ?? 0
      const failing = group.find((c) => c.status !== 'pass')
      return {
        ...first,
        status: fraction > max ? (failing?.status ?? 'fail') : 'pass',
        observed: fraction,
        message: `${id.slice('contract.'.length, -'.nulls'.length)}: ${count} missing value(s) over ${group.length} shard(s) (fraction ${fraction.toPrecision(3)}, max ${max})`,
        details: { count, fraction },
      }
    }
    if (typeof first.observed === 'number' && first.threshold?.max === 0) {
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
  })
}
