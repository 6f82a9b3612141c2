import { inSurface } from '../../../../src/core/errors.js'
import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/two-proportion.statsmodels.json' with { type: 'json' }
import { assessAb } from '../../../../src/core/canary/ab-test.js'
import { advanceCanary, judgeAb, startCanary } from '../../../../src/core/canary/canary-machine.js'
import { decideCanary } from '../../../../src/core/canary/decide-canary.js'
import {
  abDurationRequired,
  abNoVariance,
  abOptionWithoutAb,
  abQueryRequired,
  abWeightInvalid,
  shadowPromoteWithout,
  shadowWithBake,
} from '../../../../src/core/canary/messages.js'
import { resolveCanaryPolicy } from '../../../../src/core/canary/resolve-canary-policy.js'
import type { AbPlan, CanaryState, Observation } from '../../../../src/core/canary/types.js'

const AB: AbPlan = {
  weight: 50,
  durationMs: 60_000,
  alpha: 0.05,
  minLift: 0,
  onInconclusive: 'rollback',
  successQuery: 'sum(increase(conversions_total{job="{{target}}"}[{{interval}}]))',
  trialsQuery: 'sum(increase(model_requests_total{job="{{target}}"}[{{interval}}]))',
}
const queries = { abSuccessQuery: AB.successQuery, abTrialsQuery: AB.trialsQuery }

// Tolerances stated by the generator (fixtures/golden/generate/two-proportion.py, key "ab"): p-values within 1e-10
// relative (or 1e-15 absolute), interval bounds within 1e-9 absolute, and the same outcome.
describe('assessAb against statsmodels (proportions_ztest one-sided, confint_proportions_2indep newcomb)', () => {
  it('assessAb matches p-values, the Newcombe interval and the outcome of every golden case', () => {
    expect(golden.ab.length).toBeGreaterThanOrEqual(10)
    for (const c of golden.ab) {
      const r = assessAb(
        { ...AB, alpha: c.alpha, minLift: c.min_lift },
        0,
        { successes: c.x1, trials: c.n1 },
        { successes: c.x2, trials: c.n2 },
      )
      const why = JSON.stringify(c)
      expect(r.outcome, why).toBe(c.outcome)
      expect(Math.abs((r.pBetter ?? NaN) - c.p_better), why).toBeLessThanOrEqual(Math.max(1e-15, 1e-10 * c.p_better))
      expect(Math.abs((r.pWorse ?? NaN) - c.p_worse), why).toBeLessThanOrEqual(Math.max(1e-15, 1e-10 * c.p_worse))
      expect(Math.abs((r.interval?.[0] ?? NaN) - c.low), why).toBeLessThanOrEqual(1e-9)
      expect(Math.abs((r.interval?.[1] ?? NaN) - c.upp), why).toBeLessThanOrEqual(1e-9)
      expect(r.difference, why).toBeCloseTo(c.x1 / c.n1 - c.x2 / c.n2, 12)
    }
  })
  it('assessAb is inconclusive, never better, for missing counts, too few trials, successes > trials, no variance', () => {
    const better = { successes: 300, trials: 1000 }
    const stable = { successes: 200, trials: 1000 }
    expect(assessAb(AB, 0, { successes: null, trials: 1000, reason: 'empty vector' }, stable)).toMatchObject({
      outcome: 'inconclusive',
      message: expect.stringContaining('empty vector') as string,
    })
    expect(assessAb(AB, 0, better, { successes: 200, trials: Number.NaN })).toMatchObject({ outcome: 'inconclusive' })
    expect(assessAb(AB, 1001, better, stable)).toMatchObject({
      outcome: 'inconclusive',
      message: expect.stringContaining('fewer than min-requests 1001') as string,
    })
    expect(assessAb(AB, 0, { successes: 1200, trials: 1000 }, stable).outcome).toBe('inconclusive')
    expect(assessAb(AB, 0, { successes: 0, trials: 500 }, { successes: 0, trials: 500 }).message).toBe(abNoVariance())
    expect(assessAb(AB, 0, { successes: -1, trials: 500 }, stable).outcome).toBe('inconclusive')
  })
  it('assessAb rounds Prometheus increase() floats to whole counts (299.6 of 999.8 is 300 of 1000)', () => {
    const rounded = assessAb(AB, 0, { successes: 299.6, trials: 999.8 }, { successes: 200.2, trials: 1000.4 })
    const exact = assessAb(AB, 0, { successes: 300, trials: 1000 }, { successes: 200, trials: 1000 })
    expect(rounded).toEqual(exact)
  })
})

