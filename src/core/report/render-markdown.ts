import type { Check } from '../gate/check.js'
import type { Cell, Figure, Series } from '../gate/figure.js'
import type { GateReport } from '../gate/gate-report.js'
import type { Status } from '../gate/status.js'
import { codeSpan, escapeMarkdown, inertMarkdown } from './escape-markdown.js'
import { checkRow, decisiveCheck, splitChecks, type CheckRow } from './check-table.js'
import { formatNumber } from './format-number.js'
import { renderMermaidBar, renderMermaidLine } from './render-mermaid.js'

export const STATUS_ICON: Readonly<Record<Status, string>> = {
  pass: '✅',
  skipped: '⏭️',
  warn: '⚠️',
  error: '⛔',
  fail: '❌',
}

export function renderCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '—'
  if (typeof cell === 'number') return formatNumber(cell)
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no'
  return escapeMarkdown(cell)
}

export function renderTable(columns: readonly string[], rows: readonly (readonly Cell[])[], maxRows = 200): string {
  const head = `| ${columns.map(escapeMarkdown).join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`
  const body = rows.slice(0, maxRows).map((row) => `| ${columns.map((_, i) => renderCell(row[i])).join(' | ')} |`)
  // A blank line ends the table: without it GFM renders the note as one more row.
  const more = rows.length > maxRows ? `\n\n_${rows.length - maxRows} more row(s) in the JSON report._` : ''
  return [head, ...body].join('\n') + more
}

function seriesTable(x: readonly (string | number)[], xName: string, series: readonly Series[]): string {
  return renderTable(
    [xName, ...series.map((s) => s.name)],
    // A value the series lacks (NaN: not recorded that run) shows as "—", as the chart draws it at 0.
    x.map((value, i) => [
      value,
      ...series.map((s) => (Number.isNaN(s.values[i] ?? Number.NaN) ? null : (s.values[i] ?? null))),
    ]),
  )
}

/** A chart followed by its table, or the table alone when the chart has nothing to draw. */
function chartAndTable(heading: string, chart: string | undefined, table: string): string {
  return chart === undefined ? `${heading}\n\n${table}` : `${heading}\n\n${chart}\n\n${table}`
}

/** A figure as Markdown: charts are always followed by the table of their numbers. */
export function renderFigure(figure: Figure): string {
  const heading = `#### ${escapeMarkdown(figure.title)}`
  switch (figure.kind) {
    case 'table':
      return `${heading}\n\n${renderTable(figure.columns, figure.rows)}`
    case 'text':
      return `${heading}\n\n${figure.markdown}`
    case 'bar':
      return chartAndTable(
        heading,
        renderMermaidBar(figure),
        seriesTable(figure.categories, figure.xLabel ?? 'category', [...figure.series, ...(figure.lines ?? [])]),
      )
    case 'line':
      return chartAndTable(
        heading,
        renderMermaidLine(figure),
        seriesTable(figure.x, figure.xLabel ?? 'x', figure.series),
      )
  }
}

const CHECK_HEAD = '| check | status | value | threshold | margin | message |\n| --- | --- | --- | --- | --- | --- |'

/** The value cell: the value, what it is, and the first offending values (escaped, cut, counted). */
function valueCell(row: CheckRow): string {
  const value =
    row.measure === undefined
      ? escapeMarkdown(row.value)
      : `${escapeMarkdown(row.value)} (${escapeMarkdown(row.measure)})`
  if (row.examples.length === 0) return value
  const shown = row.examples.map((e) =>
    e.where === '' ? codeSpan(e.value) : `${codeSpan(e.value)} ${escapeMarkdown(e.where)}`,
  )
  const more = row.moreExamples > 0 ? `, ${row.moreExamples} more` : ''
  return `${value}<br>${shown.join(', ')}${more}`
}

