// Seeded simulation of the A/B strategy's judgement (issue #20 item 1): candidate and stable successes are
// Binomial(n, p) per arm, judged by the real assessAb (pooled one-sided z tests, Newcombe's interval at 1 − alpha,
// alpha 0.05). Rates are asserted through the 95% Wilson interval of the measured proportion; the counts measured
// with these seeds are stated beside each case.
import { describe, expect, it } from 'vitest'
import { assessAb } from '../../src/core/canary/ab-test.js'
import type { AbPlan } from '../../src/core/canary/types.js'
import { seededRandom } from '../../src/core/stats/seeded-random.js'
import { wilsonInterval } from '../../src/core/stats/wilson-interval.js'

const Z95 = 1.959963984540054
const AB: AbPlan = {
  weight: 50,
  durationMs: 3_600_000,
  alpha: 0.05,
  minLift: 0,
  onInconclusive: 'rollback',
  successQuery: 's',
  trialsQuery: 't',
}

function binomial(random: () => number, n: number, p: number): number {
  let x = 0
  for (let i = 0; i < n; i += 1) if (random() < p) x += 1
  return x
}

/** `trials` A/B tests of `n` requests per arm; how many promoted (better) and rolled back as worse. */
function simulate(plan: AbPlan, pCandidate: number, pStable: number, n: number, trials: number, seed: number) {
  const random = seededRandom(seed)
  let better = 0
  let worse = 0
  for (let t = 0; t < trials; t += 1) {
    const candidate = { successes: binomial(random, n, pCandidate), trials: n }
    const stable = { successes: binomial(random, n, pStable), trials: n }
    const outcome = assessAb(plan, 0, candidate, stable).outcome
    if (outcome === 'better') better += 1
    if (outcome === 'worse') worse += 1
  }
  const result = {
    better,
    worse,
    trials,
    betterInterval: wilsonInterval(better, trials, Z95),
    worseInterval: wilsonInterval(worse, trials, Z95),
  }
  if (process.env.MODELGATE_SIM_REPORT !== undefined) console.info(JSON.stringify(result))
  return result
}

describe('simulation: A/B judgement error rates and power (seeded)', () => {
  // Measured: 49 promoted (2.45%, Wilson 95% [1.86%, 3.22%]), 42 worse (2.10%, [1.56%, 2.83%]): each direction near
  // alpha / 2, as the two-sided (1 − alpha) interval must also exclude 0.
  it('equal rates (20% vs 20%, 2,000 per arm): promoted or rolled back as worse at most alpha of the time (2,000 trials)', () => {
    const r = simulate(AB, 0.2, 0.2, 2000, 2000, 7001)
    expect(r.betterInterval[1], JSON.stringify(r)).toBeLessThanOrEqual(AB.alpha)
    expect(r.worseInterval[1], JSON.stringify(r)).toBeLessThanOrEqual(AB.alpha)
  })
  // Measured: 1,935 promoted (96.75%, [95.88%, 97.44%]), none worse.
  it('a real lift (25% vs 20%, 2,000 per arm) is promoted at least 90% of the time (2,000 trials)', () => {
    const r = simulate(AB, 0.25, 0.2, 2000, 2000, 7002)
    expect(r.betterInterval[0], JSON.stringify(r)).toBeGreaterThanOrEqual(0.9)
    expect(r.worse).toBe(0)
  })
  // Measured: 47 promoted (2.35%, [1.77%, 3.11%]).
  it('a lift exactly at the floor (min-lift 0.05, 25% vs 20%) is promoted at most alpha of the time (2,000 trials)', () => {
    const r = simulate({ ...AB, minLift: 0.05 }, 0.25, 0.2, 2000, 2000, 7003)
    expect(r.betterInterval[1], JSON.stringify(r)).toBeLessThanOrEqual(AB.alpha)
  })
})
