import type { GateReport } from '../core/gate/gate-report.js'
import { renderHtmlReport } from '../core/report/render-html.js'
import { renderMarkdown } from '../core/report/render-markdown.js'
import { renderText } from './render-text.js'
import { loadMermaidScript } from './write-html-report.js'

/** A self-contained HTML page (charts drawn when the mermaid package is installed, their sources otherwise). */
function html(report: GateReport): string {
  const script = loadMermaidScript()
  return renderHtmlReport(report, script === undefined ? {} : { mermaid: { inline: script } })
}

/**
 * How `--format` prints the report on stdout: one renderer per format name, a whole report in, the printed text
 * out. A new format is one line here (help, parsing and validation read the keys).
 */
export const REPORT_FORMATS = {
  text: renderText,
  markdown: (report: GateReport) => renderMarkdown(report),
  json: (report: GateReport) => `${JSON.stringify(report, null, 2)}\n`,
  html,
} as const satisfies Readonly<Record<string, (report: GateReport) => string>>

export type ReportFormat = keyof typeof REPORT_FORMATS

export const FORMAT_NAMES = Object.keys(REPORT_FORMATS) as readonly ReportFormat[]

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, name)
}
