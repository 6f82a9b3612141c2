import type { Check } from '../gate/check.js'
import { atLeast, SCAN_SEVERITIES, type ScanSeverity } from './scan-severity.js'
import type { ScanFinding } from './scan-findings.js'

type Floor = Exclude<ScanSeverity, 'unknown'>

export interface ScanPolicy {
  /** A finding at or above this severity fails the gate. Default `high`. */
  readonly failAt: Floor
  /** At or above this (and below `failAt`) warns. Default `medium`; `none` warns on everything. */
  readonly warnAt?: Floor
  /** Finding ids accepted on purpose (a triaged CVE): listed, never failing. */
  readonly accepted: readonly string[]
}

/** Counts by severity, for the model card and the report table. */
export type ScanSummary = Readonly<Record<ScanSeverity, number>>

export function summarizeFindings(findings: readonly ScanFinding[]): ScanSummary {
  const counts = Object.fromEntries(SCAN_SEVERITIES.map((s) => [s, 0])) as Record<ScanSeverity, number>
  for (const finding of findings) counts[finding.severity] += 1
  return counts
}

/**
 * The scan check of a promotion or evaluation: fail when any finding not accepted is at or above `failAt`, warn at
 * or above `warnAt`, pass otherwise (no findings at all is a pass: the scanner ran and found nothing). The worst
 * findings are kept in the details, at most 20, so the report shows what to fix.
 */
export function decideScanFindings(findings: readonly ScanFinding[], policy: ScanPolicy, file: string): Check {
  const accepted = new Set(policy.accepted)
  const open = findings.filter((f) => !accepted.has(f.id))
  const failing = open.filter((f) => atLeast(f.severity, policy.failAt))
  const warning =
    policy.warnAt === undefined
      ? []
      : open.filter((f) => !atLeast(f.severity, policy.failAt) && atLeast(f.severity, policy.warnAt as Floor))
  const summary = summarizeFindings(findings)
  const counted = SCAN_SEVERITIES.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s}`)
  const status = failing.length > 0 ? 'fail' : warning.length > 0 ? 'warn' : 'pass'
  const worst = [...failing, ...warning].slice(0, 20)
  const acceptedCount = findings.length - open.length
  const message =
    findings.length === 0
      ? `${file}: no findings`
      : `${file}: ${findings.length} finding(s) (${counted.join(', ')})` +
        (failing.length > 0 ? `; ${failing.length} at or above ${policy.failAt}` : '') +
        (acceptedCount > 0 ? `; ${acceptedCount} accepted by policy` : '')
  return {
    id: 'governance.scan',
    status,
    observed: failing.length,
    measure: `findings at or above ${policy.failAt}`,
    threshold: { max: 0 },
    message,
    // The report's table shows the first of them (id and severity): what to fix, without opening the JSON.
    ...(worst.length === 0 ? {} : { examples: worst.slice(0, 5).map((f) => ({ value: `${f.id} (${f.severity})` })) }),
    details: { summary, accepted: [...accepted], worst: worst.map((f) => ({ ...f })) },
  }
}
