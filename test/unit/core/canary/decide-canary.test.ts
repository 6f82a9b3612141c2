import { describe, expect, it } from 'vitest'
import { decideCanary } from '../../../../src/core/canary/decide-canary.js'
import {
  championMoved,
  neverJudged,
  titlePromoted,
  titleRolledBack,
  verdictAborted,
  verdictFailureLimit,
  verdictPromoted,
} from '../../../../src/core/canary/messages.js'
import type {
  CanaryPlan,
  CanaryRun,
  CanaryState,
  CheckAssessment,
  IntervalAssessment,
  TimelineEntry,
} from '../../../../src/core/canary/types.js'

// Literal evidence: a plan with an absolute and a relative check, and what a rollout left.
const plan: CanaryPlan = {
  steps: [10, 50, 100],
  intervalsPerStep: 1,
  intervalMs: 1000,
  failureLimit: 0,
  inconclusiveLimit: 1,
  noTraffic: { policy: 'wait', maxIntervals: 2 },
  checks: [
    { metric: 'error-rate', condition: { kind: 'max', value: 0.05 } },
    { metric: 'latency-p95-ms', condition: { kind: 'max-relative', tolerance: 0.2 } },
  ],
}
const state = (weight: number, intervals: number): CanaryState => ({
  phase: weight === 100 ? 'promoted' : 'rolled-back',
  stepIndex: 0,
  passedInStep: 0,
  weight,
  failures: 0,
  inconclusives: 0,
  noTrafficIntervals: 0,
  intervals,
})
const errorRate = (canary: number | null, status: CheckAssessment['status']): CheckAssessment => ({
  metric: 'error-rate',
  outcome: status === 'pass' ? 'success' : status === 'fail' ? 'failed' : 'inconclusive',
  status,
  canary,
  stable: 0.01,
  limit: 0.05,
  message: `error-rate message (${status})`,
})
const latency: CheckAssessment = {
  metric: 'latency-p95-ms',
  outcome: 'success',
  status: 'pass',
  canary: 110,
  stable: 100,
  limit: 120,
  message: 'latency-p95-ms 110 ≤ stable × 1.2',
}
const interval = (checks: readonly CheckAssessment[], reason = 'last interval'): IntervalAssessment => ({
  outcome: 'success',
  status: 'pass',
  checks,
  reason,
})
const timeline: TimelineEntry[] = [
  { atMs: 0, weight: 10, outcome: 'start', canary: {}, stable: {}, reason: 'canary at 10%' },
  {
    atMs: 1000,
    weight: 10,
    outcome: 'success',
    canary: { 'error-rate': 0.01, 'latency-p95-ms': 110 },
    stable: { 'error-rate': 0.01, 'latency-p95-ms': 100 },
    reason: 'all checks passed',
  },
  {
    atMs: 2500,
    weight: 50,
    outcome: 'inconclusive',
    canary: { 'error-rate': null },
    stable: { 'error-rate': 0.01 },
    reason: 'error-rate missing',
  },
]
const promoted: CanaryRun = {
  verdict: { decision: 'promote', reason: 'analysis-passed', status: 'pass', message: verdictPromoted([10, 50, 100]) },
  state: state(100, 3),
  timeline,
  lastAssessment: interval([errorRate(0.01, 'pass'), latency]),
}
const failed: CanaryRun = {
  verdict: {
    decision: 'rollback',
    reason: 'failure-limit',
    status: 'fail',
    message: verdictFailureLimit(1, 0, 'error-rate 0.5 breaches ≤ 0.05'),
  },
  state: state(0, 2),
  timeline,
  lastAssessment: interval([errorRate(0.5, 'fail'), latency]),
}

