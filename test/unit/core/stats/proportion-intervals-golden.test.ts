import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/proportion-intervals.statsmodels.json' with { type: 'json' }
import { katzRatioInterval } from '../../../../src/core/stats/katz-ratio-interval.js'
import { newcombeDifferenceInterval } from '../../../../src/core/stats/newcombe-difference-interval.js'
import { normalQuantile } from '../../../../src/core/stats/normal-quantile.js'
import { wilsonInterval } from '../../../../src/core/stats/wilson-interval.js'

// Tolerances stated by the generator (fixtures/golden/generate/proportion-intervals.py): 1e-12 absolute for
// intervals, 1e-13 relative for quantiles. The z of each case is scipy's norm.isf(alpha / 2).
const near = (actual: readonly [number, number], expected: readonly number[]): void => {
  expect(Math.abs(actual[0] - expected[0]!)).toBeLessThanOrEqual(1e-12)
  expect(Math.abs(actual[1] - expected[1]!)).toBeLessThanOrEqual(1e-12)
}

describe('proportion intervals against statsmodels', () => {
  it('normalQuantile(p) matches scipy.stats.norm.ppf', () => {
    for (const { p, x } of golden.normal_quantile)
      expect(Math.abs(normalQuantile(p) - x)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(x)))
  })
  it('normalQuantile(1 − alpha/2) matches the z of every case', () => {
    for (const c of golden.wilson) expect(Math.abs(normalQuantile(1 - c.alpha / 2) - c.z)).toBeLessThanOrEqual(1e-12)
  })
  it("wilsonInterval(x, n, z) matches proportion_confint(method='wilson')", () => {
    for (const c of golden.wilson) near(wilsonInterval(c.x, c.n, c.z), c.interval)
  })
  it("newcombeDifferenceInterval(x1, n1, x2, n2, z) matches confint_proportions_2indep(compare='diff', method='newcomb')", () => {
    for (const c of golden.newcombe) near(newcombeDifferenceInterval(c.x1, c.n1, c.x2, c.n2, c.z), c.interval)
  })
  it("katzRatioInterval(x1, n1, x2, n2, z) matches confint_proportions_2indep(compare='ratio', method='log-adjusted')", () => {
    for (const c of golden.katz) near(katzRatioInterval(c.x1, c.n1, c.x2, c.n2, c.z), c.interval)
  })
  it('the intervals throw RangeError for counts outside [0, n] or a non-positive z', () => {
    expect(() => wilsonInterval(11, 10, 1.96)).toThrow(RangeError)
    expect(() => newcombeDifferenceInterval(1, 0, 1, 2, 1.96)).toThrow(RangeError)
    expect(() => katzRatioInterval(1, 2, 1, 2, 0)).toThrow(RangeError)
    expect(() => normalQuantile(1)).toThrow(RangeError)
  })
})
