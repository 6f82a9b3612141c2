// Issue #16: drift on identical distributions stays at ≤ 5% false drift per gate at every n from 100 to 1,000,000,
// with one rule at every n (no switch to fixed distances above a sample size). Each trial draws a reference and a
// current dataset of n rows from the same distributions and runs the gate's decision on their profiles.
import { describe, expect, it } from 'vitest'
import { kolmogorovNSurvival } from '../../src/core/stats/kolmogorov-n-survival.js'
import { seededRandom } from '../../src/core/stats/seeded-random.js'
import {
  binomial,
  categoricalProfile,
  drawCounts,
  gateDrifted,
  normal,
  numericProfile,
  sortedUniforms,
  studentT,
  wilson,
} from './drift-simulation.js'

const CATEGORY_SHARES = [0.4, 0.25, 0.15, 0.12, 0.08]

/** Five columns: normal with 5% missing cells, t(3), a 0/1 flag at 0.2, five categories, a 3-value int code. */
function dataset(random: () => number, n: number) {
  const withMissing = (draw: () => number, share: number): Float64Array =>
    Float64Array.from({ length: n }, () => (random() < share ? Number.NaN : draw()))
  const ones = binomial(random, n, 0.2)
  const cats = drawCounts(random, n, CATEGORY_SHARES)
  const categorical = [
    categoricalProfile(
      'flag',
      new Map([
        ['0', n - ones],
        ['1', ones],
      ]),
    ),
    categoricalProfile('plan', new Map(cats.map((c, i) => [`p${i}`, c]))),
  ]
  // From 100,000 rows one continuous column stands for all (KS is rank-based: any continuous law gives the same
  // decisions), drawn as sorted uniforms in O(n).
  if (n >= 100_000) return [numericProfile('continuous', sortedUniforms(random, n), true), ...categorical]
  return [
    numericProfile(
      'normal',
      withMissing(() => normal(random), 0.05),
    ),
    numericProfile(
      't3',
      withMissing(() => studentT(random, 3), 0),
    ),
    ...categorical,
  ]
}

describe('drift false alarms on identical distributions (seeded simulation)', () => {
  // [n, trials]: the trial count shrinks where one trial costs more. Measured (seeds 1600 + n), rate [95% Wilson]:
  // n=100 27/600 = 4.5% [3.1%, 6.5%]; n=1,000 22/600 = 3.7% [2.4%, 5.5%]; n=1,001 21/600 = 3.5% [2.3%, 5.3%];
  // n=10,000 0/60 [0, 6.0%]; n=100,000 0/40 [0, 8.8%]; n=1,000,000 0/8 [0, 32%] (past 10,000 rows the analytic
  // bound below is what holds the rate down; the simulations confirm the code path). Before issue #16: 4.8% at
  // n=1,000 and 27% at n=1,001.
  const grid: [number, number][] = [
    [100, 600],
    [1_000, 600],
    [1_001, 600],
    [10_000, 60],
    [100_000, 40],
    [1_000_000, 8],
  ]
  it.each(grid)('n = %i: at most 5 percent of %i gates report drift', (n, trials) => {
    const random = seededRandom(1600 + n)
    let alarms = 0
    for (let t = 0; t < trials; t++) {
      const decision = gateDrifted(dataset(random, n), dataset(random, n))
      if (decision.drifted.length > 0) alarms++
    }
    const w = wilson(alarms, trials)
    console.log(`n=${n}: ${alarms}/${trials} = ${w.rate} [${w.low.toFixed(4)}, ${w.high.toFixed(4)}]`)
    expect(w.rate).toBeLessThanOrEqual(0.05)
  })

  it('from 10,000 rows the minimum effect bounds false drift analytically: P(KS D ≥ 0.05) under equal laws < 1e-10', () => {
    // The simulations above cannot resolve tiny rates with few trials at large n; the rule can: a column drifts only
    // when its effect reaches drift.min_effect (0.05), and under equal continuous laws P(D ≥ 0.05) with n = m = 10,000
    // is the Kolmogorov tail at en = 5,000 (it only shrinks as n grows). Categories: TVD ≥ 0.05 is as remote.
    expect(kolmogorovNSurvival(5_000, 0.05)).toBeLessThan(1e-10)
  })
})
