import { describe, expect, it } from 'vitest'
import type { Alert } from '../../../../src/core/alerts/alert.js'
import { alertIssueMarker, planAlertIssue, type AlertIssueSnapshot } from '../../../../src/core/alerts/alert-issue.js'

const BOT = 'github-actions[bot]'
const alert = (overrides: Partial<Alert> = {}): Alert => ({
  subject: { model: 'churn', alias: 'champion' },
  source: 'monitoring',
  firing: true,
  headline: 'Input drift in 2 of 9 columns',
  details: ['tenure: PSI 0.31', 'plan: new category share 12%'],
  at: '2026-12-01T06:00:00Z',
  reportUrl: 'https://github.com/acme/churn/actions/runs/1',
  ...overrides,
})
const ours = (body: string, number = 101): AlertIssueSnapshot => ({ number, state: 'open', author: BOT, body })

describe('planAlertIssue', () => {
  it('opens one issue on the first alert, labelled, with the marker, the details and the report link', () => {
    const action = planAlertIssue(alert(), [], BOT, ['modelgate-alert'])
    expect(action.kind).toBe('create')
    if (action.kind !== 'create') return
    expect(action.title).toBe('modelgate: monitoring alert on churn@champion')
    expect(action.labels).toEqual(['modelgate-alert'])
    expect(action.body.startsWith(alertIssueMarker({ model: 'churn', alias: 'champion' }))).toBe(true)
    expect(action.body).toContain('- tenure: PSI 0.31')
    expect(action.body).toContain('[Report](https://github.com/acme/churn/actions/runs/1)')
  })

  it('updates the open issue on the next alert (never a second one) and keeps the history of runs', () => {
    const first = planAlertIssue(alert(), [], BOT, ['modelgate-alert'])
    if (first.kind !== 'create') throw new Error('expected create')
    const second = planAlertIssue(
      alert({ at: '2026-12-02T06:00:00Z', headline: 'Input drift in 3 of 9 columns' }),
      [ours(first.body)],
      BOT,
      ['modelgate-alert'],
    )
    expect(second.kind).toBe('update')
    if (second.kind !== 'update') return
    expect(second.issue).toBe(101)
    expect(second.body).toContain('| 2026-12-01T06:00:00Z | alert | Input drift in 2 of 9 columns |')
    expect(second.body).toContain('| 2026-12-02T06:00:00Z | alert | Input drift in 3 of 9 columns |')
  })

  it('closes the open issue with a comment when a later run is healthy, and does nothing when none is open', () => {
    const first = planAlertIssue(alert(), [], BOT, ['l'])
    if (first.kind !== 'create') throw new Error('expected create')
    const healthy = alert({ firing: false, headline: 'No drift', at: '2026-12-03T06:00:00Z' })
    const close = planAlertIssue(healthy, [ours(first.body)], BOT, ['l'])
    expect(close.kind).toBe('close')
    if (close.kind === 'close') expect(close.comment).toMatch(/^✅ Resolved at 2026-12-03T06:00:00Z: No drift/)
    expect(planAlertIssue(healthy, [], BOT, ['l'])).toEqual({
      kind: 'none',
      reason: 'healthy, and no alert issue is open',
    })
  })

  it('never adopts an issue someone else wrote, even with the marker, nor one about another model or alias', () => {
    const marker = alertIssueMarker({ model: 'churn', alias: 'champion' })
    const planted: AlertIssueSnapshot = { number: 7, state: 'open', author: 'mallory', body: marker }
    expect(planAlertIssue(alert({ firing: false }), [planted], BOT, ['l']).kind).toBe('none')
    expect(planAlertIssue(alert(), [planted], BOT, ['l']).kind).toBe('create')
    const other = ours(alertIssueMarker({ model: 'churn', alias: 'staging' }))
    expect(planAlertIssue(alert(), [other], BOT, ['l']).kind).toBe('create')
  })

  it('a model or alias value cannot close the marker comment or spoof another subject', () => {
    const marker = alertIssueMarker({ model: 'a --> <b>', alias: 'champion alias=x' })
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    expect(marker).not.toContain('alias=x ')
  })

  it('data in the headline and details renders as text: no mentions, links, HTML or section markers', () => {
    const hostile = alert({
      headline: '@octocat <!-- x --> [click](https://evil.example)',
      details: ['</details><img src=x onerror=alert(1)>', '#123 ![i](https://e/x.png)', 'a\r\n# heading'],
    })
    const action = planAlertIssue(hostile, [], BOT, ['l'])
    if (action.kind !== 'create') throw new Error('expected create')
    const visible = action.body.split('\n').slice(1, -1).join('\n')
    expect(visible).not.toMatch(/@octocat|<!--|<\/details>|<img|\]\(https:\/\/evil|!\[i\]|#123/)
    expect(visible).not.toMatch(/^# heading/m)
  })

  it('a body stays under GitHub’s 65,536 characters whatever the details hold', () => {
    const details = Array.from({ length: 500 }, () => '&'.repeat(500))
    const action = planAlertIssue(alert({ details, headline: '🎉'.repeat(400) }), [], BOT, ['l'])
    if (action.kind !== 'create') throw new Error('expected create')
    expect(action.body.length).toBeLessThan(65_536)
    expect(action.body).toMatch(/- … \d+ more not shown/)
  })

  it('a history line that does not parse (edited by hand) starts the history afresh instead of failing', () => {
    const body = `${alertIssueMarker({ model: 'churn', alias: 'champion' })}\n<!-- modelgate-alert-history %7Bnot-json -->`
    const action = planAlertIssue(alert(), [ours(body)], BOT, ['l'])
    expect(action.kind).toBe('update')
    if (action.kind === 'update') expect(action.body.match(/\| alert \|/g)).toHaveLength(1)
  })
})
