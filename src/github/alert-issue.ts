import { planAlertIssue, type AlertIssueAction, type AlertIssueSnapshot } from '../core/alerts/alert-issue.js'
import type { Alert } from '../core/alerts/alert.js'
import { errorMessage } from '../core/error-message.js'
import type { GitHubClient } from './client.js'
import { resolveViewerIdentity } from './sticky-comment.js'

export interface RepositoryTarget {
  readonly owner: string
  readonly repo: string
}

export type AlertIssueResult =
  | { readonly ok: true; readonly action: AlertIssueAction['kind']; readonly issue?: number; readonly url?: string }
  | { readonly ok: false; readonly reason: string }

/** Open issues carrying every label, as many as GitHub returns in five pages of 100 (newest first). */
async function openLabelledIssues(
  client: GitHubClient,
  target: RepositoryTarget,
  labels: readonly string[],
): Promise<AlertIssueSnapshot[]> {
  const issues: AlertIssueSnapshot[] = []
  for (let page = 1; page <= 5; page += 1) {
    const { data } = await client.rest.issues.listForRepo({
      ...target,
      state: 'open',
      labels: labels.join(','),
      per_page: 100,
      page,
    })
    for (const issue of data)
      if (issue.pull_request === undefined)
        issues.push({
          number: issue.number,
          state: issue.state === 'closed' ? 'closed' : 'open',
          author: issue.user?.login,
          body: issue.body ?? '',
        })
    if (data.length < 100) break
  }
  return issues
}

/**
 * Opens, updates or closes the one alert issue of `alert.subject` (see `planAlertIssue`). The issue is found by
 * `labels` (the first one at least must stay on it) and adopted only when the token's own identity wrote it. Never
 * throws: a failure is a result the caller reports as a warning, since a missed notification must not change the
 * verdict of the run that raised it.
 */
export async function syncAlertIssue(
  client: GitHubClient,
  target: RepositoryTarget,
  alert: Alert,
  labels: readonly string[],
): Promise<AlertIssueResult> {
  try {
    const identity = await resolveViewerIdentity(client)
    if (identity.login === undefined)
      return { ok: false, reason: `could not tell who the token is (${identity.reason}), so no alert issue is adopted` }
    const open = await openLabelledIssues(client, target, labels)
    const action = planAlertIssue(alert, open, identity.login, labels)
    switch (action.kind) {
      case 'none':
        return { ok: true, action: 'none' }
      case 'create': {
        const { data } = await client.rest.issues.create({
          ...target,
          title: action.title,
          body: action.body,
          labels: [...action.labels],
        })
        return { ok: true, action: 'create', issue: data.number, url: data.html_url }
      }
      case 'update': {
        const { data } = await client.rest.issues.update({ ...target, issue_number: action.issue, body: action.body })
        return { ok: true, action: 'update', issue: data.number, url: data.html_url }
      }
      case 'close': {
        await client.rest.issues.createComment({ ...target, issue_number: action.issue, body: action.comment })
        const { data } = await client.rest.issues.update({
          ...target,
          issue_number: action.issue,
          body: action.body,
          state: 'closed',
          state_reason: 'completed',
        })
        return { ok: true, action: 'close', issue: data.number, url: data.html_url }
      }
    }
  } catch (error) {
    return { ok: false, reason: `the alert issue could not be written: ${errorMessage(error)}` }
  }
}
