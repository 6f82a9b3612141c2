import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import type { Check } from '../gate/check.js'
import type { Cell, Figure, Series } from '../gate/figure.js'
import type { GateReport } from '../gate/gate-report.js'
import { worstOf, type Status } from '../gate/status.js'
import { cellText, checkRow, decisiveCheck, splitChecks } from './check-table.js'
import { escapeHtml, inlineScript } from './escape-html.js'
import { formatNumber } from './format-number.js'
import { renderMermaidBar, renderMermaidLine } from './render-mermaid.js'

/**
 * How the page gets Mermaid to draw its charts: `inline` puts the script's source in the page (one file that
 * works offline), `src` links a script next to the page (the registry site shares one copy); without it the
 * charts stay as their Mermaid source, each followed by its table as always.
 */
export type MermaidScript = { readonly inline: string } | { readonly src: string }

export interface HtmlReportOptions {
  readonly mermaid?: MermaidScript
  /** The page's `<title>` and first heading; default: the single report's title, or "modelgate report". */
  readonly title?: string
  /** Links above the report (the registry site's breadcrumbs): label and relative URL, both escaped. */
  readonly breadcrumbs?: readonly { readonly label: string; readonly href: string }[]
}

const STATUS_WORD: Readonly<Record<Status, string>> = {
  pass: 'PASS',
  warn: 'WARN',
  skipped: 'SKIPPED',
  error: 'ERROR',
  fail: 'FAIL',
}

export const HTML_STYLE = `
:root { --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --error: #cf222e; --skipped: #57606a; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code { font: .85rem ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; padding: 0 .2rem; }
.verdict { font-size: 1.15rem; font-weight: 600; }
.status-pass { color: var(--pass); } .status-warn { color: var(--warn); } .status-fail, .status-error { color: var(--fail); }
.status-skipped { color: var(--skipped); }
.text { white-space: pre-wrap; }
.summary > :first-child { margin-top: 0; }
.examples { display: block; font-size: .8rem; color: #57606a; }
pre.mermaid { background: #fff; } nav a { margin-right: .5rem; }
.meta { color: #57606a; font-size: .85rem; }
`

/**
 * A gate's summary as HTML. The summary is Markdown a gate wrote (bold, code, lists, tables, https links, a fenced
 * command, `<details>` folds), with every data value already through escapeMarkdown; micromark (CommonMark + GFM)
 * compiles it with raw HTML off, so any tag in the text comes out as text (`&lt;b&gt;`). What is let through after:
 * links to https only (any other link, and GFM's `www.` autolinks, become their text), no images (their alt text),
 * and a fold only as a whole `<details><summary>…</summary> … </details>` pair, never one half of it.
 * @example summaryHtml('**3** rows, see [run](https://example.com)') // => '<p><strong>3</strong> rows, see <a href="https://example.com" rel="noopener noreferrer">run</a></p>'
 * @example summaryHtml('[x](http://a.b) <b>y</b>') // => '<p>x &lt;b&gt;y&lt;/b&gt;</p>'
 */
export function summaryHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    .replace(/<img src="[^"]*" alt="([^"]*)"(?: title="[^"]*")? \/>/g, '$1')
    .replace(/<a href="(?!https:\/\/)[^"]*"(?: title="[^"]*")?>([\s\S]*?)<\/a>/g, '$1')
    .replace(/<a href="(https:\/\/[^"]*)"/g, '<a href="$1" rel="noopener noreferrer"')
    .replace(
      /&lt;details&gt;&lt;summary&gt;((?:(?!&lt;\/?(?:details|summary)&gt;)[\s\S])*?)&lt;\/summary&gt;((?:(?!&lt;\/?details&gt;)[\s\S])*?)&lt;\/details&gt;/g,
      '<details><summary>$1</summary>$2</details>',
    )
    .trim()
}

/** One Cell as escaped HTML text. */
function cell(value: Cell | undefined): string {
  return escapeHtml(cellText(value))
}

function table(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const head = `<tr>${columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`
  const body = rows.map((row) => `<tr>${columns.map((_, i) => `<td>${cell(row[i])}</td>`).join('')}</tr>`)
  return `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`
}

function seriesRows(x: readonly (string | number)[], series: readonly Series[]): Cell[][] {
  return x.map((value, i) => [
    value,
    ...series.map((s) => (Number.isNaN(s.values[i] ?? Number.NaN) ? null : (s.values[i] ?? null))),
  ])
}

