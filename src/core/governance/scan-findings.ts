import { DataError } from '../errors.js'
import { severityOfScore, type ScanSeverity } from './scan-severity.js'

/** One finding of an existing scanner, in the shape every scan format is read into. */
export interface ScanFinding {
  readonly tool: string
  /** The rule or vulnerability id (`GHSA-…`, `CVE-…`, a SARIF ruleId). */
  readonly id: string
  readonly severity: ScanSeverity
  /** The CVSS-style score in [0, 10] where the scanner gave one. */
  readonly score?: number
  /** The file, lockfile or package the finding is about. */
  readonly where?: string
  readonly message: string
}

export type ScanFormat = 'sarif' | 'osv-scanner'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function arrayAt(value: unknown, file: string, path: string): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value))
    throw new DataError(`${path} is not an array`, { file, path }, 'pass the scanner’s unmodified JSON output')
  return value
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** `security-severity` as GitHub reads it: a decimal string (or number) in [0, 10]. */
function securityScore(properties: unknown): number | undefined {
  if (!isObject(properties)) return undefined
  const raw = properties['security-severity']
  const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN
  return Number.isFinite(score) && score >= 0 && score <= 10 ? score : undefined
}

/** SARIF `level` when no score exists: error → high, warning → medium, note → low, none → none. */
function severityOfLevel(level: unknown): ScanSeverity {
  return level === 'error' ? 'high' : level === 'note' ? 'low' : level === 'none' ? 'none' : 'medium'
}

function sarifLocation(result: Json): string | undefined {
  const first: unknown = Array.isArray(result.locations) ? (result.locations as unknown[])[0] : undefined
  if (!isObject(first) || !isObject(first.physicalLocation)) return undefined
  const artifact = first.physicalLocation.artifactLocation
  return isObject(artifact) ? text(artifact.uri) : undefined
}

/**
 * Findings of a SARIF 2.1.0 log (CodeQL, Trivy, Bandit, osv-scanner's `--format sarif`, …). A result's severity is
 * its rule's `properties.security-severity` score where present (GitHub's convention), else its `level`, else its
 * rule's `defaultConfiguration.level`, else `warning` (SARIF §3.27.10). Suppressed results are left out.
 * @throws {DataError} naming the file and the JSON path when the log is not SARIF
 */
export function parseSarif(log: unknown, file: string): ScanFinding[] {
  if (!isObject(log) || typeof log.version !== 'string' || !log.version.startsWith('2.1'))
    throw new DataError(
      'not a SARIF 2.1 log (no "version": "2.1.0")',
      { file },
      'pass a SARIF 2.1.0 file or an osv-scanner JSON report',
    )
  const findings: ScanFinding[] = []
  arrayAt(log.runs, file, 'runs').forEach((run, r) => {
    if (!isObject(run)) throw new DataError(`runs[${r}] is not an object`, { file, path: `runs[${r}]` })
    const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : {}
    const tool = text(driver.name) ?? 'SARIF'
    const rules = new Map<string, Json>()
    for (const rule of arrayAt(driver.rules, file, `runs[${r}].tool.driver.rules`))
      if (isObject(rule) && typeof rule.id === 'string') rules.set(rule.id, rule)
    arrayAt(run.results, file, `runs[${r}].results`).forEach((result, i) => {
      if (!isObject(result))
        throw new DataError(`runs[${r}].results[${i}] is not an object`, { file, path: `runs[${r}].results[${i}]` })
      if (Array.isArray(result.suppressions) && result.suppressions.length > 0) return
      const id = text(result.ruleId) ?? (isObject(result.rule) ? text(result.rule.id) : undefined) ?? 'unnamed-rule'
      const rule = rules.get(id)
      const score = securityScore(rule?.properties) ?? securityScore(result.properties)
      const defaultLevel = isObject(rule?.defaultConfiguration) ? rule.defaultConfiguration.level : undefined
      const severity = score !== undefined ? severityOfScore(score) : severityOfLevel(result.level ?? defaultLevel)
      const message = isObject(result.message) ? (text(result.message.text) ?? '') : ''
      const where = sarifLocation(result)
      findings.push({
        tool,
        id,
        severity,
        ...(score !== undefined ? { score } : {}),
        ...(where !== undefined ? { where } : {}),
        message,
      })
    })
  })
  return findings
}

