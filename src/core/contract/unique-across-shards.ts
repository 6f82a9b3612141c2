import type { Check } from '../gate/check.js'
import { Hash64Set } from './hash64-set.js'
import { contractMessages } from './messages.js'

/** One shard as mode: merge sees it for uniqueness: where it came from and its `unique` columns' value hashes. */
export interface UniqueShard {
  readonly source: string
  /** Per column: (high, low) hash pairs of its distinct values; null when the shard had too many to carry. */
  readonly uniqueHashes: ReadonlyMap<string, Uint32Array | null> | undefined
}

/**
 * Re-judges the combined `contract.<column>.unique` checks of mode: merge across the shards: a value in two shards
 * is a duplicate as surely as one repeated within a shard. The shards' hash sets are unioned (64-bit hashes, so a
 * false duplicate has probability about n²/2⁶⁵ — 3·10⁻⁶ at ten million values, as in one pass). A shard without the
 * column's hashes (a profile from an older modelgate, or more distinct values than a profile carries) makes the
 * check an `error` that says uniqueness could not be checked: never a pass.
 * @throws never
 * @example
 * checkUniqueAcrossShards([], []) // => []
 */
export function checkUniqueAcrossShards(checks: readonly Check[], shards: readonly UniqueShard[]): Check[] {
  return checks.map((check) => {
    if (!check.id.startsWith('contract.') || !check.id.endsWith('.unique') || check.status === 'error') return check
    return acrossShards(check, check.id.slice('contract.'.length, -'.unique'.length), shards)
  })
}

function acrossShards(check: Check, column: string, shards: readonly UniqueShard[]): Check {
  const union = new Hash64Set()
  let across = 0
  for (const [index, shard] of shards.entries()) {
    const hashes = shard.uniqueHashes?.get(column)
    if (hashes === undefined || hashes === null) {
      return {
        id: check.id,
        status: 'error',
        observed: null,
        threshold: { max: 0, rule: 'unique' },
        message: contractMessages.uniqueAcrossShardsUnknown(column, shards.length, index + 1, shard.source, hashes),
      }
    }
    for (let i = 0; i < hashes.length; i += 2) if (!union.add(hashes[i] as number, hashes[i + 1] as number)) across++
  }
  const within = typeof check.details?.count === 'number' ? check.details.count : 0
  const count = within + across
  if (count === 0)
    return {
      ...check,
      status: 'pass',
      observed: 0,
      message: contractMessages.uniqueAcrossShards(column, shards.length),
    }
  const warning = check.details?.severity === 'warning'
  const message = contractMessages.duplicatesAcrossShards(column, count, across, shards.length)
  return {
    ...check,
    status: warning ? 'warn' : 'fail',
    observed: count,
    message: warning ? contractMessages.asWarning(message) : message,
    details: { ...check.details, count, acrossShards: across, shards: shards.length },
  }
}