describe('decideCanary', () => {
  it('decideCanary(plan, promoted) says promoted to 100%, passes every check and sets the four outputs', () => {
    const outcome = decideCanary(plan, promoted)
    expect(outcome.title).toBe(titlePromoted())
    expect(outcome.title).toBe('Canary promoted to 100%')
    expect(outcome.summary).toBe(verdictPromoted([10, 50, 100]))
    expect(outcome.checks).toEqual([
      {
        id: 'canary.error-rate',
        status: 'pass',
        observed: 0.01,
        measure: 'canary error-rate',
        threshold: { rule: '≤ 0.05', max: 0.05 },
        message: 'error-rate message (pass)',
        details: { stable: 0.01 },
      },
      {
        id: 'canary.latency-p95-ms',
        status: 'pass',
        observed: 110,
        measure: 'canary latency-p95-ms',
        threshold: { rule: '≤ stable × 1.2', max: 120 },
        message: 'latency-p95-ms 110 ≤ stable × 1.2',
        details: { stable: 100 },
      },
      {
        id: 'canary.decision',
        status: 'pass',
        observed: 'promote',
        threshold: { rule: 'failure limit 0, inconclusive limit 1' },
        message: verdictPromoted([10, 50, 100]),
        details: { reason: 'analysis-passed' },
      },
    ])
    expect(outcome.outputs).toEqual({
      decision: 'promote',
      'final-weight': '100',
      reason: 'analysis-passed',
      intervals: '3',
    })
    expect(outcome.status).toBeUndefined()
  })

  it('decideCanary(plan, rolledBack) names the reason in the title and carries the failed check and the verdict status', () => {
    const outcome = decideCanary(plan, failed)
    expect(outcome.title).toBe(titleRolledBack('failure-limit'))
    expect(outcome.title).toBe('Canary rolled back to 0%: failure-limit')
    expect(outcome.summary).toBe(failed.verdict.message)
    expect(outcome.checks.map((c) => [c.id, c.status, c.observed])).toEqual([
      ['canary.error-rate', 'fail', 0.5],
      ['canary.latency-p95-ms', 'pass', 110],
      ['canary.decision', 'fail', 'rollback'],
    ])
    expect(outcome.outputs).toEqual({
      decision: 'rollback',
      'final-weight': '0',
      reason: 'failure-limit',
      intervals: '2',
    })
  })

  it('decideCanary(plan, run) maps an inconclusive metric to error and a non-finite value to observed null', () => {
    const run: CanaryRun = {
      verdict: { decision: 'rollback', reason: 'inconclusive-limit', status: 'error', message: 'inconclusive' },
      state: state(0, 2),
      timeline,
      lastAssessment: interval([errorRate(Number.NaN, 'error'), { ...latency, limit: null }]),
    }
    const { checks, title } = decideCanary(plan, run)
    expect(checks[0]).toMatchObject({ id: 'canary.error-rate', status: 'error', observed: null })
    // No resolved limit (the baseline was missing): the threshold keeps the rule only.
    expect(checks[1]!.threshold).toEqual({ rule: '≤ stable × 1.2' })
    expect(checks[2]).toMatchObject({ id: 'canary.decision', status: 'error', observed: 'rollback' })
    expect(title).toBe('Canary rolled back to 0%: inconclusive-limit')
  })

  it('decideCanary(plan, run) is an error for a metric no interval judged, with the last reason or "no interval completed"', () => {
    const aborted: CanaryRun = {
      verdict: { decision: 'rollback', reason: 'aborted', status: 'error', message: verdictAborted('job cancelled') },
      state: state(0, 0),
      timeline: [timeline[0]!],
    }
    const { checks, title } = decideCanary(plan, aborted)
    expect(checks.slice(0, 2)).toEqual([
      {
        id: 'canary.error-rate',
        status: 'error',
        observed: null,
        threshold: { rule: '≤ 0.05' },
        message: neverJudged('error-rate', undefined),
      },
      {
        id: 'canary.latency-p95-ms',
        status: 'error',
        observed: null,
        threshold: { rule: '≤ stable × 1.2' },
        message: neverJudged('latency-p95-ms', undefined),
      },
    ])
    expect(checks[0]!.message).toBe('error-rate: never judged (no interval completed)')
    expect(title).toBe('Canary rolled back to 0%: aborted')
    const partly = decideCanary(plan, { ...aborted, lastAssessment: interval([latency], 'provider unreachable') })
    expect(partly.checks[0]!.message).toBe('error-rate: never judged (provider unreachable)')
    expect(partly.checks[1]!.status).toBe('pass')
  })

  it('decideCanary(plan, run) keeps a min condition as a min threshold', () => {
    const minPlan: CanaryPlan = {
      ...plan,
      checks: [{ metric: 'success-rate', condition: { kind: 'min', value: 0.9 } }],
    }
    const judged: CheckAssessment = { ...latency, metric: 'success-rate', canary: 0.95, limit: 0.9 }
    const { checks } = decideCanary(minPlan, { ...promoted, lastAssessment: interval([judged]) })
    expect(checks[0]!.threshold).toEqual({ rule: '≥ 0.9', min: 0.9 })
  })

  it('decideCanary(plan, promoted, champion) adds canary.champion (pass) after the decision', () => {
    const { checks } = decideCanary(plan, promoted, { model: 'churn', version: 3 })
    expect(checks.at(-1)).toEqual({
      id: 'canary.champion',
      status: 'pass',
      observed: 3,
      message: championMoved('churn', 3),
    })
    expect(checks.at(-1)!.message).toBe('churn alias champion → v3')
    expect(checks.at(-2)!.id).toBe('canary.decision')
    expect(decideCanary(plan, promoted).checks.some((c) => c.id === 'canary.champion')).toBe(false)
  })

  it('decideCanary(plan, run) draws the timeline: weight line, metric line (missing as 0), table with both sides', () => {
    const { figures } = decideCanary(plan, promoted)
    expect(figures.map((f) => [f.kind, f.title])).toEqual([
      ['line', 'Canary weight (%)'],
      ['line', 'Canary metrics per interval (missing shown as 0; see table)'],
      ['table', 'Timeline'],
    ])
    const [weights, metrics, table] = figures
    // The weight line ends at the weight the rollout was left at: 100 after the promotion, not the last step's 50.
    expect(weights).toMatchObject({
      x: ['0.0s', '1.0s', '2.5s', 'promoted'],
      series: [{ name: 'weight', values: [10, 10, 50, 100] }],
    })
    const back = decideCanary(plan, {
      ...promoted,
      verdict: { ...promoted.verdict, decision: 'rollback' },
      state: state(0, 2),
    })
    expect(back.figures[0]).toMatchObject({
      x: ['0.0s', '1.0s', '2.5s', 'rolled back'],
      series: [{ values: [10, 10, 50, 0] }],
    })
    expect(metrics).toMatchObject({
      series: [
        { name: 'canary error-rate', values: [0, 0.01, 0] },
        { name: 'canary latency-p95-ms', values: [0, 110, 0] },
      ],
    })
    expect(table).toMatchObject({
      columns: [
        'time',
        'weight %',
        'outcome',
        'canary error-rate',
        'stable error-rate',
        'canary latency-p95-ms',
        'stable latency-p95-ms',
        'reason',
      ],
    })
    expect(table!.kind === 'table' && table!.rows[2]).toEqual([
      '2.5s',
      50,
      'inconclusive',
      null,
      0.01,
      null,
      null,
      'error-rate missing',
    ])
    expect(decideCanary({ ...plan, checks: [] }, promoted).figures.map((f) => f.kind)).toEqual(['line', 'table'])
  })
})
