import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { isUserError } from '../core/errors.js'
import type { GateReport } from '../core/gate/gate-report.js'
import type { Logger } from '../core/logger.js'
import { openRegistry } from '../registry/open-registry.js'
import { parseArguments, type CliArguments } from './parse-arguments.js'
import { MERMAID_ASSET, registrySitePages, type SiteModel } from './registry-site-pages.js'
import { writeHtmlReport } from './write-html-report.js'

export const SITE_USAGE = `usage: modelgate registry site --registry <uri> --out <dir> [--model <name>[,<name>…]]

Renders the registry's models, versions, aliases and their history, model cards, lineage and stored gate reports
as static HTML under <dir> (relative links: opens from file:// and publishes to GitHub Pages). --model is needed
for oci:// and mlflow registries (they cannot list models); a file: registry lists its own. A token for the
registry is read from MODELGATE_REGISTRY_TOKEN (never from the command line).
`

export const REPORT_USAGE = `usage: modelgate report html --report <report.json> [--report <report.json> …] --out <file.html>

Renders one or more JSON gate reports (the report-path files) as one self-contained HTML page.
`

/** The flags of a subcommand, or undefined after printing the parse error and the usage. */
function parseOrExplain(argv: readonly string[], usage: string): CliArguments | undefined {
  try {
    return parseArguments(['_', ...argv])
  } catch (error) {
    process.stderr.write(`error: ${isUserError(error) ? error.describe() : String(error)}\n\n${usage}`)
    return undefined
  }
}

function stderrLogger(verbose: boolean): Logger {
  const secrets: string[] = []
  const clean = (m: string): string => secrets.reduce((t, s) => t.split(s).join('***'), m)
  return {
    debug: (m) => {
      if (verbose) process.stderr.write(`${clean(m)}\n`)
    },
    info: (m) => process.stderr.write(`${clean(m)}\n`),
    warning: (m) => process.stderr.write(`warning: ${clean(m)}\n`),
    error: (m) => process.stderr.write(`error: ${clean(m)}\n`),
    startGroup: () => undefined,
    endGroup: () => undefined,
    setSecret: (s) => {
      if (s !== '') secrets.push(s)
    },
  }
}

/** The model names of a file: registry (its top-level folders), or undefined for other backends. */
function fileRegistryModels(uri: string): string[] | undefined {
  if (!uri.startsWith('file:')) return undefined
  const root = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  try {
    return readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  } catch {
    return []
  }
}

async function gather(uri: string, names: readonly string[], logger: Logger, token?: string): Promise<SiteModel[]> {
  const registry = openRegistry(uri, { logger, ...(token === undefined ? {} : { token }) })
  const models: SiteModel[] = []
  for (const name of names) {
    const refs = await registry.list(name)
    const aliases = await registry.aliases(name)
    const history: Record<string, Awaited<ReturnType<typeof registry.aliasHistory>>> = {}
    for (const alias of Object.keys(aliases)) history[alias] = await registry.aliasHistory(name, alias)
    const versions = [...refs]
      .sort((a, b) => b.version - a.version)
      .map((r) => ({ version: r.version, digest: r.digest, card: r.card }))
    models.push({ name, versions, aliases, history })
  }
  return models
}

/** `modelgate registry site`: see SITE_USAGE. Returns the exit code (2 on usage errors, 1 when the registry fails). */
export async function runRegistrySite(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  const parsed = parseOrExplain(argv, SITE_USAGE)
  if (parsed === undefined) return 2
  if (parsed.help) {
    process.stdout.write(SITE_USAGE)
    return 0
  }
  const uri = parsed.inputs.get('registry')
  const out = parsed.inputs.get('out')
  const unknown = [...parsed.inputs.keys()].filter((k) => !['registry', 'out', 'model'].includes(k))
  if (uri === undefined || out === undefined || unknown.length > 0) {
    const what =
      unknown.length > 0 ? `unknown option --${unknown[0]}` : `--${uri === undefined ? 'registry' : 'out'} is required`
    process.stderr.write(`error: ${what}\n\n${SITE_USAGE}`)
    return 2
  }
  const listed = parsed.inputs
    .get('model')
    ?.split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const names = listed ?? fileRegistryModels(uri)
  if (names === undefined) {
    process.stderr.write(
      `error: --model is required for ${uri.split(':')[0]} registries (they cannot list models)\n\n${SITE_USAGE}`,
    )
    return 2
  }
  const logger = stderrLogger(parsed.verbose)
  let models: SiteModel[]
  try {
    models = await gather(uri, names, logger, env.MODELGATE_REGISTRY_TOKEN)
  } catch (error) {
    process.stderr.write(
      `error: ${isUserError(error) ? error.describe() : error instanceof Error ? error.message : String(error)}\n`,
    )
    return 1
  }
  const root = resolve(out)
  for (const page of registrySitePages(models, uri)) {
    const file = join(root, ...page.path.split('/'))
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, page.html)
  }
  const asset = mermaidAsset()
  if (asset !== undefined) {
    mkdirSync(join(root, 'assets'), { recursive: true })
    copyFileSync(asset, join(root, ...MERMAID_ASSET.split('/')))
  } else logger.warning('mermaid is not installed: report pages show each chart as Mermaid source above its table')
  process.stdout.write(`registry site: ${models.length} model(s) → ${join(root, 'index.html')}\n`)
  return 0
}

function mermaidAsset(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')
  } catch {
    return undefined
  }
}

/** `modelgate report html`: see REPORT_USAGE. */
export function runReportHtml(argv: readonly string[]): number {
  const parsed = parseOrExplain(argv, REPORT_USAGE)
  if (parsed === undefined) return 2
  const files = parsed.inputs.get('report')?.split('\n')
  const out = parsed.inputs.get('out')
  if (parsed.help || files === undefined || out === undefined) {
    ;(parsed.help ? process.stdout : process.stderr).write(
      parsed.help ? REPORT_USAGE : `error: --report and --out are required\n\n${REPORT_USAGE}`,
    )
    return parsed.help ? 0 : 2
  }
  const reports: GateReport[] = []
  for (const file of files) {
    try {
      reports.push(JSON.parse(readFileSync(file, 'utf8')) as GateReport)
    } catch (error) {
      process.stderr.write(
        `error: --report ${file}: ${error instanceof Error ? error.message : String(error)}; pass a JSON report written by report-path\n`,
      )
      return 2
    }
  }
  const written = writeHtmlReport(out, reports.length === 1 ? (reports[0] as GateReport) : reports)
  process.stdout.write(
    `HTML report: ${written.path}${written.charts ? '' : ' (mermaid not installed: charts as source)'}\n`,
  )
  return 0
}

/** The CLI's commands beyond the actions: `registry site` and `report html`; undefined for anything else. */
export async function runExtraCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number | undefined> {
  if (argv[0] === 'registry' && argv[1] === 'site') return runRegistrySite(argv.slice(2), env)
  if (argv[0] === 'report' && argv[1] === 'html') return runReportHtml(argv.slice(2))
  return undefined
}
