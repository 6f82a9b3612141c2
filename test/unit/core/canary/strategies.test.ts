import { inSurface } from '../../../../src/core/errors.js'
import { describe, expect, it } from 'vitest'
import { advanceCanary, startCanary } from '../../../../src/core/canary/canary-machine.js'
import { advanceBake, BAKE_START } from '../../../../src/core/canary/bake-period.js'
import { decideCanary } from '../../../../src/core/canary/decide-canary.js'
import {
  mirrorWithCanary,
  shadowWithBake,
  shadowWithoutMirror,
  stepsWithStrategy,
  titleHeld,
  verdictHeld,
} from '../../../../src/core/canary/messages.js'
import { resolveCanaryPolicy } from '../../../../src/core/canary/resolve-canary-policy.js'
import type { CanaryAction, CanaryPlan, Observation, Transition } from '../../../../src/core/canary/types.js'

const healthy: Observation = {
  kind: 'metrics',
  canary: { 'error-rate': 0.01 },
  stable: { 'error-rate': 0.01 },
  canaryRequests: 500,
}
const faulty: Observation = { ...healthy, canary: { 'error-rate': 0.3 } }

/** Runs the machine over `observations`; every action applied, in order. */
function drive(plan: CanaryPlan, observations: readonly Observation[]): { actions: CanaryAction[]; last: Transition } {
  let t = startCanary(plan)
  const actions = [...t.actions]
  for (const o of observations) {
    if (t.verdict) break
    t = advanceCanary(plan, t.state, o)
    actions.push(...t.actions)
  }
  return { actions, last: t }
}

describe('resolveCanaryPolicy: strategy plans (one machine, one plan type)', () => {
  it('resolveCanaryPolicy keeps canary the default, with its steps and no mirroring', () => {
    const plan = resolveCanaryPolicy({}, {})
    expect(plan).toMatchObject({ strategy: 'canary', steps: [10, 25, 50, 100] })
    expect(plan.mirror).toBeUndefined()
  })
  it('resolveCanaryPolicy gives blue-green [0, 100] (mirror only when asked) and shadow [0] with mirroring', () => {
    expect(resolveCanaryPolicy({ strategy: 'blue-green' }, {})).toMatchObject({ steps: [0, 100] })
    expect(resolveCanaryPolicy({ strategy: 'blue-green' }, {}).mirror).toBeUndefined()
    expect(resolveCanaryPolicy({}, { strategy: 'blue-green', mirror: true })).toMatchObject({ mirror: true })
    expect(resolveCanaryPolicy({}, { strategy: 'shadow' })).toMatchObject({ steps: [0], mirror: true })
  })
  it('resolveCanaryPolicy refuses steps for a strategy that fixes them, naming input or policy path', () => {
    expect(() => resolveCanaryPolicy({}, { strategy: 'blue-green', steps: '10,100' })).toThrow(
      stepsWithStrategy('blue-green'),
    )
    expect(() => resolveCanaryPolicy({ strategy: 'shadow', steps: [10, 100] }, {})).toThrow(
      expect.objectContaining({ location: { path: 'canary-deploy.steps' } }) as Error,
    )
  })
  it('resolveCanaryPolicy refuses a shadow with a bake or without mirror, and a canary with mirror', () => {
    expect(() => resolveCanaryPolicy({ strategy: 'shadow', bake: '1m' }, {})).toThrow(
      inSurface(shadowWithBake(), 'action'),
    )
    expect(() => resolveCanaryPolicy({}, { strategy: 'shadow', bake: '1m' })).toThrow(
      inSurface(shadowWithBake('bake'), 'action'),
    )
    expect(() => resolveCanaryPolicy({ strategy: 'shadow' }, { mirror: false })).toThrow(shadowWithoutMirror())
    expect(() => resolveCanaryPolicy({ mirror: true }, {})).toThrow(mirrorWithCanary())
  })
})

