import { describe, expect, it } from 'vitest'
import { analyzeFairness, type FairnessInput } from '../../src/core/fairness/analyze-fairness.js'
import { decideFairness } from '../../src/core/fairness/decide-fairness.js'
import { resolveFairnessPolicy, type FairnessPolicySection } from '../../src/core/fairness/resolve-fairness-policy.js'
import { sampleBinomial } from '../../src/core/fairness/sample-binomial.js'
import type { Check } from '../../src/core/gate/check.js'
import { normalQuantile } from '../../src/core/stats/normal-quantile.js'
import { seededRandom } from '../../src/core/stats/seeded-random.js'
import { wilsonInterval } from '../../src/core/stats/wilson-interval.js'

/**
 * Seeded simulations of the fairness gate's verdicts (issue #16), through the same core functions the action
 * runs (analyzeFairness → decideFairness) on simulated rows. Every group has the same prevalence 0.3, TPR 0.7 and
 * FPR 0.2 unless a scenario says otherwise (selection rate 0.35, precision 0.6), so with equal rates every
 * disparity is truly 0 (ratios 1) and any failing check is a false alarm. Each rate is asserted through the
 * 95% Wilson interval of the measured proportion: a false-alarm target ≤ 5% holds when the interval's upper bound
 * is ≤ 0.05, a power target ≥ 80% when its lower bound is ≥ 0.8.
 */

interface Cell {
  readonly values: readonly string[]
  readonly size: number
  readonly tpr?: number
  readonly fpr?: number
}
const COLUMNS = ['gender', 'region']
const PREVALENCE = 0.3

function simulate(random: () => number, cells: readonly Cell[]): FairnessInput {
  const n = cells.reduce((s, c) => s + c.size, 0)
  const yTrue = new Uint8Array(n),
    yPred = new Uint8Array(n)
  const columns = cells[0]!.values.map(() => [] as string[])
  let i = 0
  for (const c of cells) {
    // Cells in the order tp, fn, fp, tn; only counts matter to the gate, so rows are written block by block.
    const pos = sampleBinomial(random, c.size, PREVALENCE)
    const tp = sampleBinomial(random, pos, c.tpr ?? 0.7)
    const fp = sampleBinomial(random, c.size - pos, c.fpr ?? 0.2)
    for (let k = 0; k < c.size; k++, i++) {
      yTrue[i] = k < pos ? 1 : 0
      yPred[i] = k < tp || (k >= pos && k < pos + fp) ? 1 : 0
      c.values.forEach((v, j) => columns[j]!.push(v))
    }
  }
  return { yTrue, yPred, sensitive: columns.map((values, j) => ({ name: COLUMNS[j]!, values })) }
}

interface Rates {
  readonly trials: number
  readonly fail: number
  readonly warn: number
  readonly wilson: readonly [number, number]
}

/** Runs `trials` seeded trials; `counts` says whether a trial counts (default: the gate fails). */
function measure(
  seed: number,
  trials: number,
  cells: readonly Cell[],
  section: FairnessPolicySection,
  counts: (checks: readonly Check[]) => boolean = (checks) => checks.some((c) => c.status === 'fail'),
): Rates {
  const random = seededRandom(seed)
  const policy = resolveFairnessPolicy(section)
  let fail = 0,
    warn = 0
  const failed = new Map<string, number>()
  for (let t = 0; t < trials; t++) {
    const { checks } = decideFairness(analyzeFairness(simulate(random, cells), policy), policy)
    if (process.env['FAIRNESS_SIM_DEBUG'] !== undefined)
      for (const c of checks) if (c.status === 'fail') failed.set(c.id, (failed.get(c.id) ?? 0) + 1)
    if (counts(checks)) fail++
    else if (checks.some((c) => c.status === 'warn')) warn++
  }
  if (process.env['FAIRNESS_SIM_DEBUG'] !== undefined)
    process.stderr.write(JSON.stringify([seed, trials, fail, warn, [...failed]]) + '\n')
  return {
    trials,
    fail: fail / trials,
    warn: warn / trials,
    wilson: wilsonInterval(fail, trials, normalQuantile(0.975)),
  }
}

const equal = (sizes: readonly number[], column = 'g'): Cell[] =>
  sizes.map((size, k) => ({ values: [`${column}${k}`], size }))

