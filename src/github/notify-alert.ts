import type { Alert } from '../core/alerts/alert.js'
import { webhookPayload, type WebhookFormat } from '../core/alerts/webhook-payloads.js'
import type { Logger } from '../core/logger.js'
import { postWebhook, webhookHost, type WebhookPostOptions } from '../io/alerts/post-webhook.js'
import { syncAlertIssue, type AlertIssueResult, type RepositoryTarget } from './alert-issue.js'
import type { GitHubClient } from './client.js'

export interface WebhookChannel {
  readonly format: WebhookFormat
  /** A secret: the caller has registered it with the logger's masking and the redactor. */
  readonly url: string
}

export interface AlertChannels {
  readonly issue?: {
    readonly client: GitHubClient
    readonly target: RepositoryTarget
    readonly labels: readonly string[]
  }
  readonly webhooks: readonly WebhookChannel[]
  readonly webhookOptions?: WebhookPostOptions
}

export interface NotifyResult {
  readonly issue?: AlertIssueResult
  /** One line per channel that failed; the caller's verdict stands whatever is here. */
  readonly warnings: readonly string[]
}

/**
 * Sends one alert (or its resolution) to every configured channel: the GitHub alert issue and each webhook, all at
 * once, each bounded in time. Failures are logged as warnings and returned, never thrown. A webhook is posted only
 * for a firing alert or for the run that resolves an open alert issue (so a healthy schedule does not post every
 * day); without an issue channel, resolutions are not posted at all.
 */
export async function notifyAlert(alert: Alert, channels: AlertChannels, logger: Logger): Promise<NotifyResult> {
  const warnings: string[] = []
  const issue =
    channels.issue === undefined
      ? undefined
      : await syncAlertIssue(channels.issue.client, channels.issue.target, alert, channels.issue.labels)
  if (issue !== undefined && !issue.ok) warnings.push(`alert issue: ${issue.reason}`)
  const resolvedAnOpenIssue = issue?.ok === true && issue.action === 'close'
  if (alert.firing || resolvedAnOpenIssue) {
    const posts = await Promise.all(
      channels.webhooks.map(async (hook) => ({
        hook,
        result: await postWebhook(hook.url, webhookPayload(hook.format, alert), channels.webhookOptions),
      })),
    )
    for (const { hook, result } of posts)
      if (!result.ok)
        warnings.push(
          `${hook.format} webhook (${webhookHost(hook.url)}): ${result.reason} after ${result.attempts} attempt(s)`,
        )
  }
  for (const warning of warnings) logger.warning(`The alert was not fully delivered: ${warning}`)
  return issue === undefined ? { warnings } : { issue, warnings }
}
