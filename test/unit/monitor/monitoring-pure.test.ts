// The pure parts of monitoring: prediction drift reported apart, the reference columns compared with production
// data, and the history run / trend built from a validate-data outcome.
import { describe, expect, it } from 'vitest'
import { decideDrift } from '../../../src/core/drift/decide-drift.js'
import { measureDatasetDrift } from '../../../src/core/drift/measure-dataset-drift.js'
import { DEFAULT_VALIDATE_DATA_POLICY } from '../../../src/core/drift/resolve-validate-data-policy.js'
import { driftHistoryRun, driftTrend } from '../../../src/core/monitor/drift-history-run.js'
import { monitorMessages } from '../../../src/core/monitor/messages.js'
import { appendMonitoringRun, emptyMonitoringHistory } from '../../../src/core/monitor/monitoring-history.js'
import { predictionDriftReport } from '../../../src/core/monitor/prediction-drift.js'
import { referenceForCurrent } from '../../../src/core/monitor/reference-for-current.js'
import { createColumnProfile, finishColumnProfile, profileAdd } from '../../../src/core/profile/column-profile.js'
import { seededRandom } from '../../../src/core/stats/seeded-random.js'
import { decideValidateData } from '../../../src/core/validate/decide-validate-data.js'

function numeric(name: string, n: number, shift: number, seed: number) {
  const random = seededRandom(seed)
  const p = createColumnProfile(name)
  for (let i = 0; i < n; i++) profileAdd(p, random() + shift)
  return finishColumnProfile(p)
}

const reference = [numeric('age', 500, 0, 1), numeric('score', 500, 0, 2)]
const drifted = [numeric('age', 500, 0, 3), numeric('score', 500, 0.5, 4)]

describe('predictionDriftReport', () => {
  it('predictionDriftReport(decision, columns) labels prediction checks and puts their figures in their own section', () => {
    const measured = measureDatasetDrift(reference, drifted, undefined, DEFAULT_VALIDATE_DATA_POLICY)
    const decision = decideDrift(measured.measures, measured.errors, DEFAULT_VALIDATE_DATA_POLICY)
    const report = predictionDriftReport(decision, ['score'])
    expect(report.checks.find((c) => c.id === 'drift.score')?.message).toMatch(
      /^prediction drift: column "score" drifted/,
    )
    expect(report.checks.find((c) => c.id === 'drift.age')?.message).toMatch(/^column "age" stable/)
    expect(report.checks.map((c) => c.id)).toEqual(decision.checks.map((c) => c.id))
    const tables = report.figures.filter((f) => f.kind === 'table')
    expect(tables.map((t) => t.title)).toEqual(['Drift per column', 'Prediction drift: Drift per column'])
    expect(tables.map((t) => (t.kind === 'table' ? t.rows.map((r) => r[0]) : []))).toEqual([['age'], ['score']])
  })

  it('predictionDriftReport(decision, []) is the plain drift report', () => {
    const measured = measureDatasetDrift(reference, drifted, undefined, DEFAULT_VALIDATE_DATA_POLICY)
    const decision = decideDrift(measured.measures, measured.errors, DEFAULT_VALIDATE_DATA_POLICY)
    expect(predictionDriftReport(decision, []).checks).toBe(decision.checks)
    expect(predictionDriftReport(decision, ['prediction']).figures.map((f) => f.title)).not.toContain(
      'Prediction drift: Drift per column',
    )
  })
})

describe('referenceForCurrent', () => {
  it('referenceForCurrent(ref, current, predictions) drops only prediction columns the data lacks', () => {
    const ref = [{ name: 'age' }, { name: 'score' }, { name: 'income' }]
    expect(referenceForCurrent(ref, ['age'], ['score']).map((p) => p.name)).toEqual(['age', 'income'])
    expect(referenceForCurrent(ref, ['age', 'score'], ['score']).map((p) => p.name)).toEqual(['age', 'score', 'income'])
  })
})

describe('driftHistoryRun and driftTrend', () => {
  const outcome = decideValidateData(
    { mode: 'validate', current: { profiles: drifted, contractChecks: undefined }, reference, contract: undefined },
    DEFAULT_VALIDATE_DATA_POLICY,
  )

  it('driftHistoryRun(outcome, rows, at, url) keeps per-column PSI and statistic, drifted share, rows and status', () => {
    const run = driftHistoryRun(outcome, 500, new Date('2026-11-02T06:00:00Z'), 'https://example.test/run/1')
    expect(run).toMatchObject({ at: '2026-11-02T06:00:00.000Z', runUrl: 'https://example.test/run/1', status: 'fail' })
    expect(Object.keys(run.figures).sort()).toEqual(
      ['drifted_share', 'psi:age', 'psi:score', 'rows', 'statistic:age', 'statistic:score'].sort(),
    )
    expect(run.figures.rows).toBe(500)
    expect(run.figures.drifted_share).toBe(0.5)
  })

  it('driftTrend(history) is a PSI line per column from the second run, named by column', () => {
    const one = appendMonitoringRun(
      emptyMonitoringHistory('churn', 'champion'),
      driftHistoryRun(outcome, 500, new Date(0)),
    )
    expect(driftTrend(one)).toBeUndefined()
    const two = appendMonitoringRun(one, driftHistoryRun(outcome, 500, new Date(86_400_000)))
    const trend = driftTrend(two)
    expect(trend?.title).toBe(monitorMessages.historyTitle())
    expect(trend?.series.map((s) => s.name)).toEqual(['age', 'score'])
    expect(trend?.x).toEqual(['1970-01-01', '1970-01-02'])
  })
})
