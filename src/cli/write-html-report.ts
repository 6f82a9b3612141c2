import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import type { GateReport } from '../core/gate/gate-report.js'
import { renderHtmlReport, type HtmlReportOptions } from '../core/report/render-html.js'

/**
 * Mermaid's browser build (`mermaid/dist/mermaid.min.js`, ~3.5 MB) read from the installed package, or undefined
 * when the package is not installed: the page then shows each chart's Mermaid source above its table. It is read
 * at run time, not bundled, so the CLI bundle stays small; the script works offline once inlined or copied.
 */
export function loadMermaidScript(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    return readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Writes one self-contained HTML report (the Mermaid script inlined when it is installed) for one report or a
 * pipeline of them; returns the absolute path written and whether the charts will be drawn.
 */
export function writeHtmlReport(
  path: string,
  reports: GateReport | readonly GateReport[],
  options: Omit<HtmlReportOptions, 'mermaid'> = {},
): { path: string; charts: boolean } {
  const script = loadMermaidScript()
  const html = renderHtmlReport(reports, {
    ...options,
    ...(script === undefined ? {} : { mermaid: { inline: script } }),
  })
  const out = resolve(path)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, html)
  return { path: out, charts: script !== undefined }
}
