import { appendFileSync, statSync } from 'node:fs'
import { truncateMarkdown } from '../core/report/truncate-markdown.js'

/** GitHub keeps at most 1 MiB of job summary per step, counted in bytes (the summary file's size). */
export const JOB_SUMMARY_LIMIT = 1024 * 1024

const CUT_NOTICE = '\n\n_Cut to the 1 MiB job summary limit; the JSON report has everything._\n'

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

/**
 * Appends Markdown to $GITHUB_STEP_SUMMARY, cut at a line boundary so that the file stays within 1 MiB of UTF-8
 * (what the step already wrote counts); returns false when there is no summary file (outside a runner).
 */
export function appendJobSummary(env: Readonly<Record<string, string | undefined>>, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY
  if (file === undefined || file === '') return false
  const budget = Math.max(0, JOB_SUMMARY_LIMIT - sizeOf(file) - 1)
  appendFileSync(file, truncateMarkdown(markdown, budget, CUT_NOTICE, 'utf8') + '\n')
  return true
}