describe('resolveCanaryPolicy: strategy ab and shadow.promote', () => {
  it('resolveCanaryPolicy holds an ab split at its weight for the duration in whole intervals, then 100', () => {
    const plan = resolveCanaryPolicy(
      { strategy: 'ab', interval: '30s', ab: { weight: 20, duration: '5m', success_query: 's', trials_query: 't' } },
      {},
    )
    expect(plan).toMatchObject({ strategy: 'ab', steps: [20, 100], intervalsPerStep: 10 })
    expect(plan.ab).toEqual({
      weight: 20,
      durationMs: 300_000,
      alpha: 0.05,
      minLift: 0,
      onInconclusive: 'rollback',
      successQuery: 's',
      trialsQuery: 't',
    })
    expect(plan.mirror).toBeUndefined()
    // 70 s at 30 s intervals: 3 intervals (rounded up, never shorter than asked)
    expect(
      resolveCanaryPolicy({}, { strategy: 'ab', abDuration: '70s', interval: '30s', ...queries }).intervalsPerStep,
    ).toBe(3)
  })
  it('resolveCanaryPolicy lets inputs override the policy ab section', () => {
    const plan = resolveCanaryPolicy(
      { strategy: 'ab', ab: { weight: 20, duration: '5m', alpha: 0.1, success_query: 's', trials_query: 't' } },
      { abWeight: 30, abDuration: '10m', abAlpha: 0.01, abMinLift: 0.02, abOnInconclusive: 'promote' },
    )
    expect(plan.steps).toEqual([30, 100])
    expect(plan.ab).toMatchObject({ durationMs: 600_000, alpha: 0.01, minLift: 0.02, onInconclusive: 'promote' })
  })
  it('resolveCanaryPolicy refuses an ab plan without duration or queries, a bad weight, and ab options elsewhere', () => {
    expect(() => resolveCanaryPolicy({}, { strategy: 'ab', ...queries })).toThrow(abDurationRequired())
    expect(() => resolveCanaryPolicy({}, { strategy: 'ab', abDuration: '1m', abTrialsQuery: 't' })).toThrow(
      abQueryRequired('success'),
    )
    expect(() => resolveCanaryPolicy({ strategy: 'ab', ab: { duration: '1m', success_query: 's' } }, {})).toThrow(
      expect.objectContaining({ location: { path: 'canary-deploy.ab.trials_query' } }) as Error,
    )
    expect(() => resolveCanaryPolicy({}, { strategy: 'ab', abDuration: '1m', abWeight: 100, ...queries })).toThrow(
      abWeightInvalid(100),
    )
    expect(() => resolveCanaryPolicy({}, { strategy: 'ab', abDuration: '1s', interval: '30s', ...queries })).toThrow(
      expect.objectContaining({ location: { input: 'ab-duration' } }) as Error,
    )
    expect(() => resolveCanaryPolicy({}, { strategy: 'ab', abDuration: '1m', abAlpha: 0, ...queries })).toThrow(
      expect.objectContaining({ location: { input: 'ab-alpha' } }) as Error,
    )
    expect(() => resolveCanaryPolicy({ ab: { weight: 50 } }, {})).toThrow(
      inSurface(abOptionWithoutAb('canary-deploy.ab'), 'action'),
    )
    expect(() => resolveCanaryPolicy({}, { abDuration: '1m' })).toThrow(
      inSurface(abOptionWithoutAb({ input: 'ab-duration' }), 'action'),
    )
    expect(() => resolveCanaryPolicy({}, { abDuration: '1m' })).toThrow(
      'input "ab-duration" is set, but the strategy is not ab',
    )
    expect(() => resolveCanaryPolicy({}, { strategy: 'ab', abDuration: '1m', mirror: true, ...queries })).toThrow(
      expect.objectContaining({ location: { input: 'mirror' } }) as Error,
    )
  })
  it('resolveCanaryPolicy: shadow.promote gives [0, 100] with mirroring and allows a bake; without it a bake is refused', () => {
    const plan = resolveCanaryPolicy({ strategy: 'shadow', shadow: { promote: true }, bake: '1m' }, {})
    expect(plan).toMatchObject({ strategy: 'shadow', steps: [0, 100], mirror: true, bakeMs: 60_000 })
    expect(resolveCanaryPolicy({}, { strategy: 'shadow', shadowPromote: true }).steps).toEqual([0, 100])
    expect(resolveCanaryPolicy({ strategy: 'shadow', shadow: { promote: false } }, {}).steps).toEqual([0])
    expect(() => resolveCanaryPolicy({ strategy: 'shadow', bake: '1m' }, {})).toThrow(
      inSurface(shadowWithBake(), 'action'),
    )
    expect(() => resolveCanaryPolicy({ strategy: 'blue-green' }, { shadowPromote: true })).toThrow(
      inSurface(shadowPromoteWithout('blue-green'), 'action'),
    )
    expect(() => resolveCanaryPolicy({ shadow: { promote: true } }, {})).toThrow(
      expect.objectContaining({ location: { path: 'canary-deploy.shadow.promote' } }) as Error,
    )
    expect(resolveCanaryPolicy({ shadow: { promote: false } }, {}).strategy).toBe('canary')
  })
})

