import type { Alert } from './alert.js'

/** A link a notifier may render: only absolute http(s) URLs without whitespace, quotes or angle brackets. */
export function safeLink(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s"'<>|`\\]+$/i.test(url)) return undefined
  return url
}

/** The report and run links of an alert that are safe to render, labelled. */
export function alertLinks(alert: Alert): { readonly label: string; readonly url: string }[] {
  const links: { label: string; url: string }[] = []
  const report = safeLink(alert.reportUrl)
  const run = safeLink(alert.runUrl)
  if (report !== undefined) links.push({ label: 'Report', url: report })
  if (run !== undefined) links.push({ label: 'Run', url: run })
  return links
}

/** One line of plain text: control characters and line breaks become spaces, cut to `max` code points. */
export function plainLine(text: string, max: number): string {
  const flat = text
    .replace(/\p{Cc}|[\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const points = Array.from(flat)
  return points.length <= max ? flat : `${points.slice(0, max - 1).join('')}…`
}