/** A Mermaid chart as a `<pre class="mermaid">` Mermaid reads (its text content: the entities decode). */
function mermaidBlock(markdown: string | undefined): string {
  if (markdown === undefined) return ''
  const body = markdown.replace(/^```mermaid\n/, '').replace(/\n```$/, '')
  return `<figure class="chart"><pre class="mermaid">${escapeHtml(body)}</pre></figure>`
}

/** A figure as HTML: charts are always followed by the table of their numbers. */
export function renderHtmlFigure(figure: Figure): string {
  const heading = `<h3>${escapeHtml(figure.title)}</h3>`
  switch (figure.kind) {
    case 'table':
      return `${heading}${table(figure.columns, figure.rows)}`
    case 'text':
      return `${heading}<div class="text">${escapeHtml(figure.markdown)}</div>`
    case 'bar': {
      const series = [...figure.series, ...(figure.lines ?? [])]
      const columns = [figure.xLabel ?? 'category', ...series.map((s) => s.name)]
      return `${heading}${mermaidBlock(renderMermaidBar(figure))}${table(columns, seriesRows(figure.categories, series))}`
    }
    case 'line': {
      const columns = [figure.xLabel ?? 'x', ...figure.series.map((s) => s.name)]
      return `${heading}${mermaidBlock(renderMermaidLine(figure))}${table(columns, seriesRows(figure.x, figure.series))}`
    }
  }
}

function checkLine(check: Check): string {
  const row = checkRow(check)
  const measure = row.measure === undefined ? '' : ` <span class="meta">(${escapeHtml(row.measure)})</span>`
  const examples =
    row.examples.length === 0
      ? ''
      : `<span class="examples">${row.examples
          .map((e) => `<code>${escapeHtml(e.value)}</code>${e.where === '' ? '' : ` ${escapeHtml(e.where)}`}`)
          .join(', ')}${row.moreExamples > 0 ? `, ${row.moreExamples} more` : ''}</span>`
  return (
    `<tr class="check status-row-${row.status}"><td><code>${escapeHtml(row.id)}</code></td>` +
    `<td class="status-${row.status}">${row.status}</td><td>${escapeHtml(row.value)}${measure}${examples}</td>` +
    `<td>${escapeHtml(row.threshold)}</td><td>${escapeHtml(row.margin)}</td><td>${escapeHtml(row.message)}</td></tr>`
  )
}

const CHECK_HEAD =
  '<tr><th>check</th><th>status</th><th>value</th><th>threshold</th><th>margin</th><th>message</th></tr>'

/** The one check table, as in Markdown: open checks first, passing checks folded. */
export function renderHtmlChecks(checks: readonly Check[]): string {
  if (checks.length === 0) return '<p><em>No checks ran.</em></p>'
  const { open, passed } = splitChecks(checks)
  const parts: string[] = []
  if (open.length > 0)
    parts.push(
      `<table class="checks"><thead>${CHECK_HEAD}</thead><tbody>${open.map(checkLine).join('')}</tbody></table>`,
    )
  if (passed.length > 0) {
    const label = open.length === 0 ? `All ${passed.length} check(s) passed` : `${passed.length} passing check(s)`
    parts.push(
      `<details><summary>${label}</summary><table class="checks"><thead>${CHECK_HEAD}</thead><tbody>${passed.map(checkLine).join('')}</tbody></table></details>`,
    )
  }
  return parts.join('')
}

