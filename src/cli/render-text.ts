import type { GateReport } from '../core/gate/gate-report.js'
import { formatNumber } from '../core/report/format-number.js'
import { STATUS_ICON } from '../core/report/render-markdown.js'

/** A report for a terminal: verdict line, then each non-passing check, then a count of passing ones. */
export function renderText(report: GateReport): string {
  const lines = [
    `${STATUS_ICON[report.status]} modelgate/${report.gate}: ${report.status.toUpperCase()} — ${report.title}`,
  ]
  if (report.summary !== undefined && report.summary !== '') lines.push('', unescapeForTerminal(report.summary))
  const notPassing = report.checks.filter((check) => check.status !== 'pass')
  if (notPassing.length > 0) lines.push('')
  for (const check of notPassing) lines.push(`  ${STATUS_ICON[check.status]} ${check.id}: ${check.message}`)
  const passing = report.checks.length - notPassing.length
  lines.push(
    '',
    `  ${passing} of ${report.checks.length} check(s) passed in ${formatNumber(report.durationMs / 1000, 3)} s`,
  )
  return lines.join('\n') + '\n'
}

/**
 * A summary's Markdown escapes undone for a terminal, which renders no Markdown: `\[` → `[`, `&lt;` → `<`, the
 * zero-width spaces that break mentions and links dropped. Terminal output is never rendered as markup.
 */
function unescapeForTerminal(markdown: string): string {
  return markdown
    .replace(/\\([\\`|[\]$~!])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '')
}
