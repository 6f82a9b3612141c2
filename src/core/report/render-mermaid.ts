import type { BarFigure, LineFigure, Series } from '../gate/figure.js'
import { plainDecimal } from './plain-decimal.js'

/** Longest label kept, in code points. */
const LABEL_LENGTH = 60

/**
 * Label text a Mermaid quoted string keeps as it is: no quotes, backslashes, backticks, control characters or
 * line breaks (they end or break the string), no `%%` (a directive or comment to Mermaid's preprocessor), no `<`
 * directly before a word character (Mermaid's cleanupText reads `<tag ... >` as an HTML tag up to the next `>`, even
 * the one in `-->`, and rewrites `="` inside it to `='`, which ends the quoted string), no lone surrogates;
 * whitespace collapsed, cut to 60 code points without splitting a character. May be empty.
 */
function labelText(text: string): string {
  const flat = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\p{Cc}|["\\`]/gu, ' ')
    .replace(/%(?=%)/g, '% ')
    .replace(/<(?=\w)/g, '< ')
    .replace(/\s+/g, ' ')
    .trim()
  return Array.from(flat).slice(0, LABEL_LENGTH).join('').trim()
}

/** A quoted label; an empty one (the grammar refuses `""` as a title or category) becomes `fallback`. */
function label(text: string, fallback: string): string {
  const clean = labelText(text)
  return `"${clean === '' ? fallback : clean}"`
}

/** `keyword "label" ` when there is a label, `keyword ` when there is none. */
function labelled(keyword: string, text: string | undefined): string {
  const clean = labelText(text ?? '')
  return clean === '' ? `${keyword} ` : `${keyword} "${clean}" `
}

/** Each series as exactly `length` finite values (missing or non-finite values draw as 0). */
function values(series: Series, length: number): number[] {
  return Array.from({ length }, (_, i) => {
    const value = series.values[i]
    return value !== undefined && Number.isFinite(value) ? value : 0
  })
}

/** The y range: always includes 0, and a zero range (all values 0) is widened to 0 --> 1. */
function yAxis(rows: readonly number[][], yLabel: string | undefined): string {
  let min = 0
  let max = 0
  for (const row of rows)
    for (const value of row) {
      if (value < min) min = value
      if (value > max) max = value
    }
  if (min === max) max = 1
  return `  ${labelled('y-axis', yLabel)}${plainDecimal(min)} --> ${plainDecimal(max)}`
}

function chart(
  title: string,
  xAxis: string,
  series: readonly Series[],
  length: number,
  kind: 'bar' | 'line',
  yLabel: string | undefined,
  lines: readonly Series[] = [],
): string | undefined {
  if (length === 0 || series.length === 0) return undefined
  const rows = series.map((s) => values(s, length))
  const lineRows = lines.map((s) => values(s, length))
  const titleText = labelText(title)
  return [
    '```mermaid',
    'xychart-beta',
    ...(titleText === '' ? [] : [`  title "${titleText}"`]),
    xAxis,
    yAxis([...rows, ...lineRows], yLabel),
    ...rows.map((row) => `  ${kind} [${row.map(plainDecimal).join(', ')}]`),
    ...lineRows.map((row) => `  line [${row.map(plainDecimal).join(', ')}]`),
    '```',
  ].join('\n')
}

/**
 * A Mermaid xychart bar chart (GitHub renders it in comments and summaries), or undefined when there is nothing
 * to draw (no categories or no series): the renderer then prints only the figure's table, which it always prints.
 * Several series draw as overlaid bars; `lines` draw as lines over them (an interval's ends). Every number is a plain decimal; empty labels are never written.
 * @example
 * renderMermaidBar({ kind: 'bar', title: 'PSI', categories: ['a'], series: [{ name: 'psi', values: [0.1] }] })?.split('\n')
 * // => ['```mermaid', 'xychart-beta', '  title "PSI"', '  x-axis ["a"]', '  y-axis 0 --> 0.1', '  bar [0.1]', '```']
 * @example
 * renderMermaidBar({ kind: 'bar', title: 'PSI', categories: [], series: [{ name: 'psi', values: [] }] }) // => undefined
 */
export function renderMermaidBar(figure: BarFigure): string | undefined {
  const xAxis = `  x-axis [${figure.categories.map((c) => label(c, '(blank)')).join(', ')}]`
  return chart(figure.title, xAxis, figure.series, figure.categories.length, 'bar', figure.yLabel, figure.lines)
}

/**
 * A Mermaid xychart line chart over an ordered x axis, or undefined when there is nothing to draw.
 * @example
 * renderMermaidLine({ kind: 'line', title: '', x: [1, 2], series: [{ name: 'w', values: [0, 0] }] })?.split('\n')
 * // => ['```mermaid', 'xychart-beta', '  x-axis ["1", "2"]', '  y-axis 0 --> 1', '  line [0, 0]', '```']
 */
export function renderMermaidLine(figure: LineFigure): string | undefined {
  const xAxis = `  ${labelled('x-axis', figure.xLabel)}[${figure.x.map((x) => label(String(x), '(blank)')).join(', ')}]`
  return chart(figure.title, xAxis, figure.series, figure.x.length, 'line', figure.yLabel)
}
