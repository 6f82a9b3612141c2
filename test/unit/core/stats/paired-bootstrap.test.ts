import { describe, expect, it } from 'vitest'
import { pairedBootstrap } from '../../../../src/core/stats/paired-bootstrap.js'
import { percentileInterval } from '../../../../src/core/stats/percentile-interval.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'

describe('pairedBootstrap', () => {
  const diffs = Array.from({ length: 200 }, (_, i) => ((i * 37) % 11) / 10 - 0.3)
  const meanDiff = (w: Float64Array): number[] => {
    let s = 0
    let t = 0
    for (let i = 0; i < w.length; i++) {
      s += (w[i] as number) * (diffs[i] as number)
      t += w[i] as number
    }
    return [s / t]
  }
  it('pairedBootstrap(n, f, {seed}) is reproducible from the seed and changes with it', () => {
    const a = pairedBootstrap(200, meanDiff, { resamples: 300, random: seededRandom(7), confidence: 0.95 })[0]!
    const b = pairedBootstrap(200, meanDiff, { resamples: 300, random: seededRandom(7), confidence: 0.95 })[0]!
    const c = pairedBootstrap(200, meanDiff, { resamples: 300, random: seededRandom(8), confidence: 0.95 })[0]!
    expect([a.lower, a.upper]).toEqual([b.lower, b.upper])
    expect(a.lower).not.toBe(c.lower)
  })
  it('pairedBootstrap weights are multinomial: they sum to n on every resample', () => {
    const sums: number[] = []
    pairedBootstrap(
      50,
      (w) => {
        sums.push(w.reduce((x, y) => x + y, 0))
        return [0]
      },
      { resamples: 20, random: seededRandom(1), confidence: 0.9 },
    )
    expect(new Set(sums)).toEqual(new Set([50]))
  })
  it('pairedBootstrap interval of a mean covers the sample mean and has the normal-theory width (±15%)', () => {
    const mean = diffs.reduce((x, y) => x + y, 0) / diffs.length
    const sd = Math.sqrt(diffs.reduce((x, y) => x + (y - mean) ** 2, 0) / diffs.length)
    const r = pairedBootstrap(200, meanDiff, { resamples: 2000, random: seededRandom(3), confidence: 0.95 })[0]!
    expect(r.lower).toBeLessThan(mean)
    expect(r.upper).toBeGreaterThan(mean)
    const width = r.upper - r.lower
    const expected = (2 * 1.959964 * sd) / Math.sqrt(200)
    expect(Math.abs(width - expected) / expected).toBeLessThan(0.15)
  })
  it('pairedBootstrap counts resamples where the statistic is undefined (NaN) apart', () => {
    let call = 0
    const r = pairedBootstrap(10, () => [call++ % 2 === 0 ? Number.NaN : 1], {
      resamples: 10,
      random: seededRandom(1),
      confidence: 0.9,
    })[0]!
    expect(r.undefinedCount).toBe(5)
    expect(r.sorted.length).toBe(5)
  })
  it("pairedBootstrap with scheme 'poisson' draws Poisson(1) multiplicities (mean ≈ 1, P(0) ≈ e⁻¹) reproducibly", () => {
    let zeros = 0
    let sum = 0
    const run = (): number =>
      pairedBootstrap(
        20000,
        (w) => {
          for (const v of w) {
            sum += v
            if (v === 0) zeros++
          }
          return [w[0]!]
        },
        { resamples: 5, random: seededRandom(9), confidence: 0.9, scheme: 'poisson' },
      )[0]!.sorted[0]!
    const first = run()
    expect(Math.abs(sum / 100000 - 1)).toBeLessThan(0.01)
    expect(Math.abs(zeros / 100000 - Math.exp(-1))).toBeLessThan(0.01)
    expect(run()).toBe(first)
  })
  it('percentileInterval(sorted, c) takes type-7 quantiles', () => {
    expect(percentileInterval([1, 2, 3, 4, 5], 0.5)).toEqual([2, 4])
  })
})
