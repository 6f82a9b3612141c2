import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  createColumnProfile,
  exactValues,
  profileAdd,
  SAMPLE_CAP,
  type ColumnProfile,
} from '../../../../src/core/profile/column-profile.js'
import { mergeProfiles } from '../../../../src/core/profile/merge-profiles.js'
import { mergeProfileLists } from '../../../../src/core/profile/merge-profile-lists.js'
import {
  createQuantileSketch,
  sketchAdd,
  sketchMerge,
  sketchRankErrorBound,
  sketchWeightedSorted,
} from '../../../../src/core/profile/quantile-sketch.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'
import type { CellValue } from '../../../../src/core/data/cell-value.js'

function profileOf(cells: readonly CellValue[], name = 'x'): ColumnProfile {
  const p = createColumnProfile(name)
  for (const c of cells) profileAdd(p, c)
  return p
}

/** Rank of v in the weighted sketch sample (total weight ≤ v). */
function sketchRank(values: Float64Array, weights: Float64Array, v: number): number {
  let r = 0
  for (let i = 0; i < values.length && (values[i] as number) <= v; i++) r += weights[i] as number
  return r
}

describe('mergeProfiles', () => {
  it('mergeProfiles(4 shards) equals one pass: counts exactly, moments to 1e-9', () => {
    const random = seededRandom(11)
    const cells: CellValue[] = Array.from({ length: 20_000 }, (_, i) =>
      i % 37 === 0 ? null : i % 101 === 0 ? 'n/a' : String(Math.round(random() * 1e6) / 100),
    )
    const whole = profileOf(cells)
    const shards = [0, 1, 2, 3].map((k) => profileOf(cells.slice(k * 5000, (k + 1) * 5000)))
    const merged = shards.reduce((a, b) => mergeProfiles(a, b))
    for (const key of [
      'rows',
      'missing',
      'ints',
      'numbers',
      'booleans',
      'timestamps',
      'min',
      'max',
      'minLength',
      'maxLength',
    ] as const) {
      expect(merged[key]).toBe(whole[key])
    }
    // Past CATEGORY_CAP distinct values the tracked keys depend on arrival order; the total stays exact.
    const tracked = [...merged.categories.values()].reduce((a, b) => a + b, 0)
    expect(tracked + merged.otherCount).toBe(whole.rows - whole.missing)
    expect(merged.distinct).toBe(1000)
    expect(Math.abs(merged.mean - whole.mean)).toBeLessThan(1e-9 * Math.abs(whole.mean))
    expect(Math.abs(merged.m2 - whole.m2)).toBeLessThan(1e-9 * whole.m2)
    expect([...(exactValues(merged) ?? [])].sort()).toEqual([...(exactValues(whole) ?? [])].sort())
  })

  it('mergeProfiles(4 shards) equals one pass on category counts below the cap', () => {
    const random = seededRandom(3)
    const cells: CellValue[] = Array.from({ length: 8000 }, () =>
      random() < 0.05 ? null : (['a', 'b', 'c', 'd', 'e'][Math.floor(random() * 5)] as string),
    )
    const whole = profileOf(cells)
    const merged = [0, 1, 2, 3]
      .map((k) => profileOf(cells.slice(k * 2000, (k + 1) * 2000)))
      .reduce((a, b) => mergeProfiles(a, b))
    expect(merged.categories).toEqual(whole.categories)
    expect([merged.distinct, merged.otherCount, merged.missing, merged.rows]).toEqual([
      whole.distinct,
      whole.otherCount,
      whole.missing,
      whole.rows,
    ])
  })

  it('mergeProfiles(4 shards) equals one pass on the hash sample and buckets of a column past the cap', () => {
    const random = seededRandom(5)
    const cells: CellValue[] = Array.from({ length: 12_000 }, () => `city${Math.floor(random() * 5000)}`)
    const whole = profileOf(cells)
    const merged = [0, 1, 2, 3]
      .map((k) => profileOf(cells.slice(k * 3000, (k + 1) * 3000)))
      .reduce((a, b) => mergeProfiles(a, b))
    expect(whole.sampleLevel).toBeGreaterThan(0)
    expect(whole.sampled?.size).toBeLessThanOrEqual(SAMPLE_CAP)
    expect(merged.sampleLevel).toBe(whole.sampleLevel)
    expect(merged.sampled).toEqual(whole.sampled)
    expect(merged.hashed).toEqual(whole.hashed)
  })

  it('mergeProfiles(a, b) throws when the columns differ', () => {
    expect(() => mergeProfiles(createColumnProfile('a'), createColumnProfile('b'))).toThrow(
      'mergeProfiles: cannot merge column "a" with column "b"',
    )
  })
})

describe('quantile sketch', () => {
  it('sketchMerge(4 shards) keeps every rank within the stated bound n·H/k', () => {
    const random = seededRandom(5)
    const data = Float64Array.from({ length: 200_000 }, () => random() * random() * 1000)
    const shards = [0, 1, 2, 3].map((k) => {
      const s = createQuantileSketch(256)
      for (let i = k * 50_000; i < (k + 1) * 50_000; i++) sketchAdd(s, data[i] as number)
      return s
    })
    const merged = shards.reduce((a, b) => sketchMerge(a, b))
    expect(merged.n).toBe(data.length)
    const bound = sketchRankErrorBound(merged) * data.length
    expect(bound).toBeGreaterThan(0)
    const sorted = Float64Array.from(data).sort()
    const { values, weights } = sketchWeightedSorted(merged)
    expect(weights.reduce((a, b) => a + b, 0)).toBe(data.length)
    for (const q of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
      const v = sorted[Math.floor(q * (data.length - 1))] as number
      let exactRank = 0
      while (exactRank < sorted.length && (sorted[exactRank] as number) <= v) exactRank++
      expect(Math.abs(sketchRank(values, weights, v) - exactRank)).toBeLessThanOrEqual(bound)
    }
  })

  it('sketchAdd keeps total weight equal to n for any input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { maxLength: 300 }), (xs) => {
        const s = createQuantileSketch(8)
        for (const x of xs) sketchAdd(s, x)
        const { weights } = sketchWeightedSorted(s)
        expect(weights.reduce((a, b) => a + b, 0)).toBe(xs.length)
      }),
    )
  })
})

describe('mergeProfileLists', () => {
  it('mergeProfileLists(shards) merges columns by name, in the order they first appear', () => {
    const merged = mergeProfileLists([
      [profileOf(['1', '2'], 'a')],
      [profileOf(['x'], 'b'), profileOf(['3', null], 'a')],
    ])
    expect(merged.map((p) => [p.name, p.rows, p.missing])).toEqual([
      ['a', 4, 1],
      ['b', 1, 0],
    ])
    expect(merged[0]?.max).toBe(3)
  })
})
