import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { calibrationBin } from '../../../../src/core/metrics/calibration-bin.js'
import { ECE_BINS, expectedCalibrationError } from '../../../../src/core/metrics/expected-calibration-error.js'
import { binaryMetrics } from '../../../../src/core/metrics/binary-metrics.js'
import { GREATER_IS_BETTER, METRICS_BY_TASK } from '../../../../src/core/metrics/metric-name.js'
import { prepareBinary } from '../../../../src/core/metrics/prepare-binary.js'
import { compareModels } from '../../../../src/core/compare/compare-models.js'
import { resolveEvaluationPolicy } from '../../../../src/core/compare/resolve-evaluation-policy.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'

const golden = JSON.parse(
  readFileSync(new URL('../../../../fixtures/golden/ece.numpy.json', import.meta.url), 'utf8'),
) as {
  bins: number
  cases: { name: string; y_true: number[]; y_score: number[]; sample_weight?: number[]; ece: number }[]
}

describe('expectedCalibrationError (ece)', () => {
  it('matches the numpy reference (Naeini 2015 / Guo 2017, 10 equal-width right-closed bins), weighted too', () => {
    expect(ECE_BINS).toBe(golden.bins)
    expect(golden.cases).toHaveLength(4)
    for (const c of golden.cases) {
      const [value] = binaryMetrics(prepareBinary(c.y_true, c.y_score), ['ece'], c.sample_weight)
      expect(Math.abs((value as number) - c.ece), c.name).toBeLessThan(1e-12)
      if (c.sample_weight === undefined) expect(expectedCalibrationError(c.y_true, c.y_score)).toBe(value)
    }
  })

  it('bins are right-closed at the edges i/10 and 0 falls in the first', () => {
    expect([0, 0.1, 0.1000001, 0.3, 0.5, 0.9, 1].map((p) => calibrationBin(p))).toEqual([0, 0, 1, 2, 4, 8, 9])
  })

  it('a perfectly calibrated bin gives 0; ece is a binary metric where smaller is better', () => {
    expect(expectedCalibrationError([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0)
    expect(METRICS_BY_TASK.binary).toContain('ece')
    expect(GREATER_IS_BETTER.ece).toBe(false)
  })

  it('evaluate-vs-champion compares ece candidate vs champion (smaller is better) with a paired bootstrap interval', () => {
    const c = golden.cases[2] as (typeof golden.cases)[number]
    const yTrue = Float64Array.from(c.y_true)
    const candidateScore = Float64Array.from(c.y_score)
    // The champion: the same model made overconfident (p → p²·(3 − 2p)), so worse calibrated.
    const championScore = candidateScore.map((p) => p * p * (3 - 2 * p))
    const [cmp] = compareModels(
      { task: 'binary', yTrue, candidateScore, championScore },
      { metrics: ['ece'], resamples: 200, confidence: 0.9, random: seededRandom(7) },
    )
    expect(cmp).toMatchObject({ kind: 'defined', metric: 'ece', greaterIsBetter: false })
    if (cmp?.kind !== 'defined') throw new Error('ece comparison undefined')
    expect(cmp.candidate).toBe(expectedCalibrationError(c.y_true, c.y_score))
    expect(cmp.champion).toBe(expectedCalibrationError(c.y_true, championScore))
    const policy = resolveEvaluationPolicy({ metrics: { ece: { threshold: 0.05 } } }, {}).policy
    expect(policy.rules).toEqual([expect.objectContaining({ metric: 'ece', greaterIsBetter: false, threshold: 0.05 })])
  })
})