const TWO_BY_THREE: Cell[] = ['F', 'M'].flatMap((g) =>
  ['EU', 'US', 'APAC'].map((r) => ({ values: [g, r], size: Math.floor(1000 / 6) })),
)
/** Selection rate 0.2625 vs 0.35 (TPR and FPR scaled by 0.75): disparate impact 0.75. */
const DI_075: Cell[] = [
  { values: ['g0'], size: 5000 },
  { values: ['g1'], size: 5000, tpr: 0.525, fpr: 0.15 },
]
/** Equal rates: every difference is 0 and every ratio 1; an interval that does not reach parity missed it. */
const missed = (checks: readonly Check[]): boolean =>
  checks.some((c) => {
    const i = c.details?.['interval'] as [number | null, number | null] | null | undefined
    if (i === undefined || i === null || i[0] === null || i[1] === null) return false
    return c.id.endsWith('_difference') ? i[0] > 0 : i[1] < 1
  })
const checkFails =
  (id: string) =>
  (checks: readonly Check[]): boolean =>
    checks.find((c) => c.id === id)?.status === 'fail'

describe('fairness-gate verdicts under simulation (issue #16 targets)', () => {
  // Trial counts and the rates measured when this file was written (95% Wilson interval of the gate's fail rate):
  // fail / warn shares; the rest passed. Before #16 the same scenarios failed 70% / 11% / 88% / 100% / 50%.
  it('truly equal groups, n = 1,000: gate fails ≤ 5% (2,000 trials; measured 2.4% [1.8%, 3.1%], warn 9.4%)', () => {
    expect(measure(1, 2000, equal([500, 500]), {}).wilson[1]).toBeLessThanOrEqual(0.05)
  })

  it('truly equal groups, n = 200: gate fails ≤ 5% (2,000 trials; measured 3.1% [2.4%, 4.0%], warn 67%)', () => {
    expect(measure(2, 2000, equal([100, 100]), {}).wilson[1]).toBeLessThanOrEqual(0.05)
  })

  it('4 equal groups, n = 1,000: gate fails ≤ 5% (2,000 trials; measured 2.2% [1.7%, 3.0%], warn 80%)', () => {
    expect(measure(3, 2000, equal([250, 250, 250, 250]), {}).wilson[1]).toBeLessThanOrEqual(0.05)
  })

  it('2 × 3 intersectional groups, n = 1,000: gate fails ≤ 5% (2,000 trials; measured 2.2% [1.6%, 2.9%], warn 97%)', () => {
    expect(measure(4, 2000, TWO_BY_THREE, { intersectional: true }).wilson[1]).toBeLessThanOrEqual(0.05)
  })

  it('a 10% minority (900 / 100), n = 1,000: gate fails ≤ 5% (2,000 trials; measured 3.5% [2.8%, 4.5%], warn 45%)', () => {
    expect(measure(5, 2000, equal([900, 100]), {}).wilson[1]).toBeLessThanOrEqual(0.05)
  })

  it('true disparate impact 0.75, n = 10,000: the DI check fails ≥ 80% (1,000 trials; measured 98.5% [97.5%, 99.1%])', () => {
    const r = measure(6, 1000, DI_075, {}, checkFails('fairness.gender.disparate_impact_ratio'))
    expect(r.wilson[0]).toBeGreaterThanOrEqual(0.8)
  })

  it('use_interval: true, truly equal groups, n = 1,000: gate fails ≤ 5% (2,000 trials; measured 2.2% [1.6%, 2.9%], warn 98%)', () => {
    expect(measure(7, 2000, equal([500, 500]), { use_interval: true }).wilson[1]).toBeLessThanOrEqual(0.05)
  })

  it('the simultaneous interval is valid: it covers every true disparity of equal groups ≥ 95% (2,000 trials; measured 97.4%, misses 2.6% [2.0%, 3.4%])', () => {
    const r = measure(8, 2000, equal([500, 500]), {}, missed)
    expect(r.wilson[1]).toBeLessThanOrEqual(0.05) // misses: confidently under 1 − 0.95
  })

  it('fail_when: confident never fails a disparity exactly at the threshold: true DI 0.8, n = 10,000 (1,000 trials; measured 0.4% [0.2%, 1.0%])', () => {
    const atBoundary: Cell[] = [
      { values: ['g0'], size: 5000 },
      { values: ['g1'], size: 5000, tpr: 0.56, fpr: 0.16 },
    ]
    const r = measure(
      9,
      1000,
      atBoundary,
      { fail_when: 'confident' },
      checkFails('fairness.gender.disparate_impact_ratio'),
    )
    expect(r.wilson[1]).toBeLessThanOrEqual(0.05)
  })

  it('fail_when: confident still fails true disparate impact 0.6, n = 10,000 ≥ 80% (1,000 trials; measured 100% [99.6%, 100%])', () => {
    const far: Cell[] = [
      { values: ['g0'], size: 5000 },
      { values: ['g1'], size: 5000, tpr: 0.42, fpr: 0.12 },
    ]
    const r = measure(10, 1000, far, { fail_when: 'confident' }, checkFails('fairness.gender.disparate_impact_ratio'))
    expect(r.wilson[0]).toBeGreaterThanOrEqual(0.8)
  })

  it('vs champion, candidate and champion both fair (n = 1,000 each), two metrics off: only enabled metrics are compared, and the gate fails ≤ 5% (1,000 trials; measured 2.5% [1.7%, 3.7%])', () => {
    const random = seededRandom(11)
    const policy = resolveFairnessPolicy({
      champion_tolerance: 0.02,
      thresholds: { equalized_odds_difference: null, predictive_parity_difference: null },
    })
    let fail = 0
    const trials = 1000
    for (let t = 0; t < trials; t++) {
      const candidate = analyzeFairness(simulate(random, equal([500, 500])), policy)
      const champion = analyzeFairness(simulate(random, equal([500, 500])), policy)
      const { checks } = decideFairness(candidate, policy, champion)
      const vs = checks.filter((c) => c.id.endsWith('.vs-champion')).map((c) => c.id)
      expect(vs).toEqual([
        'fairness.gender.demographic_parity_difference.vs-champion',
        'fairness.gender.equal_opportunity_difference.vs-champion',
        'fairness.gender.disparate_impact_ratio.vs-champion',
      ])
      if (checks.some((c) => c.status === 'fail')) fail++
    }
    if (process.env['FAIRNESS_SIM_DEBUG'] !== undefined) process.stderr.write(`[champion-fair ${fail}/${trials}]\n`)
    expect(wilsonInterval(fail, trials, normalQuantile(0.975))[1]).toBeLessThanOrEqual(0.05)
  })

  it('vs champion: a confidently worse candidate fails (champion DI 1, candidate DI 0.6, n = 10,000 each; 300 trials; measured 100% [98.7%, 100%])', () => {
    const random = seededRandom(12)
    const policy = resolveFairnessPolicy({})
    const worse: Cell[] = [
      { values: ['g0'], size: 5000 },
      { values: ['g1'], size: 5000, tpr: 0.42, fpr: 0.12 },
    ]
    let fail = 0
    const trials = 300
    for (let t = 0; t < trials; t++) {
      const candidate = analyzeFairness(simulate(random, worse), policy)
      const champion = analyzeFairness(simulate(random, equal([5000, 5000])), policy)
      const check = decideFairness(candidate, policy, champion).checks.find(
        (c) => c.id === 'fairness.gender.disparate_impact_ratio.vs-champion',
      )
      if (check?.status === 'fail') fail++
    }
    if (process.env['FAIRNESS_SIM_DEBUG'] !== undefined) process.stderr.write(`[champion-worse ${fail}/${trials}]\n`)
    expect(wilsonInterval(fail, trials, normalQuantile(0.975))[0]).toBeGreaterThanOrEqual(0.8)
  })

  it('true disparate impact 0.75 at low selection rates (0.20 vs 0.15), n = 10,000: the DI check fails ≥ 80% (1,000 trials; measured 93.5% [91.8%, 94.9%])', () => {
    // The pre-#16 point rule failed this 93–95%; fail_when: confident fails it 11.9% (a level-5% test of
    // "DI < 0.8" has at most ~43% power here: the log-ratio's standard error is 0.044 against a distance of 0.065).
    const low: Cell[] = [
      { values: ['g0'], size: 5000, tpr: 0.4, fpr: 0.114 },
      { values: ['g1'], size: 5000, tpr: 0.3, fpr: 0.0857 },
    ]
    const r = measure(13, 1000, low, {}, checkFails('fairness.gender.disparate_impact_ratio'))
    expect(r.wilson[0]).toBeGreaterThanOrEqual(0.8)
  })

  it('the intervals stay valid against a reference group and with method to_overall: 3 equal groups, n = 1,500, misses ≤ 5% (4,000 trials each; measured 3.1% [2.7%, 3.7%] and 2.5% [2.0%, 3.0%])', () => {
    const groups = equal([500, 500, 500])
    const reference = measure(17, 4000, groups, { reference_groups: { gender: 'g0' } }, missed)
    expect(reference.wilson[1]).toBeLessThanOrEqual(0.05)
    const overall = measure(18, 4000, groups, { method: 'to_overall' }, missed)
    expect(overall.wilson[1]).toBeLessThanOrEqual(0.05)
  })
})
