import { describe, expect, it } from 'vitest'
import { binaryBootstrapPair, bootstrapSide } from '../../../../src/core/compare/binary-bootstrap-task.js'
import { binaryBootstrapValues, binaryBootstrapWidth } from '../../../../src/core/compare/binary-bootstrap-values.js'
import { compareModels } from '../../../../src/core/compare/compare-models.js'
import { compareSlices } from '../../../../src/core/compare/compare-slices.js'
import { runBinaryBootstrap } from '../../../../src/core/compare/run-binary-bootstrap.js'
import { BINARY_METRICS } from '../../../../src/core/metrics/metric-name.js'
import { prepareBinary } from '../../../../src/core/metrics/prepare-binary.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'

/** Paired scores with ties (rounded to `decimals`), some rows exactly at the threshold. */
function paired(n: number, seed: number, decimals: number) {
  const random = seededRandom(seed)
  const scale = 10 ** decimals
  const yTrue = new Float64Array(n)
  const candidateScore = new Float64Array(n)
  const championScore = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const y = random() < 0.35 ? 1 : 0
    yTrue[i] = y
    const shared = random() - 0.5
    candidateScore[i] =
      Math.round(scale * Math.min(1, Math.max(0, 0.3 + 0.35 * y + shared * 0.6 + (random() - 0.5) * 0.4))) / scale
    championScore[i] =
      Math.round(scale * Math.min(1, Math.max(0, 0.35 + 0.25 * y + shared * 0.6 + (random() - 0.5) * 0.5))) / scale
  }
  return { task: 'binary' as const, yTrue, candidateScore, championScore }
}

/** The same stream as seededRandom(seed) without its jump methods, so compareModels draws it one by one. */
const plain = (seed: number): (() => number) => {
  const r = seededRandom(seed)
  return () => r()
}

describe('the bucketed binary bootstrap', () => {
  for (const scheme of ['multinomial', 'poisson'] as const) {
    for (const [n, decimals] of [
      [1, 2],
      [7, 1],
      [300, 2],
      [2000, 6],
    ] as const) {
      it(`compareModels(binary, seededRandom) gives exactly pairedBootstrap's comparisons (${scheme}, n = ${n}, ${decimals} decimals)`, () => {
        const data = paired(n, 11 + n, decimals)
        const options = { metrics: BINARY_METRICS, resamples: 97, confidence: 0.9, adjustedConfidence: 0.97, scheme }
        let fast: unknown
        let slow: unknown
        try {
          fast = compareModels(data, { ...options, random: seededRandom(5) })
        } catch (error) {
          fast = error
        }
        try {
          slow = compareModels(data, { ...options, random: plain(5) })
        } catch (error) {
          slow = error
        }
        expect(fast).toEqual(slow)
      })
    }
  }

  it('compareModels(binary, seededRandom) moves the stream past its draws, as drawing one by one does', () => {
    const data = paired(50, 3, 2)
    const random = seededRandom(9)
    compareModels(data, { metrics: ['roc-auc'], resamples: 20, confidence: 0.9, random })
    const reference = seededRandom(9)
    for (let i = 0; i < 50 * 20; i++) reference()
    expect(random()).toBe(reference())
  })

  it('binaryBootstrapValues(task, from, to) of any split of the resamples equals the whole run', () => {
    const data = paired(400, 21, 3)
    for (const scheme of ['multinomial', 'poisson'] as const) {
      const pair = binaryBootstrapPair(
        prepareBinary(data.yTrue, data.candidateScore),
        prepareBinary(data.yTrue, data.championScore),
        BINARY_METRICS,
      )
      const task = { n: 400, resamples: 30, scheme, state: 77, pairs: [pair] }
      const whole = runBinaryBootstrap(task)
      const split = new Float64Array(whole.length)
      for (const [from, to] of [
        [0, 7],
        [7, 8],
        [8, 30],
      ] as const)
        binaryBootstrapValues(task, from, to, split)
      expect(split).toEqual(whole)
      expect(whole.length).toBe(30 * binaryBootstrapWidth(task))
    }
  })

  it("binaryBootstrapValues gives the same values in the 'runs' layout as in the 'counts' layout, on all rows and on a slice", () => {
    const data = paired(600, 8, 4)
    const cand = prepareBinary(data.yTrue, data.candidateScore)
    const champ = prepareBinary(data.yTrue, data.championScore)
    const slice = Uint32Array.from({ length: 200 }, (_, k) => 3 * k + 1)
    const pick = (v: Float64Array): Float64Array => Float64Array.from(slice, (i) => v[i] as number)
    const sliceCand = prepareBinary(pick(data.yTrue), pick(data.candidateScore))
    const sliceChamp = prepareBinary(pick(data.yTrue), pick(data.championScore))
    for (const scheme of ['multinomial', 'poisson'] as const) {
      const task = (layout: 'counts' | 'runs') => ({
        n: 600,
        resamples: 25,
        scheme,
        state: 5,
        pairs: [
          {
            candidate: bootstrapSide(cand, undefined, layout),
            champion: bootstrapSide(champ, undefined, layout),
            metrics: BINARY_METRICS,
          },
          {
            candidate: bootstrapSide(sliceCand, slice, layout),
            champion: bootstrapSide(sliceChamp, slice, layout),
            metrics: ['pr-auc', 'brier'] as const,
          },
        ],
      })
      expect(runBinaryBootstrap(task('runs'))).toEqual(runBinaryBootstrap(task('counts')))
    }
  })

  it('compareModels(binary) with a runner uses it and gets the same comparisons', () => {
    const data = paired(500, 4, 2)
    const options = { metrics: BINARY_METRICS, resamples: 50, confidence: 0.95 }
    let calls = 0
    const runner = (task: Parameters<typeof runBinaryBootstrap>[0]): Float64Array => {
      calls++
      return runBinaryBootstrap(task)
    }
    const a = compareModels(data, { ...options, random: seededRandom(1), runBootstrap: runner })
    expect(calls).toBe(1)
    expect(a).toEqual(compareModels(data, { ...options, random: plain(1) }))
  })

  it('compareModels(binary) still throws on resamples that are not a positive integer', () => {
    const data = paired(50, 3, 2)
    expect(() =>
      compareModels(data, { metrics: ['roc-auc'], resamples: 0, confidence: 0.9, random: seededRandom(1) }),
    ).toThrow('pairedBootstrap: resamples must be a positive integer, got 0')
  })
})

describe('the bucketed binary bootstrap of slices', () => {
  for (const scheme of ['multinomial', 'poisson'] as const) {
    it(`compareSlices(binary, seededRandom) gives exactly pairedBootstrap's slice intervals (${scheme})`, () => {
      const data = paired(900, 17, 2)
      const segments = {
        region: Array.from({ length: 900 }, (_, i) => ['a', 'b', 'c'][(i * 7) % 3] as string),
        tier: Array.from({ length: 900 }, (_, i) => (i % 5 === 0 ? 'gold' : 'basic')),
      }
      const options = { resamples: 60, confidence: 0.95, scheme, minSize: 10, otherTests: 1 }
      const fast = compareSlices(data, segments, ['roc-auc', 'f1', 'log-loss'], { ...options, random: seededRandom(3) })
      const slow = compareSlices(data, segments, ['roc-auc', 'f1', 'log-loss'], { ...options, random: plain(3) })
      expect(fast).toEqual(slow)
      expect(fast.some((s) => s.kind === 'defined' && s.lower !== undefined)).toBe(true)
    })
  }
})
