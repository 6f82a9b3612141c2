import type { BarFigure, LineFigure } from '../gate/figure.js'

/** Mermaid labels are quoted strings: drop characters that end or break them. */
function label(text: string): string {
  return `"${text.replace(/["\\\n\r`]/g, ' ').slice(0, 60)}"`
}

function finite(values: readonly number[]): number[] {
  return values.map((value) => (Number.isFinite(value) ? value : 0))
}

function yAxis(series: BarFigure['series'], yLabel: string | undefined): string {
  const all = series.flatMap((s) => finite(s.values))
  const min = Math.min(0, ...all)
  const max = Math.max(...all, min + 1e-9)
  return `  y-axis ${label(yLabel ?? '')} ${min} --> ${max}`
}

/**
 * A Mermaid xychart bar chart (GitHub renders it in comments and summaries). Several series draw as
 * overlaid bars; the renderer always prints the figure's table beside it.
 * @example
 * renderMermaidBar({ kind: 'bar', title: 'PSI', categories: ['a'], series: [{ name: 'psi', values: [0.1] }] }).split('\n')
 * // => ['```mermaid', 'xychart-beta', '  title "PSI"', '  x-axis ["a"]', '  y-axis "" 0 --> 0.1', '  bar [0.1]', '```']
 */
export function renderMermaidBar(figure: BarFigure): string {
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title ${label(figure.title)}`,
    `  x-axis [${figure.categories.map(label).join(', ')}]`,
    yAxis(figure.series, figure.yLabel),
  ]
  for (const series of figure.series) lines.push(`  bar [${finite(series.values).join(', ')}]`)
  lines.push('```')
  return lines.join('\n')
}

/** A Mermaid xychart line chart over an ordered x axis. */
export function renderMermaidLine(figure: LineFigure): string {
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title ${label(figure.title)}`,
    `  x-axis ${figure.xLabel === undefined ? '' : `${label(figure.xLabel)} `}[${figure.x.map((x) => label(String(x))).join(', ')}]`,
    yAxis(figure.series, figure.yLabel),
  ]
  for (const series of figure.series) lines.push(`  line [${finite(series.values).join(', ')}]`)
  lines.push('```')
  return lines.join('\n')
}
