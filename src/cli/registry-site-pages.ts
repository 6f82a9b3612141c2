import type { GateReport } from '../core/gate/gate-report.js'
import type { AliasEvent, ModelCard } from '../core/registry/model-card.js'
import { escapeHtml } from '../core/report/escape-html.js'
import { formatNumber } from '../core/report/format-number.js'
import { htmlPage, renderHtmlReport } from '../core/report/render-html.js'

/** What the site shows of one model: its versions (newest first), aliases and each alias's history. */
export interface SiteModel {
  readonly name: string
  readonly versions: readonly { readonly version: number; readonly digest: string; readonly card: ModelCard }[]
  readonly aliases: Readonly<Record<string, number>>
  readonly history: Readonly<Record<string, readonly AliasEvent[]>>
}

/** One page of the site: its path relative to the site root (`/`-separated) and its HTML. */
export interface SitePage {
  readonly path: string
  readonly html: string
}

/** The folder of the shared Mermaid script, relative to the site root. */
export const MERMAID_ASSET = 'assets/mermaid.min.js'

/**
 * A model name as one safe path segment: letters, digits, `.`, `_`, `-` kept; anything else `~` and its code
 * point in hex (so two names never share a folder); never `.` or `..`.
 */
export function segment(name: string): string {
  const safe = Array.from(name)
    .map((ch) => (/^[A-Za-z0-9_-]$/.test(ch) || ch === '.' ? ch : `~${(ch.codePointAt(0) ?? 0).toString(16)}`))
    .join('')
  return /^\.*$/.test(safe) ? `~${safe}` : safe
}

const up = (depth: number): string => (depth === 0 ? './' : '../'.repeat(depth))

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  // Cells are HTML already (escaped where they hold data).
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
}

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`
const link = (href: string, label: string): string => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`
const json = (value: unknown): string => escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))

function indexPage(models: readonly SiteModel[], registry: string): SitePage {
  const rows = models.map((m) => {
    const latest = m.versions[0]
    const aliases = Object.entries(m.aliases).map(([a, v]) => `${escapeHtml(a)} → v${v}`)
    return [
      link(`models/${segment(m.name)}/index.html`, m.name),
      String(m.versions.length),
      latest === undefined ? '—' : `v${latest.version}`,
      aliases.join(', ') || '—',
    ]
  })
  const body = `<h1>Model registry</h1><p class="meta">${code(registry)}</p>${table(['model', 'versions', 'latest', 'aliases'], rows)}`
  return { path: 'index.html', html: htmlPage('Model registry', body) }
}

function historyRows(events: readonly AliasEvent[]): string[][] {
  return events.map((e) => [
    escapeHtml(e.at),
    e.from === undefined ? '(new)' : `v${e.from}`,
    e.to === undefined ? '(deleted)' : `v${e.to}`,
    escapeHtml(e.by),
    escapeHtml(e.reason ?? '') + (e.forced === true ? ' <strong>(forced)</strong>' : ''),
  ])
}

function modelPage(m: SiteModel): SitePage {
  const versions = table(
    ['version', 'created', 'by', 'aliases', 'metrics', 'reports'],
    m.versions.map((v) => [
      link(`v${v.version}/index.html`, `v${v.version}`),
      escapeHtml(v.card.createdAt),
      escapeHtml(v.card.createdBy),
      escapeHtml(
        Object.entries(m.aliases)
          .filter(([, n]) => n === v.version)
          .map(([a]) => a)
          .join(', '),
      ) || '—',
      escapeHtml(
        Object.entries(v.card.metrics)
          .map(([k, n]) => `${k} ${formatNumber(n)}`)
          .join(', '),
      ) || '—',
      v.card.reports.map((r) => `<span class="status-${r.status}">${escapeHtml(r.gate)}</span>`).join(' ') || '—',
    ]),
  )
  const aliases = Object.entries(m.aliases).map(
    ([alias, version]) =>
      `<h3>${escapeHtml(alias)} → ${link(`v${version}/index.html`, `v${version}`)}</h3>${table(
        ['at', 'from', 'to', 'by', 'reason'],
        historyRows(m.history[alias] ?? []),
      )}`,
  )
  const body = `<h1>${escapeHtml(m.name)}</h1><h2>Versions</h2>${versions}<h2>Aliases and their history</h2>${aliases.join('') || '<p>No aliases.</p>'}`
  return {
    path: `models/${segment(m.name)}/index.html`,
    html: htmlPage(`${m.name} — model registry`, body, {
      breadcrumbs: [{ label: 'registry', href: `${up(2)}index.html` }],
    }),
  }
}

