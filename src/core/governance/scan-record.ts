import type { Check } from '../gate/check.js'
import { decideScanFindings, summarizeFindings, type ScanPolicy, type ScanSummary } from './decide-scan.js'
import type { ScanFinding, ScanFormat } from './scan-findings.js'

/** One scan result file as read: where it came from, its digest, its format and its findings. */
export interface ScanResultFile {
  /** The path as given (the scan-results input). */
  readonly file: string
  readonly sha256: string
  readonly format: ScanFormat
  /** The scanners the file names (scanResultScanners), even when they found nothing. */
  readonly scanners: readonly string[]
  readonly findings: readonly ScanFinding[]
}

/** What a model card keeps of one scan: enough to audit it (the file's digest), not the findings themselves. */
export interface ScanRecord {
  readonly file: string
  readonly sha256: string
  readonly format: ScanFormat
  /** The scanners that reported (SARIF `tool.driver.name`, or `osv-scanner`), sorted. */
  readonly scanners: readonly string[]
  /** Findings per severity. */
  readonly counts: ScanSummary
  /** Findings whose id the policy accepts. */
  readonly accepted: number
  readonly status: Check['status']
}

/**
 * The scan checks of a registration (decideScanFindings per file; the id is `governance.scan`, or
 * `governance.scan.<n>` (1-based) when several files are given) and the record of each for the model card.
 * @example
 * scanChecks([{ file: 'osv.json', sha256: 'ab', format: 'osv-scanner', scanners: ['osv-scanner'], findings: [] }], { failAt: 'high', accepted: [] }).records[0]?.status // => 'pass'
 */
export function scanChecks(
  files: readonly ScanResultFile[],
  policy: ScanPolicy,
): { readonly checks: Check[]; readonly records: ScanRecord[] } {
  const accepted = new Set(policy.accepted)
  const checks: Check[] = []
  const records: ScanRecord[] = []
  files.forEach((f, i) => {
    const check = decideScanFindings(f.findings, policy, f.file)
    checks.push(files.length === 1 ? check : { ...check, id: `governance.scan.${i + 1}` })
    records.push({
      file: f.file,
      sha256: f.sha256,
      format: f.format,
      scanners: [...new Set([...f.scanners, ...f.findings.map((x) => x.tool)])].sort(),
      counts: summarizeFindings(f.findings),
      accepted: f.findings.filter((x) => accepted.has(x.id)).length,
      status: check.status,
    })
  })
  return { checks, records }
}

/**
 * The scanners a scan result names: each SARIF run's `tool.driver.name` (and version when given), or `osv-scanner`.
 * @example scanResultScanners({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Trivy', version: '0.58.1' } } }] }, 'sarif') // => ['Trivy 0.58.1']
 */
export function scanResultScanners(parsed: unknown, format: ScanFormat): string[] {
  if (format === 'osv-scanner') return ['osv-scanner']
  const runs = (parsed as { runs?: unknown }).runs
  if (!Array.isArray(runs)) return []
  const names = runs.flatMap((run: unknown) => {
    const driver = (run as { tool?: { driver?: { name?: unknown; version?: unknown } } } | null)?.tool?.driver
    if (typeof driver?.name !== 'string') return []
    return [typeof driver.version === 'string' ? `${driver.name} ${driver.version}` : driver.name]
  })
  return [...new Set(names)].sort()
}
