import { alertFromReport, parseAlertSubject } from '../core/alerts/alert-from-report.js'
import type { AlertSubject } from '../core/alerts/alert.js'
import type { WebhookFormat } from '../core/alerts/webhook-payloads.js'
import { ConfigurationError } from '../core/errors.js'
import type { GateReport } from '../core/gate/gate-report.js'
import type { Logger } from '../core/logger.js'
import type { GitHubClient } from './client.js'
import type { GitHubContext } from './event-context.js'
import type { InputReader } from './input-reader.js'
import { notifyAlert, type NotifyResult } from './notify-alert.js'

/** The alert inputs every action declares (action.yml); alerts are on when `alert-subject` is set. */
export const AlertInputs = {
  Subject: 'alert-subject',
  Issue: 'alert-issue',
  Labels: 'alert-labels',
  Webhook: 'alert-webhook',
  WebhookFormat: 'alert-webhook-format',
} as const

export interface AlertSettings {
  readonly subject: AlertSubject
  readonly issue: boolean
  readonly labels: readonly string[]
  readonly webhook?: { readonly url: string; readonly format: WebhookFormat }
}

/**
 * The webhook format a URL's host implies under `auto`: Slack's incoming webhooks, Teams' Workflows (Power
 * Automate / Logic Apps) and legacy Office 365 connectors; anything else gets the generic JSON.
 * @example webhookFormatOf('https://hooks.slack.com/services/T/B/x') // => 'slack'
 * @example webhookFormatOf('https://prod-01.westus.logic.azure.com/workflows/x') // => 'teams'
 */
export function webhookFormatOf(url: string): WebhookFormat {
  let host = ''
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return 'json'
  }
  if (host === 'hooks.slack.com') return 'slack'
  if (/(^|\.)(webhook\.office\.com|logic\.azure\.com|powerplatform\.com|powerautomate\.com)$/.test(host)) return 'teams'
  return 'json'
}

/** The alert settings of a run, or undefined when `alert-subject` is unset (alerts off). */
export function readAlertSettings(inputs: InputReader): AlertSettings | undefined {
  const subjectText = inputs.optional(AlertInputs.Subject)
  if (subjectText === undefined) return undefined
  const subject = parseAlertSubject(subjectText)
  if (subject === undefined)
    throw new ConfigurationError(
      (w) => `${w.name(AlertInputs.Subject)} "${subjectText}" names no model`,
      { input: AlertInputs.Subject },
      'write model@alias, e.g. churn@champion',
    )
  const labels = (inputs.optional(AlertInputs.Labels) ?? 'modelgate-alert')
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '')
  const url = inputs.optional(AlertInputs.Webhook)
  if (url !== undefined && !/^https?:\/\//i.test(url))
    throw new ConfigurationError(
      (w) => `${w.name(AlertInputs.Webhook)} is not an http(s) URL`,
      { input: AlertInputs.Webhook },
      'pass the incoming-webhook URL from a secret, e.g. ${{ secrets.SLACK_WEBHOOK_URL }}',
    )
  const format = inputs.optionalChoice(AlertInputs.WebhookFormat, ['auto', 'slack', 'teams', 'json'] as const) ?? 'auto'
  return {
    subject,
    issue: inputs.boolean(AlertInputs.Issue, true),
    labels: labels.length > 0 ? labels : ['modelgate-alert'],
    ...(url === undefined ? {} : { webhook: { url, format: format === 'auto' ? webhookFormatOf(url) : format } }),
  }
}

/**
 * Raises or resolves the alert of `settings.subject` from a finished report (see `alertFromReport`); nothing when
 * alerts are off (`settings` undefined). Without a token, or off a repository, the issue channel is skipped with a
 * warning; every failure is a warning.
 */
export async function alertFromGate(
  report: GateReport,
  settings: AlertSettings | undefined,
  github: GitHubContext,
  client: GitHubClient | undefined,
  logger: Logger,
): Promise<NotifyResult | undefined> {
  if (settings === undefined) return undefined
  const alert = alertFromReport(report, settings.subject, github.runUrl === undefined ? {} : { runUrl: github.runUrl })
  const owner = github.owner
  const repo = github.repo
  const canOpenIssue = settings.issue && client !== undefined && owner !== undefined && repo !== undefined
  if (settings.issue && !canOpenIssue)
    logger.warning('alert-issue is on, but there is no GitHub token or repository: no alert issue is written')
  return notifyAlert(
    alert,
    {
      ...(canOpenIssue ? { issue: { client, target: { owner, repo }, labels: settings.labels } } : {}),
      webhooks: settings.webhook === undefined ? [] : [settings.webhook],
    },
    logger,
  )
}
