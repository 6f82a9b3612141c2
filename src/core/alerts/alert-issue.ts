import { escapeMarkdown, codeSpan } from '../report/escape-markdown.js'
import type { Alert, AlertSubject } from './alert.js'
import { alertLinks, plainLine } from './alert-links.js'

/** GitHub refuses issue titles over 256 characters. */
const TITLE_LENGTH = 256
/** How many earlier runs the issue body lists. */
const HISTORY_ROWS = 20
/** Code points of a headline kept in the history (the worst case escaped and encoded stays far under the limit). */
const HISTORY_HEADLINE = 80
/** Characters the escaped detail lines may take, so a body stays under GitHub's 65,536 whatever the data. */
const DETAILS_BUDGET = 30_000

/**
 * The hidden line that names an alert issue's subject. Model and alias are percent-encoded, so no value can
 * close the comment (`-->` needs a `>`) or pretend to be another subject.
 * @example alertIssueMarker({ model: 'churn', alias: 'champion' }) // => '<!-- modelgate-alert:v1 model=churn alias=champion -->'
 */
export function alertIssueMarker(subject: AlertSubject): string {
  return `<!-- modelgate-alert:v1 model=${encodeURIComponent(subject.model)} alias=${encodeURIComponent(subject.alias)} -->`
}

/** An issue as the planner sees it: only what decides whether it is ours and about this subject. */
export interface AlertIssueSnapshot {
  readonly number: number
  readonly state: 'open' | 'closed'
  /** `user.login` of its author. */
  readonly author: string | undefined
  readonly body: string
}

export type AlertIssueAction =
  | { readonly kind: 'create'; readonly title: string; readonly body: string; readonly labels: readonly string[] }
  | { readonly kind: 'update'; readonly issue: number; readonly body: string }
  | { readonly kind: 'close'; readonly issue: number; readonly body: string; readonly comment: string }
  | { readonly kind: 'none'; readonly reason: string }

/** One earlier run, as the issue body's history table keeps it. */
interface HistoryRow {
  readonly at: string
  readonly firing: boolean
  readonly headline: string
}

/**
 * What to do with the alert issue of `alert.subject`, given the open issues carrying modelgate's label: only an
 * issue authored by `login` (the token's own identity) and carrying this subject's marker is adopted, so a comment
 * or issue anyone else writes can neither silence an alert nor be closed by one. A firing run opens an issue when
 * none is open and updates the open one otherwise (never a second issue); a healthy run closes it with a comment.
 */
export function planAlertIssue(
  alert: Alert,
  openIssues: readonly AlertIssueSnapshot[],
  login: string,
  labels: readonly string[],
): AlertIssueAction {
  const marker = alertIssueMarker(alert.subject)
  const ours = openIssues
    .filter((i) => i.state === 'open' && i.author?.toLowerCase() === login.toLowerCase() && i.body.includes(marker))
    .sort((a, b) => a.number - b.number)
  const existing = ours[0]
  if (!alert.firing) {
    if (existing === undefined) return { kind: 'none', reason: 'healthy, and no alert issue is open' }
    const body = alertIssueBody(alert, [...historyOf(existing.body), row(alert)])
    return { kind: 'close', issue: existing.number, body, comment: resolvedComment(alert) }
  }
  if (existing === undefined)
    return { kind: 'create', title: alertIssueTitle(alert), body: alertIssueBody(alert, [row(alert)]), labels }
  return {
    kind: 'update',
    issue: existing.number,
    body: alertIssueBody(alert, [...historyOf(existing.body), row(alert)]),
  }
}

/**
 * The issue title: plain text (GitHub renders no links or mentions in titles), one line, at most 256 characters.
 * @example alertIssueTitle({ subject: { model: 'churn', alias: 'champion' }, source: 'monitoring', firing: true, headline: 'x', details: [], at: '2026-01-01T00:00:00Z' }) // => 'modelgate: monitoring alert on churn@champion'
 */
export function alertIssueTitle(alert: Alert): string {
  return plainLine(`modelgate: ${alert.source} alert on ${alert.subject.model}@${alert.subject.alias}`, TITLE_LENGTH)
}

function row(alert: Alert): HistoryRow {
  return { at: plainLine(alert.at, 40), firing: alert.firing, headline: plainLine(alert.headline, HISTORY_HEADLINE) }
}

const STATE_OPEN = '<!-- modelgate-alert-history '
const STATE_CLOSE = ' -->'

/** The runs an earlier body recorded (its hidden history line); nothing when it has none or it does not parse. */
function historyOf(body: string): HistoryRow[] {
  const start = body.indexOf(STATE_OPEN)
  if (start < 0) return []
  const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length)
  if (end < 0) return []
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(body.slice(start + STATE_OPEN.length, end)))
    if (!Array.isArray(parsed)) return []
    return parsed.filter(isHistoryRow).slice(-(HISTORY_ROWS - 1))
  } catch {
    return []
  }
}

function isHistoryRow(value: unknown): value is HistoryRow {
  if (typeof value !== 'object' || value === null) return false
  const { at, firing, headline } = value as Record<string, unknown>
  return typeof at === 'string' && typeof firing === 'boolean' && typeof headline === 'string'
}

/** The issue body: the latest run, its details and links, and a table of the runs since the alert opened. */
export function alertIssueBody(alert: Alert, history: readonly HistoryRow[]): string {
  const kept = history.slice(-HISTORY_ROWS)
  const icon = alert.firing ? '🔴' : '✅'
  const lines = [
    alertIssueMarker(alert.subject),
    `### ${icon} ${escapeMarkdown(plainLine(alert.headline, 300))}`,
    '',
    `Model ${codeSpan(alert.subject.model)}, alias ${codeSpan(alert.subject.alias)}, from ${alert.source}; last run ${escapeMarkdown(plainLine(alert.at, 40))}.`,
    '',
    ...detailLines(alert.details),
  ]
  const links = alertLinks(alert)
  if (links.length > 0) lines.push('', links.map((link) => `[${link.label}](${link.url})`).join(' · '))
  lines.push('', '| run at | state | headline |', '|---|---|---|')
  for (const entry of kept)
    lines.push(
      `| ${escapeMarkdown(entry.at)} | ${entry.firing ? 'alert' : 'healthy'} | ${escapeMarkdown(entry.headline)} |`,
    )
  lines.push(
    '',
    alert.firing
      ? 'modelgate updates this issue while the alert lasts and closes it when a later run is healthy.'
      : 'A later run was healthy: modelgate closed this issue.',
    `${STATE_OPEN}${encodeURIComponent(JSON.stringify(kept))}${STATE_CLOSE}`,
  )
  return lines.join('\n')
}

/** Escaped bullet lines, as many as fit the budget, and a line saying how many were left out. */
function detailLines(details: readonly string[]): string[] {
  const lines: string[] = []
  let used = 0
  for (const detail of details) {
    const line = `- ${escapeMarkdown(plainLine(detail, 500))}`
    if (used + line.length > DETAILS_BUDGET) {
      lines.push(`- … ${details.length - lines.length} more not shown`)
      break
    }
    lines.push(line)
    used += line.length + 1
  }
  return lines
}

function resolvedComment(alert: Alert): string {
  const links = alertLinks(alert)
  const where = links.length > 0 ? ` (${links.map((link) => `[${link.label}](${link.url})`).join(' · ')})` : ''
  return `✅ Resolved at ${escapeMarkdown(alert.at)}: ${escapeMarkdown(plainLine(alert.headline, 300))}${where}`
}
