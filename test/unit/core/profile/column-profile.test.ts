import { describe, expect, it } from 'vitest'
import {
  exactValues,
  CATEGORY_CAP,
  createColumnProfile,
  finishColumnProfile,
  profileAdd,
} from '../../../../src/core/profile/column-profile.js'
import { mergeProfiles } from '../../../../src/core/profile/merge-profiles.js'
import { measureColumnDrift } from '../../../../src/core/drift/measure-column-drift.js'

describe('column profile', () => {
  it('profileAdd stops looking up categories of an all-numeric column past CATEGORY_CAP distinct values', () => {
    const p = createColumnProfile('income')
    for (let i = 0; i < CATEGORY_CAP + 500; i++) profileAdd(p, String(i % (CATEGORY_CAP + 100)))
    expect(p.categoriesFrozen).toBe(true)
    expect(p.distinct).toBe(CATEGORY_CAP)
    // Every present value is either in a tracked count or in otherCount: the total stays exact.
    const tracked = [...p.categories.values()].reduce((a, b) => a + b, 0)
    expect(tracked + p.otherCount).toBe(CATEGORY_CAP + 500)
    expect(p.numbers).toBe(CATEGORY_CAP + 500)
  })
  it('profileAdd keeps counting categories of a text column past the cap', () => {
    const p = createColumnProfile('name')
    for (let i = 0; i < CATEGORY_CAP + 10; i++) profileAdd(p, `name-${i}`)
    profileAdd(p, 'name-1')
    expect(p.categoriesFrozen).toBe(false)
    expect(p.categories.get('name-1')).toBe(2)
    expect(p.otherCount).toBe(10)
  })
  it('a frozen column cannot be compared as categories: measureColumnDrift says why', () => {
    const reference = createColumnProfile('income')
    const current = createColumnProfile('income')
    for (let i = 0; i < CATEGORY_CAP + 5; i++) {
      profileAdd(reference, String(i))
      profileAdd(current, String(i))
    }
    const categorical = measureColumnDrift(reference, current, 'categorical', 'chi-square', 10)
    expect(categorical.kind === 'not-comparable' ? categorical.reason : '').toMatch(
      /more than 1000 distinct numbers in the reference data.*type int or float/,
    )
    const numeric = measureColumnDrift(reference, current, 'numeric', 'ks', 10)
    expect(numeric.kind === 'measured' ? numeric.measure.statistic : undefined).toBe(0)
    expect(mergeProfiles(reference, createColumnProfile('income')).categoriesFrozen).toBe(true)
  })
  it('native numbers in a frozen column are not measured for length, so inferContract gives such a column no length bounds', async () => {
    const { inferContract } = await import('../../../../src/core/contract/infer-contract.js')
    const p = createColumnProfile('mixed')
    for (let i = 0; i < CATEGORY_CAP + 10; i++) profileAdd(p, i * 1000.5)
    const maxLength = p.maxLength
    profileAdd(p, 123456789.123456)
    expect(p.maxLength).toBe(maxLength)
    profileAdd(p, 'n/a')
    expect(inferContract([p]).columns.mixed).toEqual({ type: 'string', required: true, max_null_fraction: 0 })
    const text = createColumnProfile('text')
    // Text is measured; inference keeps lengths only for fixed-width values (issue #16), so use one width here.
    for (const v of ['ab', 'cd']) profileAdd(text, v)
    expect(inferContract([text]).columns.text).toMatchObject({ min_length: 2, max_length: 2 })
  })
  it('finishColumnProfile sorts the exact values into a Float64Array that later adds still extend', () => {
    const p = createColumnProfile('x')
    for (const v of ['3', '-1', '2.5']) profileAdd(p, v)
    expect(finishColumnProfile(p).values).toEqual(Float64Array.of(-1, 2.5, 3))
    profileAdd(p, '0')
    expect([...(exactValues(p) ?? [])]).toEqual([-1, 2.5, 3, 0])
  })
})
