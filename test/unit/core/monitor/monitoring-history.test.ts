import { describe, expect, it } from 'vitest'
import {
  appendMonitoringRun,
  emptyMonitoringHistory,
  MONITORING_HISTORY_LENGTH,
  monitoringTrend,
  parseMonitoringHistory,
} from '../../../../src/core/monitor/monitoring-history.js'
import { renderFigure } from '../../../../src/core/report/render-markdown.js'

const run = (day: number, psi?: number) => ({
  at: `2026-11-${String(day).padStart(2, '0')}T06:00:00Z`,
  status: 'pass' as const,
  figures: psi === undefined ? {} : { psi, drifted_share: 0 },
})

describe('monitoring history', () => {
  it('appends in time order and keeps the last 90 runs', () => {
    let history = emptyMonitoringHistory('churn', 'champion')
    for (let i = 0; i < 100; i++)
      history = appendMonitoringRun(history, { ...run(1, i), at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() })
    expect(history.runs).toHaveLength(MONITORING_HISTORY_LENGTH)
    expect(history.runs[0]?.figures.psi).toBe(10)
    expect(history.runs.at(-1)?.figures.psi).toBe(99)
  })

  it('reads back what it wrote; another model, another version or broken JSON is unreadable with the reason', () => {
    const history = appendMonitoringRun(emptyMonitoringHistory('churn', 'champion'), run(1, 0.1))
    const text = JSON.stringify(history)
    expect(parseMonitoringHistory(text, 'churn', 'champion')).toEqual({ kind: 'history', history })
    expect(parseMonitoringHistory(text, 'churn', 'staging')).toEqual({
      kind: 'unreadable',
      reason: 'it is the history of churn@champion',
    })
    expect(parseMonitoringHistory('{"version":2}', 'churn', 'champion')).toEqual({
      kind: 'unreadable',
      reason: 'its version is 2, not 1',
    })
    expect(parseMonitoringHistory('{', 'churn', 'champion')).toEqual({ kind: 'unreadable', reason: 'it is not JSON' })
  })

  it('drops single runs that do not validate (non-finite figures, bad dates, unknown status) and keeps the rest', () => {
    const text = JSON.stringify({
      version: 1,
      model: 'm',
      alias: 'a',
      runs: [
        run(1, 0.1),
        { ...run(2), at: 'yesterday' },
        { ...run(3), status: 'ok' },
        { ...run(4), figures: { psi: 'x' } },
      ],
    })
    const parsed = parseMonitoringHistory(text, 'm', 'a')
    expect(parsed.kind === 'history' ? parsed.history.runs.map((r) => r.at) : []).toEqual(['2026-11-01T06:00:00Z'])
  })

  it('the trend is a line chart with its table; a figure a run lacks shows as — in the table', () => {
    let history = emptyMonitoringHistory('m', 'a')
    history = appendMonitoringRun(history, run(1, 0.05))
    expect(monitoringTrend(history, ['psi'], 'PSI')).toBeUndefined()
    history = appendMonitoringRun(history, run(2))
    history = appendMonitoringRun(history, run(3, 0.3))
    const figure = monitoringTrend(history, ['psi'], 'PSI over the last runs')
    expect(figure?.x).toEqual(['2026-11-01', '2026-11-02', '2026-11-03'])
    const markdown = figure === undefined ? '' : renderFigure(figure)
    expect(markdown).toContain('```mermaid')
    expect(markdown).toContain('| 2026-11-02 | — |')
    expect(markdown).toContain('| 2026-11-03 | 0.3 |')
  })
})
