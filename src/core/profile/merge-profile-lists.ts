import type { ColumnProfile } from './column-profile.js'
import { mergeProfiles } from './merge-profiles.js'

/**
 * Merges the column profiles of several shards (mode: merge): profiles of the same column name merge with
 * mergeProfiles, in shard order; columns keep the order in which they first appear. A column that only some
 * shards have is the merge of those shards' profiles.
 * @throws never
 * @example
 * mergeProfileLists([[createColumnProfile('a')], [createColumnProfile('a'), createColumnProfile('b')]]).map((p) => p.name) // => ['a', 'b']
 */
export function mergeProfileLists(lists: readonly (readonly ColumnProfile[])[]): ColumnProfile[] {
  const merged = new Map<string, ColumnProfile>()
  for (const list of lists)
    for (const p of list) {
      const seen = merged.get(p.name)
      merged.set(p.name, seen === undefined ? p : mergeProfiles(seen, p))
    }
  return [...merged.values()]
}
