import type { CheckRunConclusion, FailOn } from '../gate/fail-on.js'
import { checkRunConclusion } from '../gate/fail-on.js'
import type { GateReport } from '../gate/gate-report.js'
import { renderChecks, renderFigure, renderMarkdown } from './render-markdown.js'
import { cutToUtf8Bytes } from './cut-to-utf8-bytes.js'
import { inertMarkdown } from './escape-markdown.js'
import { truncateMarkdown } from './truncate-markdown.js'
import { checkRunName } from './report-key.js'

/** GitHub's limits on a check run's output (REST: 65,535 characters each; 50 annotations a request). */
export const CHECK_RUN_TEXT_LIMIT = 65_535
export const ANNOTATIONS_PER_REQUEST = 50
/** How many annotations modelgate sends at most for one gate (GitHub keeps at most 50 per request, any number of requests). */
export const MAX_ANNOTATIONS = 500
/** GitHub's limit on one annotation message is 64 KB, in bytes; 64,000 is within either reading of "KB". */
export const ANNOTATION_MESSAGE_BYTES = 64_000

export interface CheckRunAnnotation {
  readonly path: string
  readonly start_line: number
  readonly end_line: number
  readonly start_column?: number
  readonly end_column?: number
  readonly annotation_level: 'notice' | 'warning' | 'failure'
  readonly message: string
  readonly title: string
}

export interface CheckRunPayload {
  readonly name: string
  readonly conclusion: CheckRunConclusion
  readonly title: string
  readonly summary: string
  readonly text: string
  /** Batches of at most 50; the first goes with the create request, the rest with updates. */
  readonly annotationBatches: readonly (readonly CheckRunAnnotation[])[]
}

export { checkRunName }

function annotationsOf(report: GateReport): CheckRunAnnotation[] {
  const annotations: CheckRunAnnotation[] = []
  for (const check of report.checks) {
    if (check.status === 'pass' || check.status === 'skipped') continue
    for (const location of check.locations ?? []) {
      const line = location.line ?? 1
      annotations.push({
        path: location.file,
        start_line: line,
        end_line: line,
        ...(location.column === undefined ? {} : { start_column: location.column, end_column: location.column }),
        annotation_level: check.status === 'warn' ? 'warning' : 'failure',
        title: check.id.slice(0, 255),
        message: cutToUtf8Bytes(check.message, ANNOTATION_MESSAGE_BYTES),
      })
    }
  }
  return annotations.slice(0, MAX_ANNOTATIONS)
}

/**
 * The check run for a report: summary = verdict and checks, text = figures, each cut cleanly at GitHub's
 * limit with a pointer to the full report; annotations in batches of 50. A `key` (the `report-key` input) names
 * the check run `modelgate/<gate> (<key>)`, so two runs of one gate in a PR keep two check runs.
 */
export function toCheckRun(report: GateReport, failOn: FailOn, fullReportUrl?: string, key?: string): CheckRunPayload {
  const notice = `\n\n_Truncated to GitHub's ${CHECK_RUN_TEXT_LIMIT}-character limit. ${fullReportUrl ? `Full report: ${fullReportUrl}` : 'The full report is in the job summary and the report-path artifact.'}_\n`
  const summaryMarkdown = [inertMarkdown(report.summary ?? ''), renderChecks(report.checks, 300)]
    .filter((part) => part !== '')
    .join('\n\n')
  const text = report.figures.map(renderFigure).join('\n\n')
  const annotations = annotationsOf(report)
  const batches: CheckRunAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  return {
    name: checkRunName(report.gate, key),
    conclusion: checkRunConclusion(report.status, failOn),
    title: report.title.slice(0, 255),
    summary: truncateMarkdown(summaryMarkdown, CHECK_RUN_TEXT_LIMIT, notice),
    text: truncateMarkdown(text, CHECK_RUN_TEXT_LIMIT, notice),
    annotationBatches: batches,
  }
}

export { renderMarkdown }