const pass: Observation = {
  kind: 'metrics',
  canary: { 'error-rate': 0.01 },
  stable: { 'error-rate': 0.01 },
  canaryRequests: 500,
}
const fail: Observation = { ...pass, canary: { 'error-rate': 0.3 } }

describe('the machine with an A/B plan: hold the split for its duration, then one judgement', () => {
  const plan = resolveCanaryPolicy(
    {},
    { strategy: 'ab', abDuration: '3s', interval: '1s', minRequests: 10, ...queries },
  )
  const judging = (): CanaryState => {
    let t = startCanary(plan)
    expect(t.actions).toEqual([{ kind: 'set-weight', percent: 50 }])
    for (let i = 0; i < 3; i += 1) {
      expect(t.state.phase).toBe('progressing')
      t = advanceCanary(plan, t.state, pass)
      expect(t.actions).toEqual([])
      expect(t.verdict).toBeUndefined()
    }
    expect(t.state).toMatchObject({ phase: 'judging', weight: 50, intervals: 3 })
    return t.state
  }
  const better = assessAb(plan.ab as AbPlan, 10, { successes: 300, trials: 1000 }, { successes: 200, trials: 1000 })
  const worse = assessAb(plan.ab as AbPlan, 10, { successes: 200, trials: 1000 }, { successes: 300, trials: 1000 })
  const unsure = assessAb(plan.ab as AbPlan, 10, { successes: 210, trials: 1000 }, { successes: 200, trials: 1000 })

  it('judgeAb promotes a better candidate to 100%, rolls a worse one back to 0%', () => {
    expect(judgeAb(plan, judging(), better)).toMatchObject({
      state: { phase: 'promoted', weight: 100 },
      actions: [{ kind: 'set-weight', percent: 100 }],
      verdict: { decision: 'promote', reason: 'ab-better', status: 'pass' },
    })
    expect(judgeAb(plan, judging(), worse)).toMatchObject({
      state: { phase: 'rolled-back', weight: 0 },
      actions: [{ kind: 'set-weight', percent: 0 }],
      verdict: { decision: 'rollback', reason: 'ab-worse', status: 'fail' },
    })
  })
  it('judgeAb never leaves an inconclusive test at the split: rollback (error) by default, promote (warn) if asked', () => {
    expect(judgeAb(plan, judging(), unsure)).toMatchObject({
      state: { weight: 0 },
      verdict: { decision: 'rollback', reason: 'ab-inconclusive', status: 'error' },
    })
    const lenient = { ...plan, ab: { ...(plan.ab as AbPlan), onInconclusive: 'promote' as const } }
    expect(judgeAb(lenient, judging(), unsure)).toMatchObject({
      state: { weight: 100 },
      verdict: { decision: 'promote', reason: 'ab-inconclusive', status: 'warn' },
    })
  })
  it('a failing guard check during the split rolls back at once, before any judgement', () => {
    const t = advanceCanary(plan, startCanary(plan).state, fail)
    expect(t).toMatchObject({ state: { weight: 0 }, verdict: { decision: 'rollback', reason: 'failure-limit' } })
  })
  it('a cancellation while judging rolls back; a judgement outside judging does nothing', () => {
    expect(advanceCanary(plan, judging(), { kind: 'abort', reason: 'job cancelled' })).toMatchObject({
      state: { weight: 0, phase: 'rolled-back' },
      verdict: { reason: 'aborted' },
    })
    expect(judgeAb(plan, startCanary(plan).state, better)).toEqual({ state: startCanary(plan).state, actions: [] })
  })
  it('decideCanary reports the A/B test as its own check with the interval, and titles the outcome', () => {
    const state = judging()
    const t = judgeAb(plan, state, better)
    const outcome = decideCanary(plan, {
      verdict: t.verdict!,
      state: t.state,
      timeline: [],
      ab: better,
    })
    expect(outcome.title).toBe('A/B test passed: candidate promoted to 100%')
    const check = outcome.checks.find((c) => c.id === 'canary.ab-test')
    expect(check).toMatchObject({ status: 'pass', observed: better.difference })
    expect(check?.details).toMatchObject({ interval: better.interval })
    expect(outcome.outputs).toMatchObject({ decision: 'promote', 'final-weight': '100', reason: 'ab-better' })
    expect(outcome.checks.at(-1)?.id).toBe('canary.decision')
  })
})
