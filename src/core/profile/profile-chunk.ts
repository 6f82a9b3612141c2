import { NativeColumnChunk, isNumberCell, type TextColumnChunk } from '../data/column-chunk.js'
import { cellToBoolean } from '../data/cell-value.js'
import { isIsoTimestamp } from '../contract/classify-cell.js'
import {
  CATEGORY_CAP,
  profileAddCategoryCount,
  profileAddNumber,
  profileAddParsed,
  type ColumnProfile,
} from './column-profile.js'

/**
 * Adds one column chunk of text cells (a CSV block) to a profile: the same profile as `profileAddParsed` on each of
 * its cells in row order (the property test holds the two equal), computed with loops over the chunk's typed arrays.
 * Categories are counted per dictionary id and folded in once per chunk while the column stays clear of the cap and
 * once it is past it (hashed); a column that froze (all numbers, CATEGORY_CAP distinct values) needs no text at all
 * but its lengths; the one chunk that reaches the cap goes cell by cell through profileAddParsed with the
 * dictionary's strings, so the cap's order-dependent rules (freeze or hash) apply exactly.
 * @throws never
 */
export function profileAddTextChunk(p: ColumnProfile, c: TextColumnChunk): void {
  if (p.categoriesFrozen) return addFrozen(p, c)
  const { ids, entries, counts, firstRows } = c.dictionary()
  if (p.hashed === null && p.distinct + entries.length >= CATEGORY_CAP) {
    for (let r = 0; r < c.length; r++) {
      const id = ids[r] as number
      const n = c.numbers[r] as number
      // A native number (Parquet, JSON) goes in as the number: a frozen column skips its length, as the row path does.
      profileAddParsed(p, id < 0 ? null : isNumberCell(c, r) ? n : (entries[id] as string), n)
    }
    return
  }
  // Clear of the cap, or past it (hashed: the column has a non-number, so it can no longer freeze): each entry is
  // folded in once, in order of first appearance, which gives the buckets and the coordinated sample of a
  // cell-by-cell pass (the sample's level only rises when a new value arrives).
  const { numbers, missing, length } = c
  let absent = 0
  for (let r = 0; r < length; r++) absent += missing[r] as number
  p.rows += length
  p.missing += absent
  for (let id = 0; id < entries.length; id++) {
    const text = entries[id] as string
    const count = counts[id] as number
    if (p.minLength === null || text.length < p.minLength) p.minLength = text.length
    if (p.maxLength === null || text.length > p.maxLength) p.maxLength = text.length
    profileAddCategoryCount(p, text, count)
    if (!Number.isFinite(numbers[firstRows[id] as number]!)) {
      if (cellToBoolean(text) !== undefined) p.booleans += count
      else if (isIsoTimestamp(text)) p.timestamps += count
    }
  }
  addNumbers(p, numbers, length)
}

// A frozen column: lengths and `otherCount` per present cell, numbers in row order, words only for non-numbers.
function addFrozen(p: ColumnProfile, c: TextColumnChunk): void {
  const { numbers, missing, length } = c
  let minLength = p.minLength ?? Number.POSITIVE_INFINITY
  let maxLength = p.maxLength ?? Number.NEGATIVE_INFINITY
  let present = 0
  let tracked = 0
  const native = c instanceof NativeColumnChunk
  for (let r = 0; r < length; r++) {
    if (missing[r] === 1) continue
    present++
    const n = numbers[r] as number
    if (native && isNumberCell(c, r)) {
      // A native number's length goes untracked in a frozen column (profileAddParsed).
      if (Number.isFinite(n)) profileAddNumber(p, n)
      continue
    }
    tracked++
    const units = c.textLength(r)
    if (units < minLength) minLength = units
    if (units > maxLength) maxLength = units
    if (Number.isFinite(n)) profileAddNumber(p, n)
    else {
      const text = c.text(r)
      if (cellToBoolean(text) !== undefined) p.booleans++
      else if (isIsoTimestamp(text)) p.timestamps++
    }
  }
  p.rows += length
  p.missing += length - present
  p.otherCount += present
  if (tracked > 0) {
    p.minLength = minLength
    p.maxLength = maxLength
  }
}

function addNumbers(p: ColumnProfile, numbers: Float64Array, length: number): void {
  for (let r = 0; r < length; r++) {
    const n = numbers[r] as number
    if (Number.isFinite(n)) profileAddNumber(p, n)
  }
}
