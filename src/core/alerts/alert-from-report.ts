import type { GateReport } from '../gate/gate-report.js'
import type { Alert, AlertSource, AlertSubject } from './alert.js'

/** Failing checks listed in an alert; the report has the rest. */
const ALERT_CHECKS = 20

/**
 * The alert a gate's report raises (`fail` or `error`) or resolves (`pass`, `warn`, `skipped`): the headline is the
 * report's title, the details its failing checks (error and fail first, at most 20), so the issue and the chat
 * message say what broke without opening the report.
 * @example alertFromReport({ schemaVersion: 1, gate: 'validate-data', status: 'fail', title: 'Drift in 2 columns', checks: [], figures: [], subject: {}, startedAt: '2026-12-01T06:00:00.000Z', durationMs: 1 }, { model: 'churn', alias: 'champion' }).firing // => true
 */
export function alertFromReport(
  report: GateReport,
  subject: AlertSubject,
  links: { readonly reportUrl?: string; readonly runUrl?: string } = {},
  source: AlertSource = report.gate === 'canary-deploy' ? 'canary' : 'gate',
): Alert {
  const firing = report.status === 'fail' || report.status === 'error'
  const failing = report.checks
    .filter((check) => check.status === 'error' || check.status === 'fail')
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'error' ? -1 : 1))
  const details = failing.slice(0, ALERT_CHECKS).map((check) => `${check.id}: ${check.message}`)
  if (failing.length > ALERT_CHECKS) details.push(`… and ${failing.length - ALERT_CHECKS} more failing check(s)`)
  return {
    subject,
    source,
    firing,
    headline: `${report.gate}: ${report.title}`,
    details,
    at: report.startedAt,
    ...(links.reportUrl === undefined ? {} : { reportUrl: links.reportUrl }),
    ...(links.runUrl === undefined ? {} : { runUrl: links.runUrl }),
  }
}

/**
 * `model@alias` from the `alert-subject` input; a bare name means its `champion`.
 * @example parseAlertSubject('churn@staging') // => { model: 'churn', alias: 'staging' }
 * @example parseAlertSubject('churn') // => { model: 'churn', alias: 'champion' }
 */
export function parseAlertSubject(text: string): AlertSubject | undefined {
  const trimmed = text.trim()
  const at = trimmed.lastIndexOf('@')
  const model = (at < 0 ? trimmed : trimmed.slice(0, at)).trim()
  const alias = (at < 0 ? 'champion' : trimmed.slice(at + 1)).trim()
  if (model === '' || alias === '') return undefined
  return { model, alias }
}
