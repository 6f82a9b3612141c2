// A model card stores the training data's profile (register-model reference-profile). Exact values of a 10⁶-row
// column were ~20 MB of JSON per column; past STORED_EXACT_VALUES_LIMIT the card keeps the column's sketch. Drift
// against the stored sketch must still pass a same-distribution sample and catch a real shift.
import { describe, expect, it } from 'vitest'
import {
  createColumnProfile,
  finishColumnProfile,
  profileAddNumber,
  type ColumnProfile,
} from '../../../../src/core/profile/column-profile.js'
import { STORED_EXACT_VALUES_LIMIT, sketchLargeColumns } from '../../../../src/core/profile/sketch-large-columns.js'
import { measureColumnDrift } from '../../../../src/core/drift/measure-column-drift.js'
import { profileColumnsToJson } from '../../../../src/io/profile-file.js'

/** A seeded normal sample (Box–Muller over a 32-bit LCG), as a finished profile. */
function normalProfile(name: string, n: number, mean: number, seed: number): ColumnProfile {
  let state = seed >>> 0
  const uniform = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return (state + 0.5) / 2 ** 32
  }
  const p = createColumnProfile(name)
  for (let i = 0; i < n; i++) {
    p.rows++
    profileAddNumber(p, mean + Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()))
  }
  return finishColumnProfile(p)
}

describe('sketchLargeColumns (the profile a model card stores)', () => {
  const big = normalProfile('income', 200_000, 0, 1)
  const small = normalProfile('age', 1_000, 0, 2)
  const [stored, kept] = sketchLargeColumns([big, small])

  it('a column past the limit keeps a sketch, a small one its exact values; counts and moments are unchanged', () => {
    expect(STORED_EXACT_VALUES_LIMIT).toBe(65_536)
    expect(stored?.values).toBeNull()
    expect(stored?.sketch?.n).toBe(200_000)
    expect(kept).toBe(small)
    for (const key of ['rows', 'numbers', 'min', 'max', 'mean', 'm2'] as const) expect(stored?.[key]).toBe(big[key])
    expect(big.values).toHaveLength(200_000) // the input is not modified
  })

  it('the stored column is at most a fifth of its exact JSON', () => {
    const exact = JSON.stringify(profileColumnsToJson([big])).length
    const sketched = JSON.stringify(profileColumnsToJson([stored!])).length
    expect(sketched).toBeLessThan(exact / 5)
  })

  it('drift against the stored sketch: a same-distribution sample passes, a 0.1 sd shift is caught', () => {
    const same = normalProfile('income', 20_000, 0, 3)
    const shifted = normalProfile('income', 20_000, 0.1, 4)
    const quiet = measureColumnDrift(stored!, same, 'numeric', 'ks', 10)
    const moved = measureColumnDrift(stored!, shifted, 'numeric', 'ks', 10)
    if (quiet.kind !== 'measured' || moved.kind !== 'measured') throw new Error('expected measured drift')
    expect(quiet.measure.comparison).toBe('sketch')
    expect(quiet.measure.pValue).toBeGreaterThan(0.05)
    expect(moved.measure.pValue).toBeLessThan(1e-6)
  })

  it('refuses a limit that is not a positive integer', () => {
    expect(() => sketchLargeColumns([big], 0)).toThrow(RangeError)
  })
})
