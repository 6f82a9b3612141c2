import { errorMessage } from '../core/error-message.js'
import type { FailOn } from '../core/gate/fail-on.js'
import type { GateReport } from '../core/gate/gate-report.js'
import type { Logger } from '../core/logger.js'
import { missingPermission, unresolvedCommentIdentity } from '../core/messages.js'
import { renderMarkdown } from '../core/report/render-markdown.js'
import { toCheckRun } from '../core/report/to-check-run.js'
import { checkRunName, sectionId } from '../core/report/report-key.js'
import { createCompletedCheckRun } from './check-run.js'
import type { CheckRunButton } from './action-context.js'
import type { GitHubClient } from './client.js'
import type { GitHubContext } from './event-context.js'
import { appendJobSummary } from './job-summary.js'
import { isPermissionError } from './permission-error.js'
import { upsertStickySection } from './sticky-comment.js'

export interface PublishOptions {
  readonly comment: boolean
  readonly checkRun: boolean
  readonly failOn: FailOn
  /** The `report-key` input: its own PR comment section and check-run name for this run of the gate. */
  readonly reportKey?: string
  /** Created with a GitHub App token (`app-token` input), so its button can start a workflow. */
  readonly appClient?: GitHubClient
  readonly button?: CheckRunButton
}

/**
 * Puts a report where people look: job summary (always), the PR comment section, the check run. A GitHub
 * refusal (a fork PR's read-only token) degrades to a warning that names the missing permission: the gate's
 * verdict never depends on whether its report could be posted.
 */
export async function publishReport(
  report: GateReport,
  options: PublishOptions,
  seams: {
    client: GitHubClient | undefined
    github: GitHubContext
    env: Readonly<Record<string, string | undefined>>
    logger: Logger
    now: () => Date
  },
): Promise<void> {
  const { client, github, logger } = seams
  const key = options.reportKey === undefined ? {} : { reportKey: options.reportKey }
  appendJobSummary(seams.env, renderMarkdown(report, { headingLevel: 2, ...key }))
  if (client === undefined || github.owner === undefined || github.repo === undefined) {
    if (options.comment || options.checkRun)
      logger.info('no GitHub token or repository: the report goes to the job summary and the report file only')
    return
  }
  const repo = { owner: github.owner, repo: github.repo }
  if (options.comment && github.pullRequestNumber !== undefined) {
    try {
      const sticky = await upsertStickySection(
        client,
        { ...repo, issueNumber: github.pullRequestNumber },
        sectionId(report.gate, options.reportKey),
        renderMarkdown(report, { headingLevel: 3, ...key }),
      )
      if (sticky.unresolvedIdentity !== undefined) logger.warning(unresolvedCommentIdentity(sticky.unresolvedIdentity))
    } catch (error) {
      if (isPermissionError(error))
        logger.warning(missingPermission('update the PR comment', 'pull-requests: write', error.status))
      else logger.warning(`could not update the PR comment: ${errorMessage(error)}`)
    }
  }
  if (options.checkRun && github.sha !== undefined) {
    try {
      const payload = toCheckRun(report, options.failOn, github.runUrl, options.reportKey)
      // The button only where it can work: on a check run created with the App token.
      const button = options.appClient === undefined ? undefined : options.button
      await createCompletedCheckRun(
        options.appClient ?? client,
        { ...repo, headSha: github.sha, ...(github.runUrl === undefined ? {} : { detailsUrl: github.runUrl }) },
        payload,
        seams.now(),
        button,
      )
      // Where it lands differs by token (docs/check-runs.md): say which made it.
      if (options.appClient !== undefined) logger.info('check run created with the App token (app-token)')
    } catch (error) {
      if (isPermissionError(error))
        logger.warning(
          missingPermission(
            `create the check run ${checkRunName(report.gate, options.reportKey)}`,
            'checks: write',
            error.status,
          ),
        )
      else logger.warning(`could not create the check run: ${errorMessage(error)}`)
    }
  }
}