describe('advanceCanary under each strategy', () => {
  const blueGreen = { ...resolveCanaryPolicy({ strategy: 'blue-green' }, { interval: '1s' }), intervalsPerStep: 2 }
  const mirrored = resolveCanaryPolicy({ strategy: 'blue-green', mirror: true }, { interval: '1s' })
  const shadow = resolveCanaryPolicy({ strategy: 'shadow' }, { interval: '1s', intervalsPerStep: 3 })

  it('blue-green: analysed at 0%, then 0 → 100 in one step', () => {
    const { actions, last } = drive(blueGreen, [healthy, healthy])
    expect(actions).toEqual([
      { kind: 'set-weight', percent: 0 },
      { kind: 'set-weight', percent: 100 },
    ])
    expect(last.verdict).toMatchObject({ decision: 'promote', status: 'pass' })
  })
  it('blue-green with mirror: mirroring on while analysing at 0%, off at 100% and after a rollback', () => {
    expect(drive(mirrored, [healthy, healthy]).actions).toEqual([
      { kind: 'set-weight', percent: 0, mirror: true },
      { kind: 'set-weight', percent: 100 },
    ])
    const failed = drive(mirrored, [faulty])
    expect(failed.actions).toEqual([
      { kind: 'set-weight', percent: 0, mirror: true },
      { kind: 'set-weight', percent: 0 },
    ])
    expect(failed.last.verdict).toMatchObject({ decision: 'rollback', reason: 'failure-limit' })
  })
  it('blue-green: a failure in the bake period at 100% rolls back (switched back at once)', () => {
    const baked = resolveCanaryPolicy({ strategy: 'blue-green', bake: '2s' }, { interval: '1s' })
    const step = advanceBake(baked, BAKE_START, faulty)
    expect(step.verdict).toMatchObject({ decision: 'rollback', reason: 'bake-failed' })
  })
  it('shadow: the weight never leaves 0%; a pass holds (mirroring off), moving nothing', () => {
    const { actions, last } = drive(shadow, [healthy, healthy, healthy])
    expect(actions).toEqual([
      { kind: 'set-weight', percent: 0, mirror: true },
      { kind: 'set-weight', percent: 0 },
    ])
    expect(last.verdict).toEqual({
      decision: 'hold',
      reason: 'analysis-passed',
      status: 'pass',
      message: verdictHeld(3),
    })
    expect(last.state).toMatchObject({ phase: 'held', weight: 0 })
    const outcome = decideCanary(shadow, { verdict: last.verdict!, state: last.state, timeline: [] })
    expect(outcome.title).toBe(titleHeld())
    expect(outcome.outputs).toMatchObject({ decision: 'hold', 'final-weight': '0' })
  })
  it('shadow: a candidate worse than stable (relative check) fails and ends at 0% with mirroring off', () => {
    const relative = resolveCanaryPolicy(
      { strategy: 'shadow', checks: [{ metric: 'latency-p95-ms', max_relative: 0.2 }] },
      { interval: '1s' },
    )
    const slow: Observation = {
      kind: 'metrics',
      canary: { 'latency-p95-ms': 300 },
      stable: { 'latency-p95-ms': 100 },
      canaryRequests: 500,
    }
    const { actions, last } = drive(relative, [slow])
    expect(actions.at(-1)).toEqual({ kind: 'set-weight', percent: 0 })
    expect(last.verdict).toMatchObject({ decision: 'rollback', status: 'fail' })
  })
  it('every strategy ends at 0% or 100% on success, failure and cancellation', () => {
    for (const plan of [resolveCanaryPolicy({}, {}), blueGreen, mirrored, shadow]) {
      for (const script of [Array(12).fill(healthy) as Observation[], [faulty], [{ kind: 'abort', reason: 'x' }]]) {
        const { last } = drive(plan, script as Observation[])
        expect(last.verdict, plan.strategy).toBeDefined()
        expect([0, 100]).toContain(last.state.weight)
        expect(last.actions.at(-1)?.mirror).toBeUndefined()
      }
    }
  })
})
