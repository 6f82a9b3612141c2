import type { Alert } from './alert.js'
import { alertLinks, plainLine } from './alert-links.js'

/** The webhook formats modelgate can post. */
export type WebhookFormat = 'slack' | 'teams' | 'json'

/** The `schema` field of the generic JSON payload, so receivers can tell versions apart. */
export const ALERT_PAYLOAD_SCHEMA = 'https://modelgate.dev/schemas/alert/v1'

/** Slack caps: header blocks 150 characters, section text 3,000; a message at most 50 blocks. */
const SLACK_HEADER = 150
const SLACK_SECTION = 3_000
/** Detail lines shown in a chat message; the rest are counted. */
const CHAT_DETAILS = 20

/**
 * Text for Slack's `mrkdwn` and `plain_text`: Slack reads `&`, `<` and `>` as control characters (links,
 * `<!channel>` mentions), and asks for exactly these three to be escaped as HTML entities.
 * @example slackEscape('<!channel> & co') // => '&lt;!channel&gt; &amp; co'
 */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Text for an Adaptive Card TextBlock, which renders a Markdown subset (emphasis, lists, links): the characters
 * that start one are backslash-escaped, a line cannot begin a list, and `://` gets a zero-width space so no URL
 * in data becomes a link. Teams notifies people only through explicit mention entities, which modelgate never sends.
 * @example teamsEscape('**[x](y)**') // => '\\*\\*\\[x\\]\\(y\\)\\*\\*'
 */
export function teamsEscape(text: string): string {
  return text
    .replace(/[\\*_[\]()~`#>|<]/g, '\\$&')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/, '$1$2\\.$3')
    .replace(/:(?=\/\/)/g, ':\u200b')
}

function stateWord(alert: Alert): string {
  return alert.firing ? 'Alert' : 'Resolved'
}

function headerText(alert: Alert): string {
  return `${stateWord(alert)}: ${alert.subject.model}@${alert.subject.alias}: ${alert.headline}`
}

function shownDetails(alert: Alert): string[] {
  const shown = alert.details.slice(0, CHAT_DETAILS).map((detail) => plainLine(detail, 300))
  const more = alert.details.length - shown.length
  return more > 0 ? [...shown, `… ${more} more`] : shown
}

/**
 * A Slack incoming-webhook message: `text` (the notification fallback) and Block Kit blocks, every piece of data
 * escaped; links as `<url|label>` only for URLs `safeLink` accepts.
 */
export function slackPayload(alert: Alert): Record<string, unknown> {
  const header = plainLine(headerText(alert), SLACK_HEADER)
  const details = shownDetails(alert)
    .map((line) => `• ${slackEscape(line)}`)
    .join('\n')
  const context = [
    `*${alert.source}* · ${slackEscape(plainLine(alert.at, 40))}`,
    ...alertLinks(alert).map((link) => `<${link.url}|${link.label}>`),
  ].join(' · ')
  const blocks: Record<string, unknown>[] = [{ type: 'header', text: { type: 'plain_text', text: header } }]
  if (details !== '') blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(details, SLACK_SECTION) } })
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: cut(context, SLACK_SECTION) }] })
  return { text: slackEscape(plainLine(headerText(alert), 300)), blocks }
}

/**
 * A Microsoft Teams message for a Workflows ("Post to a channel when a webhook request is received") or
 * incoming webhook: one Adaptive Card 1.4 attachment, data escaped for the card's Markdown subset.
 */
export function teamsPayload(alert: Alert): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: teamsEscape(plainLine(headerText(alert), 300)),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
      color: alert.firing ? 'Attention' : 'Good',
    },
    {
      type: 'FactSet',
      facts: [
        { title: 'Model', value: teamsEscape(plainLine(alert.subject.model, 200)) },
        { title: 'Alias', value: teamsEscape(plainLine(alert.subject.alias, 200)) },
        { title: 'Source', value: alert.source },
        { title: 'At', value: teamsEscape(plainLine(alert.at, 40)) },
      ],
    },
    ...shownDetails(alert).map((line) => ({
      type: 'TextBlock',
      text: teamsEscape(line),
      wrap: true,
      spacing: 'Small',
    })),
  ]
  const actions = alertLinks(alert).map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url }))
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          ...(actions.length > 0 ? { actions } : {}),
        },
      },
    ],
  }
}

/** The generic JSON payload: the alert as data, unescaped (the receiver renders it), with a schema id. */
export function jsonPayload(alert: Alert): Record<string, unknown> {
  return {
    schema: ALERT_PAYLOAD_SCHEMA,
    state: alert.firing ? 'firing' : 'resolved',
    source: alert.source,
    model: alert.subject.model,
    alias: alert.subject.alias,
    headline: alert.headline,
    details: [...alert.details],
    at: alert.at,
    ...(alert.reportUrl !== undefined ? { report_url: alert.reportUrl } : {}),
    ...(alert.runUrl !== undefined ? { run_url: alert.runUrl } : {}),
  }
}

export function webhookPayload(format: WebhookFormat, alert: Alert): Record<string, unknown> {
  return format === 'slack' ? slackPayload(alert) : format === 'teams' ? teamsPayload(alert) : jsonPayload(alert)
}

/** Cut escaped text to `max` characters without splitting an entity or a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  const amp = text.lastIndexOf('&', end)
  if (amp >= 0 && amp > end - 6 && !text.slice(amp, end).includes(';')) end = amp
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1
  return `${text.slice(0, end)}…`
}
