import { describe, expect, it } from 'vitest'
import { checkRunConclusion } from '../../../../src/core/gate/fail-on.js'
import { errorOutcome, toGateReport, type GateOutcome } from '../../../../src/core/gate/gate-outcome.js'
import { nothingJudged } from '../../../../src/core/messages.js'

const frame = { startedAt: new Date('2026-01-01T00:00:00Z'), finishedAt: new Date('2026-01-01T00:00:02Z') }
const outcome = (checks: GateOutcome['checks']): GateOutcome => ({ title: 't', checks, figures: [], outputs: {} })

describe('toGateReport', () => {
  it('toGateReport(gate, outcome, frame) takes the worst check status and the session timing', () => {
    const report = toGateReport(
      'fairness-gate',
      outcome([
        { id: 'a', status: 'pass', observed: 1, message: 'ok' },
        { id: 'b', status: 'warn', observed: 2, message: 'hm' },
      ]),
      frame,
    )
    expect(report).toMatchObject({
      gate: 'fairness-gate',
      status: 'warn',
      durationMs: 2000,
      startedAt: '2026-01-01T00:00:00.000Z',
    })
  })

  it('toGateReport of an outcome whose checks were all skipped is an error with the reason as its own check', () => {
    const skipped = outcome([
      { id: 'evaluate.latency.p95', status: 'skipped', observed: null, message: 'no predict command' },
    ])
    const report = toGateReport('evaluate-vs-champion', skipped, frame)
    expect(report.status).toBe('error')
    expect(report.checks.at(-1)).toEqual({
      id: 'evaluate-vs-champion.nothing-judged',
      status: 'error',
      observed: null,
      message: nothingJudged('evaluate-vs-champion', 1),
    })
    // What branch protection sees: a failure, never the passing `skipped` conclusion.
    expect(checkRunConclusion(report.status, 'fail')).toBe('failure')
  })

  it('toGateReport keeps a skipped check beside one that ran (a pass stays a pass)', () => {
    const mixed = outcome([
      { id: 'a', status: 'pass', observed: 1, message: 'ok' },
      { id: 'b', status: 'skipped', observed: null, message: 'not configured' },
    ])
    const report = toGateReport('validate-data', mixed, frame)
    expect(report.status).toBe('pass')
    expect(report.checks).toHaveLength(2)
  })

  it('errorOutcome(gate, message) is one error check with the first line of the message in the title', () => {
    const report = toGateReport('canary-deploy', errorOutcome('canary-deploy', 'no traffic\nmore'), frame)
    expect(report.status).toBe('error')
    expect(report.title).toBe('could not decide: no traffic')
  })
})
