import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairRows } from '../../../../src/core/compare/pair-rows.js'
import { pairRowsBefore } from './pair-rows-before.js'

/** The result or the error message, to compare two implementations. */
const outcome = (f: () => unknown): unknown => {
  try {
    return f()
  } catch (error) {
    return (error as Error).message
  }
}

describe('pairRows', () => {
  it('pairRows(a, b) pairs, and reports duplicates and unpaired ids, exactly as the Set-based version it replaced', () => {
    const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 12 })
    fc.assert(
      fc.property(ids, ids, (candidate, champion) => {
        expect(outcome(() => pairRows(candidate, champion))).toEqual(outcome(() => pairRowsBefore(candidate, champion)))
      }),
      { numRuns: 500 },
    )
  })
})
