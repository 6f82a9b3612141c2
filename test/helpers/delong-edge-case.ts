// Shared by the DeLong tests: the fixture's edge cases (fixtures/golden/metrics.sklearn.json, delongEdge) and how a
// result must agree with them.
import { expect } from 'vitest'
import type { DeLongDefined, DeLongResult } from '../../src/core/stats/delong-test.js'
import { statsMessages } from '../../src/core/stats/messages.js'

/** The result, which the case expects to be defined. */
export function defined(r: DeLongResult): DeLongDefined {
  if (r.kind !== 'defined') throw new Error(`expected a defined DeLong result, got: ${r.reason}`)
  return r
}

/** One of the fixture's edge cases: the O(m·n) definition's values, "nan"/"inf" as text where it divides by 0. */
export interface DeLongEdgeCase {
  readonly name: string
  readonly yTrue: number[]
  readonly scoreA: number[]
  readonly scoreB: number[]
  readonly auc1: number
  readonly auc2: number
  readonly variance: number | string
  readonly z: number | string
  readonly pValue: number | string
}

/**
 * Checks a result against an edge case: where the definition's variance is nan (fewer than 2 of a class) or its z
 * is ±inf (variance 0, AUCs differ) the result is undefined with the reason; variance 0 with equal AUCs (z = 0/0)
 * is z = 0, p = 1 (pROC's convention); otherwise the values within 1e-9.
 */
export function expectEdgeCase(r: DeLongResult, c: DeLongEdgeCase): void {
  expect(Math.abs(r.aucA - c.auc1)).toBeLessThanOrEqual(1e-12)
  expect(Math.abs(r.aucB - c.auc2)).toBeLessThanOrEqual(1e-12)
  const positives = c.yTrue.filter((y) => y === 1).length
  if (c.variance === 'nan') {
    expect(r).toMatchObject({
      kind: 'undefined',
      reason: statsMessages.deLongTooFew(positives, c.yTrue.length - positives),
    })
  } else if (c.z === 'inf' || c.z === '-inf') {
    expect(r).toMatchObject({ kind: 'undefined', reason: statsMessages.deLongZeroVariance(r.aucA, r.aucB) })
  } else if (c.z === 'nan') {
    expect(c.variance).toBe(0)
    expect(r).toMatchObject({ kind: 'defined', difference: 0, variance: 0, z: 0, pValue: 1 })
  } else {
    const d = defined(r)
    for (const [actual, expected] of [
      [d.variance, c.variance],
      [d.z, c.z],
      [d.pValue, c.pValue],
    ] as const)
      expect(Math.abs(actual - (expected as number))).toBeLessThanOrEqual(1e-9)
  }
}
