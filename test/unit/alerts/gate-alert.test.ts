import { describe, expect, it } from 'vitest'
import { alertFromReport, parseAlertSubject } from '../../../src/core/alerts/alert-from-report.js'
import type { GateReport } from '../../../src/core/gate/gate-report.js'
import { readAlertSettings, webhookFormatOf } from '../../../src/github/gate-alert.js'
import { InputReader } from '../../../src/github/input-reader.js'

const inputs = (values: Record<string, string>) => new InputReader((name) => values[name])

const report = (status: GateReport['status'], checks: GateReport['checks'] = []): GateReport => ({
  schemaVersion: 1,
  gate: 'canary-deploy',
  status,
  title: 'Rolled back at 25%',
  checks,
  figures: [],
  subject: {},
  startedAt: '2026-12-01T06:00:00.000Z',
  durationMs: 5,
})

describe('alert settings from the inputs', () => {
  it('alerts are off without alert-subject, whatever else is set', () => {
    expect(readAlertSettings(inputs({ 'alert-webhook': 'https://hooks.slack.com/services/x' }))).toBeUndefined()
  })

  it('reads subject, labels and webhook, with the format from the URL under auto', () => {
    expect(
      readAlertSettings(
        inputs({
          'alert-subject': 'churn',
          'alert-labels': 'ml, alert,',
          'alert-webhook': 'https://hooks.slack.com/services/T/B/x',
        }),
      ),
    ).toEqual({
      subject: { model: 'churn', alias: 'champion' },
      issue: true,
      labels: ['ml', 'alert'],
      webhook: { url: 'https://hooks.slack.com/services/T/B/x', format: 'slack' },
    })
    expect(webhookFormatOf('https://acme.webhook.office.com/webhookb2/x')).toBe('teams')
    expect(webhookFormatOf('https://x.environment.api.powerplatform.com/p/workflows/1')).toBe('teams')
    expect(webhookFormatOf('https://hooks.slack.com.evil.example/x')).toBe('json')
  })

  it('a subject without a model, or a webhook that is not http(s), is a configuration error naming the input', () => {
    expect(() => readAlertSettings(inputs({ 'alert-subject': '@champion' }))).toThrow(
      'alert-subject "@champion" names no model',
    )
    expect(() => readAlertSettings(inputs({ 'alert-subject': 'm', 'alert-webhook': 'file:///etc/passwd' }))).toThrow(
      'alert-webhook is not an http(s) URL',
    )
    expect(() => readAlertSettings(inputs({ 'alert-subject': 'm', 'alert-webhook-format': 'discord' }))).toThrow()
  })

  it('parseAlertSubject splits at the last @ (model names may not, aliases never contain one)', () => {
    expect(parseAlertSubject('team@x/churn@staging')).toEqual({ model: 'team@x/churn', alias: 'staging' })
    expect(parseAlertSubject('churn@')).toBeUndefined()
  })
})

describe('alertFromReport', () => {
  it('fail and error raise; pass, warn and skipped resolve', () => {
    const subject = { model: 'm', alias: 'champion' }
    expect(
      (['fail', 'error', 'pass', 'warn', 'skipped'] as const).map((s) => alertFromReport(report(s), subject).firing),
    ).toEqual([true, true, false, false, false])
    expect(alertFromReport(report('fail'), subject).source).toBe('canary')
  })

  it('lists errors before failures, at most 20, and counts the rest', () => {
    const checks = [
      ...Array.from({ length: 25 }, (_, i) => ({
        id: `c${i}`,
        status: 'fail' as const,
        observed: 1,
        message: `m${i}`,
      })),
      { id: 'e', status: 'error' as const, observed: null, message: 'no data' },
      { id: 'ok', status: 'pass' as const, observed: 0, message: 'fine' },
    ]
    const alert = alertFromReport(report('fail', checks), { model: 'm', alias: 'a' })
    expect(alert.details[0]).toBe('e: no data')
    expect(alert.details).toHaveLength(21)
    expect(alert.details.at(-1)).toBe('… and 6 more failing check(s)')
    expect(alert.headline).toBe('canary-deploy: Rolled back at 25%')
  })
})