/**
 * Findings of an osv-scanner JSON report (`osv-scanner scan --format json`): one per vulnerability group of each
 * package (groups merge aliases, so one CVE published as GHSA and GO ids counts once), scored by the group's
 * `max_severity` (a CVSS score as text; empty → unknown).
 * @throws {DataError} naming the file and the JSON path when the report is not osv-scanner's
 */
export function parseOsvScanner(report: unknown, file: string): ScanFinding[] {
  if (!isObject(report) || !Array.isArray(report.results))
    throw new DataError(
      'not an osv-scanner JSON report (no "results" array)',
      { file },
      'run osv-scanner with --format json',
    )
  const findings: ScanFinding[] = []
  report.results.forEach((result, r) => {
    if (!isObject(result)) throw new DataError(`results[${r}] is not an object`, { file, path: `results[${r}]` })
    const source = isObject(result.source) ? text(result.source.path) : undefined
    arrayAt(result.packages, file, `results[${r}].packages`).forEach((entry, p) => {
      if (!isObject(entry) || !isObject(entry.package))
        throw new DataError(`results[${r}].packages[${p}] has no "package"`, {
          file,
          path: `results[${r}].packages[${p}]`,
        })
      const name = text(entry.package.name) ?? 'unknown package'
      const version = text(entry.package.version)
      const label = version === undefined ? name : `${name}@${version}`
      const groups = arrayAt(entry.groups, file, `results[${r}].packages[${p}].groups`)
      const vulnerabilities = arrayAt(entry.vulnerabilities, file, `results[${r}].packages[${p}].vulnerabilities`)
      // Older reports without groups: one finding per vulnerability.
      const units = groups.length > 0 ? groups : vulnerabilities.map((v) => ({ ids: [isObject(v) ? v.id : undefined] }))
      for (const unit of units) {
        if (!isObject(unit)) continue
        const ids = Array.isArray(unit.ids) ? unit.ids.filter((x): x is string => typeof x === 'string') : []
        const score =
          typeof unit.max_severity === 'string' && unit.max_severity.trim() !== ''
            ? Number(unit.max_severity)
            : Number.NaN
        const scored = Number.isFinite(score) && score >= 0 && score <= 10
        findings.push({
          tool: 'osv-scanner',
          id: ids[0] ?? 'unknown-vulnerability',
          severity: scored ? severityOfScore(score) : 'unknown',
          ...(scored ? { score } : {}),
          where: source === undefined ? label : `${label} (${source})`,
          message: ids.length > 1 ? `${label}: ${ids.join(', ')}` : `${label}: ${ids[0] ?? 'unknown vulnerability'}`,
        })
      }
    })
  })
  return findings
}

/** Which format a parsed scan file is: SARIF has `version` and `runs`, osv-scanner JSON has `results`. */
export function detectScanFormat(parsed: unknown, file: string): ScanFormat {
  if (isObject(parsed) && Array.isArray(parsed.runs) && typeof parsed.version === 'string') return 'sarif'
  if (isObject(parsed) && Array.isArray(parsed.results)) return 'osv-scanner'
  throw new DataError(
    'not a scan result modelgate reads',
    { file },
    'pass a SARIF 2.1.0 log (any scanner) or an osv-scanner JSON report (osv-scanner scan --format json)',
  )
}

export function parseScanFindings(parsed: unknown, file: string): ScanFinding[] {
  return detectScanFormat(parsed, file) === 'sarif' ? parseSarif(parsed, file) : parseOsvScanner(parsed, file)
}
