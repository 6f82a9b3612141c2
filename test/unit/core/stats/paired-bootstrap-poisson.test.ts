import { describe, expect, it } from 'vitest'
import { pairedBootstrap } from '../../../../src/core/stats/paired-bootstrap.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'

/** The reference draw: inverse CDF of Poisson(1) by linear search, k = #{m ≤ 10 : u ≥ P(X ≤ m)}. */
function referencePoisson(u: number): number {
  let term = Math.exp(-1)
  let sum = 0
  let k = 0
  for (let m = 0; m < 11; m++) {
    sum += term
    term /= m + 1
    if (u >= sum) k++
    else break
  }
  return k
}

describe('pairedBootstrap with Poisson weights', () => {
  it('pairedBootstrap(n, f, {scheme: "poisson"}) draws exactly the inverse-CDF Poisson(1) weight of each uniform, in row order', () => {
    const n = 20_000
    const seen: Float64Array[] = []
    pairedBootstrap(
      n,
      (w) => {
        seen.push(Float64Array.from(w))
        return [0]
      },
      { resamples: 3, random: seededRandom(77), confidence: 0.9, scheme: 'poisson' },
    )
    const random = seededRandom(77)
    for (const weights of seen) for (let i = 0; i < n; i++) expect(weights[i]).toBe(referencePoisson(random()))
  })
  it('uniforms on and around the CDF thresholds map like the linear search', () => {
    let term = Math.exp(-1)
    let sum = 0
    const edges: number[] = []
    for (let m = 0; m < 11; m++) {
      sum += term
      term /= m + 1
      edges.push(
        sum,
        sum - 1e-12,
        sum + 1e-12,
        Math.floor(sum * 1024) / 1024,
        (Math.floor(sum * 1024) + 1) / 1024 - 1e-15,
      )
    }
    const values = [0, 0.5, 0.9999999999, ...edges.filter((u) => u >= 0 && u < 1)]
    let index = 0
    const [dist] = pairedBootstrap(values.length, (w) => [w.reduce((a, b) => a + b, 0)], {
      resamples: 1,
      random: () => values[index++ % values.length] as number,
      confidence: 0.9,
      scheme: 'poisson',
    })
    expect(dist?.sorted[0]).toBe(values.reduce((a, u) => a + referencePoisson(u), 0))
  })
})
