import { describe, expect, it } from 'vitest'
import { makeGateReport } from '../../../../src/core/gate/gate-report.js'
import type { Check } from '../../../../src/core/gate/check.js'
import { CHECK_RUN_TEXT_LIMIT, toCheckRun } from '../../../../src/core/report/to-check-run.js'
import { renderMarkdown } from '../../../../src/core/report/render-markdown.js'

const at = new Date('2026-11-23T10:00:00Z')
const report = (checks: Check[], figures = []) =>
  makeGateReport({
    gate: 'validate-data',
    title: 'two columns drifted',
    checks,
    figures,
    startedAt: at,
    finishedAt: at,
  })

describe('toCheckRun', () => {
  it('toCheckRun(report, failOn) maps fail → failure, warn → neutral under fail-on fail, pass → success', () => {
    expect(toCheckRun(report([{ id: 'a', status: 'fail', observed: 1, message: 'm' }]), 'fail').conclusion).toBe(
      'failure',
    )
    expect(toCheckRun(report([{ id: 'a', status: 'warn', observed: 1, message: 'm' }]), 'fail').conclusion).toBe(
      'neutral',
    )
    expect(toCheckRun(report([{ id: 'a', status: 'warn', observed: 1, message: 'm' }]), 'warn').conclusion).toBe(
      'failure',
    )
    expect(toCheckRun(report([{ id: 'a', status: 'pass', observed: 1, message: 'm' }]), 'fail').conclusion).toBe(
      'success',
    )
    expect(toCheckRun(report([{ id: 'a', status: 'error', observed: null, message: 'm' }]), 'never').conclusion).toBe(
      'neutral',
    )
  })

  it('toCheckRun splits 120 annotations into batches of 50, 50 and 20 with path and line', () => {
    const checks: Check[] = [
      {
        id: 'contract.age.max',
        status: 'fail',
        observed: 120,
        message: 'too old',
        locations: Array.from({ length: 120 }, (_, i) => ({ file: 'data/current.csv', line: i + 2 })),
      },
    ]
    const run = toCheckRun(report(checks), 'fail')
    expect(run.annotationBatches.map((batch) => batch.length)).toEqual([50, 50, 20])
    expect(run.annotationBatches[0]![0]).toMatchObject({
      path: 'data/current.csv',
      start_line: 2,
      end_line: 2,
      annotation_level: 'failure',
    })
  })

  it('toCheckRun cuts the summary at 65,535 characters and says where the full report is', () => {
    const checks: Check[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `drift.column_${i}`,
      status: 'fail',
      observed: i,
      message: 'x'.repeat(200),
    }))
    const run = toCheckRun(report(checks), 'fail', 'https://github.com/o/r/actions/runs/1')
    expect(run.summary.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT)
    expect(run.summary).toContain('Full report: https://github.com/o/r/actions/runs/1')
  })

  it('renderMarkdown pairs every chart with its table and escapes user text', () => {
    const md = renderMarkdown(
      report([{ id: 'a', status: 'pass', observed: 1, message: 'ok' }], [
        { kind: 'bar', title: 'PSI', categories: ['a|b'], series: [{ name: 'psi', values: [0.25] }] },
      ] as never),
    )
    expect(md).toContain('```mermaid\nxychart-beta')
    expect(md).toContain('| a\\|b | 0.25 |')
  })
})