function reportFile(index: number, report: GateReport): string {
  return `report-${index + 1}-${segment(report.gate)}.html`
}

function versionPages(m: SiteModel, v: SiteModel['versions'][number]): SitePage[] {
  const dir = `models/${segment(m.name)}/v${v.version}`
  const card = v.card
  const crumbs = [
    { label: 'registry', href: `${up(3)}index.html` },
    { label: m.name, href: '../index.html' },
  ]
  const lineage = Object.entries(card.lineage).map(([k, value]) => [escapeHtml(k), `<code>${json(value)}</code>`])
  const reports = card.reports.map((r, i) => [
    link(reportFile(i, r), r.gate),
    `<span class="status-${r.status}">${r.status}</span>`,
    escapeHtml(r.title),
  ])
  const aliases = Object.entries(m.aliases).filter(([, n]) => n === v.version)
  const body = [
    `<h1>${escapeHtml(m.name)} v${v.version}</h1>`,
    aliases.length === 0 ? '' : `<p>aliases: ${aliases.map(([a]) => code(a)).join(' ')}</p>`,
    card.description === undefined ? '' : `<p>${escapeHtml(card.description)}</p>`,
    `<p class="meta">digest ${code(v.digest)}${card.modelDigest === undefined ? '' : ` · model digest ${code(card.modelDigest)}`} · created ${escapeHtml(card.createdAt)} by ${escapeHtml(card.createdBy)}</p>`,
    '<h2>Gate reports</h2>',
    reports.length === 0 ? '<p>No gate reports stored.</p>' : table(['gate', 'status', 'title'], reports),
    '<h2>Metrics</h2>',
    table(
      ['metric', 'value'],
      Object.entries(card.metrics).map(([k, n]) => [escapeHtml(k), escapeHtml(formatNumber(n))]),
    ),
    '<h2>Lineage</h2>',
    lineage.length === 0 ? '<p>No lineage recorded.</p>' : table(['item', 'value'], lineage),
    '<h2>Files</h2>',
    table(
      ['path', 'bytes', 'sha256'],
      card.files.map((f) => [escapeHtml(f.path), String(f.size), code(f.sha256)]),
    ),
    card.tags === undefined
      ? ''
      : `<h2>Tags</h2>${table(
          ['tag', 'value'],
          Object.entries(card.tags).map(([k, t]) => [escapeHtml(k), escapeHtml(t)]),
        )}`,
  ].join('\n')
  const pages: SitePage[] = [
    { path: `${dir}/index.html`, html: htmlPage(`${m.name} v${v.version}`, body, { breadcrumbs: crumbs }) },
  ]
  card.reports.forEach((r, i) =>
    pages.push({
      path: `${dir}/${reportFile(i, r)}`,
      html: renderHtmlReport(r, {
        mermaid: { src: `${up(3)}${MERMAID_ASSET}` },
        breadcrumbs: [...crumbs, { label: `v${v.version}`, href: 'index.html' }],
      }),
    }),
  )
  return pages
}

/** Every page of the static registry site: index → model → version → report, all links relative. */
export function registrySitePages(models: readonly SiteModel[], registry: string): SitePage[] {
  return [
    indexPage(models, registry),
    ...models.flatMap((m) => [modelPage(m), ...m.versions.flatMap((v) => versionPages(m, v))]),
  ]
}
