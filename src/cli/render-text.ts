import type { Check } from '../core/gate/check.js'
import type { Cell, Figure } from '../core/gate/figure.js'
import type { GateReport } from '../core/gate/gate-report.js'
import type { Status } from '../core/gate/status.js'
import { formatNumber } from '../core/report/format-number.js'
import { STATUS_ICON } from '../core/report/render-markdown.js'

/** Passing checks shown in the terminal before the rest are counted; every other check is always shown. */
const MAX_PASSING_ROWS = 20
/** Rows of a figure's table shown in the terminal; the JSON report has them all. */
const MAX_FIGURE_ROWS = 50
const STATUS_ORDER: readonly Status[] = ['fail', 'error', 'warn', 'skipped', 'pass']

/**
 * A report for a terminal: the verdict line, the summary, a table of the checks (worst first; passing ones past
 * 20 counted), then each table figure (list, history and get print their versions and moves this way) and the
 * numbers of each chart as a table.
 */
export function renderText(report: GateReport): string {
  const lines = [
    `${STATUS_ICON[report.status]} modelgate/${report.gate}: ${report.status.toUpperCase()} — ${terminalSafe(report.title)}`,
  ]
  if (report.summary !== undefined && report.summary !== '')
    lines.push('', terminalSafe(unescapeForTerminal(report.summary)))
  lines.push('', ...checksTable(report.checks))
  for (const figure of report.figures) {
    const table = figureTable(figure)
    if (table !== undefined) lines.push('', terminalSafe(figure.title), ...table)
  }
  const passing = report.checks.filter((check) => check.status === 'pass').length
  lines.push(
    '',
    `${passing} of ${report.checks.length} check(s) passed in ${formatNumber(report.durationMs / 1000, 3)} s`,
  )
  return lines.join('\n') + '\n'
}

function thresholdText(check: Check): string {
  const t = check.threshold
  if (t === undefined) return ''
  const parts: string[] = []
  if (t.min !== undefined) parts.push(`≥ ${formatNumber(t.min)}`)
  if (t.max !== undefined) parts.push(`≤ ${formatNumber(t.max)}`)
  if (t.rule !== undefined) parts.push(t.rule)
  return parts.join(', ')
}

function checksTable(checks: readonly Check[]): string[] {
  if (checks.length === 0) return ['  no checks ran']
  const sorted = [...checks].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
  const passing = sorted.filter((check) => check.status === 'pass')
  const shown = [...sorted.filter((check) => check.status !== 'pass'), ...passing.slice(0, MAX_PASSING_ROWS)]
  const rows = shown.map((check) => [
    check.status,
    check.id,
    cellText(check.observed),
    thresholdText(check),
    check.message,
  ])
  const hidden = sorted.length - shown.length
  return [
    ...textTable(['status', 'check', 'value', 'threshold', 'message'], rows),
    ...(hidden > 0 ? [`  … ${hidden} more passing check(s) in the JSON report (--format json)`] : []),
  ]
}

function figureTable(figure: Figure): string[] | undefined {
  switch (figure.kind) {
    case 'table':
      return cappedTable(figure.columns, figure.rows)
    case 'bar':
      return cappedTable(
        ['', ...figure.series.map((s) => s.name)],
        figure.categories.map((category, i) => [category, ...figure.series.map((s) => s.values[i] ?? null)]),
      )
    case 'line':
      return cappedTable(
        [figure.xLabel ?? 'x', ...figure.series.map((s) => s.name)],
        figure.x.map((x, i) => [x, ...figure.series.map((s) => s.values[i] ?? null)]),
      )
    case 'text':
      // Free Markdown (diagrams, prose) has no terminal form; the Markdown and JSON formats carry it.
      return undefined
  }
}

function cappedTable(columns: readonly string[], rows: readonly (readonly Cell[])[]): string[] {
  const shown = rows.slice(0, MAX_FIGURE_ROWS).map((row) => columns.map((_, i) => cellText(row[i])))
  const more = rows.length - shown.length
  return [...textTable(columns, shown), ...(more > 0 ? [`  … ${more} more row(s) in the JSON report`] : [])]
}

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '—'
  if (typeof cell === 'number') return Number.isNaN(cell) ? '—' : formatNumber(cell)
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no'
  return cell
}

/** Columns padded to their widest cell (in code points), two spaces apart; the last column is not padded. */
export function textTable(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [columns, ...rows].map((row) => row.map((cell) => terminalSafe(cell).replace(/\s*\n\s*/g, ' ')))
  const widths = columns.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))))
  const line = (row: readonly string[]): string =>
    `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell)))).join('  ')}`.trimEnd()
  const [head = [], ...body] = all
  return [
    line(head),
    line(widths.map((w, i) => '─'.repeat(Math.max(1, i === widths.length - 1 ? width(head[i] ?? '') : w)))),
    ...body.map(line),
  ]
}

const width = (text: string): number => [...text].length

/**
 * Control characters neutralised: a report carries text from data files and services, and an escape sequence in a
 * category name must not move the cursor, recolour or retitle the user's terminal. Newlines and tabs stay.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd')
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