function checkLine(check: Check): string {
  const row = checkRow(check)
  return `| ${codeSpan(row.id)} | ${STATUS_ICON[row.status]} ${row.status} | ${valueCell(row)} | ${escapeMarkdown(row.threshold)} | ${row.margin} | ${escapeMarkdown(row.message)} |`
}

/**
 * The one check table of every gate: check, status, value, threshold, margin, message. Checks that did not pass
 * come first, worst first, with their offending values; passing checks are folded into a `<details>` block.
 * At most `maxRows` rows in all; the rest are counted and left to the JSON report.
 */
export function renderChecks(checks: readonly Check[], maxRows = 100): string {
  if (checks.length === 0) return '_No checks ran._'
  const { open, passed } = splitChecks(checks)
  const openShown = open.slice(0, maxRows)
  const passedShown = passed.slice(0, Math.max(0, maxRows - openShown.length))
  const parts: string[] = []
  if (openShown.length > 0) parts.push(`${CHECK_HEAD}\n${openShown.map(checkLine).join('\n')}`)
  if (passedShown.length > 0) {
    const label = open.length === 0 ? `All ${passed.length} check(s) passed` : `${passed.length} passing check(s)`
    // Blank lines around the table: GFM renders Markdown inside <details> only as its own block.
    parts.push(
      `<details><summary>${label}</summary>\n\n${CHECK_HEAD}\n${passedShown.map(checkLine).join('\n')}\n\n</details>`,
    )
  }
  const left = checks.length - openShown.length - passedShown.length
  if (left > 0) parts.push(`_${left} more check(s) in the JSON report._`)
  return parts.join('\n\n')
}

/** The decision and its decisive reason, the line every gate section leads with. */
export function decisionLine(report: GateReport): string {
  const decisive = decisiveCheck(report.checks)
  const word = `**${STATUS_ICON[report.status]} ${report.status.toUpperCase()}**`
  if (decisive === undefined) return `${word} — ${report.checks.length} check(s) passed`
  return `${word} — decided by ${codeSpan(decisive.id)}: ${escapeMarkdown(decisive.message)}`
}

export interface RenderOptions {
  /** Heading level of the title (2 in the job summary, 3 inside the PR comment). */
  readonly headingLevel?: 2 | 3
  readonly includeFigures?: boolean
  /** The `report-key` of a keyed run, shown after the gate's name. */
  readonly reportKey?: string
}

/** The whole report as Markdown: title with status, summary, checks, figures, links. */
export function renderMarkdown(report: GateReport, options: RenderOptions = {}): string {
  const hashes = '#'.repeat(options.headingLevel ?? 2)
  const name = options.reportKey === undefined ? report.gate : `${report.gate} (${escapeMarkdown(options.reportKey)})`
  const parts = [`${hashes} ${STATUS_ICON[report.status]} modelgate/${name}: ${escapeMarkdown(report.title)}`]
  parts.push(decisionLine(report))
  if (report.summary !== undefined && report.summary !== '') parts.push(inertMarkdown(report.summary))
  const subject = [
    report.subject.model && `model ${codeSpan(report.subject.model)}`,
    report.subject.alias && `alias ${codeSpan(report.subject.alias)}`,
    report.subject.version && `version ${codeSpan(report.subject.version)}`,
    report.subject.commit && `commit \`${report.subject.commit.slice(0, 12)}\``,
  ].filter(Boolean)
  if (subject.length > 0) parts.push(`_${subject.join(' · ')}_`)
  parts.push(renderChecks(report.checks))
  if (options.includeFigures !== false) for (const figure of report.figures) parts.push(renderFigure(figure))
  if (report.links !== undefined && report.links.length > 0)
    parts.push(report.links.map((link) => `[${escapeMarkdown(link.label)}](${link.url})`).join(' · '))
  parts.push(
    `<sub>status ${report.status} · ${report.checks.length} check(s) · ${formatNumber(report.durationMs / 1000, 3)} s · started ${report.startedAt}</sub>`,
  )
  return parts.join('\n\n') + '\n'
}