/** One gate's section: verdict and decisive reason first, then summary, subject, checks, figures, links. */
export function renderHtmlSection(report: GateReport): string {
  const decisive = decisiveCheck(report.checks)
  const reason =
    decisive === undefined
      ? `${report.checks.length} check(s) passed`
      : `decided by <code>${escapeHtml(decisive.id)}</code>: ${escapeHtml(decisive.message)}`
  const subject = [
    report.subject.model === undefined ? '' : `model <code>${escapeHtml(report.subject.model)}</code>`,
    report.subject.version === undefined ? '' : `version <code>${escapeHtml(report.subject.version)}</code>`,
    report.subject.commit === undefined ? '' : `commit <code>${escapeHtml(report.subject.commit.slice(0, 12))}</code>`,
  ].filter((s) => s !== '')
  const links = (report.links ?? [])
    .filter((l) => /^https?:\/\//i.test(l.url))
    .map((l) => `<a href="${escapeHtml(l.url)}" rel="noopener noreferrer">${escapeHtml(l.label)}</a>`)
  return [
    `<section class="gate" data-gate="${escapeHtml(report.gate)}" data-status="${report.status}">`,
    `<h2>modelgate/${escapeHtml(report.gate)}: ${escapeHtml(report.title)}</h2>`,
    `<p class="verdict status-${report.status}" data-verdict="${report.status}">${STATUS_WORD[report.status]} — ${reason}</p>`,
    report.summary === undefined || report.summary === ''
      ? ''
      : `<div class="summary">${summaryHtml(report.summary)}</div>`,
    subject.length === 0 ? '' : `<p class="meta">${subject.join(' · ')}</p>`,
    renderHtmlChecks(report.checks),
    ...report.figures.map(renderHtmlFigure),
    links.length === 0 ? '' : `<p>${links.join(' · ')}</p>`,
    `<p class="meta">status ${report.status} · ${report.checks.length} check(s) · ${formatNumber(report.durationMs / 1000, 3)} s · started ${escapeHtml(report.startedAt)}</p>`,
    '</section>',
  ].join('\n')
}

/** The Mermaid script element(s) that draw every `pre.mermaid`, and mark the page when done (tests wait on it). */
function mermaidScript(mermaid: MermaidScript | undefined): string {
  if (mermaid === undefined) return ''
  const run =
    "mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });" +
    "mermaid.run({ querySelector: 'pre.mermaid' }).then(function () { document.body.dataset.charts = 'done' }," +
    " function (e) { document.body.dataset.charts = 'error'; console.error(e) });"
  const load =
    'inline' in mermaid
      ? `<script>${inlineScript(mermaid.inline)}</script>`
      : `<script src="${escapeHtml(mermaid.src)}"></script>`
  return `${load}\n<script>${run}</script>`
}

/** A whole HTML document around `body` (inline CSS, no external resource unless a `src` script is given). */
export function htmlPage(title: string, body: string, options: HtmlReportOptions = {}): string {
  const crumbs = (options.breadcrumbs ?? [])
    .map((c) => `<a href="${escapeHtml(c.href)}">${escapeHtml(c.label)}</a>`)
    .join(' › ')
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head><body>',
    crumbs === '' ? '' : `<nav>${crumbs}</nav>`,
    body,
    mermaidScript(options.mermaid),
    '</body></html>',
    '',
  ].join('\n')
}

/**
 * One report, or a pipeline of them, as a self-contained HTML page: inline CSS, every untrusted string through
 * escapeHtml, each gate's section leading with its verdict and decisive reason, the same check table as the
 * Markdown (check, status, value, threshold, margin; passing checks folded), charts as Mermaid (drawn by the
 * script `options.mermaid` provides) each followed by its table. Several reports get an overview table first.
 * @example renderHtmlReport([]).includes('<h1>modelgate report</h1>') // => true
 */
export function renderHtmlReport(report: GateReport | readonly GateReport[], options: HtmlReportOptions = {}): string {
  const reports: readonly GateReport[] = Array.isArray(report) ? report : [report as GateReport]
  const single = reports.length === 1 ? reports[0] : undefined
  const title =
    options.title ?? (single === undefined ? 'modelgate report' : `modelgate/${single.gate}: ${single.title}`)
  const overview =
    reports.length > 1
      ? `<table class="overview"><thead><tr><th>gate</th><th>status</th><th>title</th></tr></thead><tbody>${reports
          .map(
            (r, i) =>
              `<tr><td><a href="#gate-${i + 1}">${escapeHtml(r.gate)}</a></td><td class="status-${r.status}">${r.status}</td><td>${escapeHtml(r.title)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : ''
  const worst = worstOf(reports.map((r) => r.status))
  const verdict =
    reports.length > 1
      ? `<p class="verdict status-${worst}" data-verdict="${worst}">${STATUS_WORD[worst]} — ${reports.filter((r) => r.status === 'pass').length} of ${reports.length} gate(s) passed</p>`
      : ''
  const sections = reports.map((r, i) => `<div id="gate-${i + 1}">${renderHtmlSection(r)}</div>`).join('\n')
  return htmlPage(title, `<h1>${escapeHtml(title)}</h1>\n${verdict}${overview}\n${sections}`, options)
}
