import { appendFileSync } from 'node:fs'
import { truncateMarkdown } from '../core/report/truncate-markdown.js'

/** GitHub keeps at most 1 MiB of job summary per step. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024 - 1024

/** Appends Markdown to $GITHUB_STEP_SUMMARY; returns false when there is no summary file (outside a runner). */
export function appendJobSummary(env: Readonly<Record<string, string | undefined>>, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY
  if (file === undefined || file === '') return false
  appendFileSync(
    file,
    truncateMarkdown(
      markdown,
      JOB_SUMMARY_LIMIT,
      '\n\n_Cut to the 1 MiB job summary limit; the JSON report has everything._\n',
    ) + '\n',
  )
  return true
}
