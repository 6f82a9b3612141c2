import { CATEGORY_CAP, profileAddCategoryCount, type ColumnProfile } from './column-profile.js'
import { mergeProfiles } from './merge-profiles.js'

/**
 * The profile one pass gives over the rows of `a` followed by the rows of `b` (two consecutive byte ranges of a file,
 * both profiles finished), or undefined when the category state cannot be rebuilt exactly: then scan sequentially.
 * Counts, ranges, lengths and word counts add; exact values merge sorted; moments use mergeProfiles' parallel update
 * (equal to the one-pass Welford values up to rounding) and so do sketches past EXACT_VALUES_LIMIT (the same rank
 * error bound). Categories follow the cap's order-dependent rules exactly: a frozen `a` stays frozen (every present
 * value of `b` is "other"); otherwise `b`'s complete counts (`bCounts`, or its categories when it never reached
 * the cap) are replayed onto `a` in order of first appearance — exact once `a` is hashed (it can no longer freeze)
 * and while the union stays below CATEGORY_CAP (it cannot freeze or start hashing mid-way).
 * @throws {RangeError} if the profiles are of different columns
 * @example
 * continueProfile(createColumnProfile('a'), createColumnProfile('a'), null)?.rows // => 0
 */
export function continueProfile(
  a: ColumnProfile,
  b: ColumnProfile,
  bCounts: ReadonlyMap<string, number> | null,
): ColumnProfile | undefined {
  const merged = mergeProfiles(a, b)
  // As one pass compares (`n < min`): the first of equal bounds stays (−0 before a later +0, unlike Math.min).
  const min = a.min === null || (b.min !== null && b.min < a.min) ? b.min : a.min
  const max = a.max === null || (b.max !== null && b.max > a.max) ? b.max : a.max
  const numeric = { ...merged, min, max }
  if (a.categoriesFrozen) {
    return {
      ...numeric,
      categories: new Map(a.categories),
      distinct: a.distinct,
      otherCount: a.otherCount + b.rows - b.missing,
      categoriesFrozen: true,
      hashed: null,
      sampled: null,
      sampleLevel: 0,
    }
  }
  const counts = b.hashed === null && !b.categoriesFrozen ? b.categories : bCounts
  if (counts === null) return undefined
  if (a.hashed === null) {
    let fresh = 0
    for (const key of counts.keys()) if (!a.categories.has(key)) fresh++
    if (a.distinct + fresh >= CATEGORY_CAP) return undefined
  }
  const replay: ColumnProfile = {
    ...numeric,
    categories: new Map(a.categories),
    distinct: a.distinct,
    otherCount: a.otherCount,
    categoriesFrozen: false,
    hashed: a.hashed === null ? null : [...a.hashed],
    sampled: a.sampled === null ? null : new Map(a.sampled),
    sampleLevel: a.sampleLevel,
  }
  for (const [key, count] of counts) profileAddCategoryCount(replay, key, count)
  return replay
}
