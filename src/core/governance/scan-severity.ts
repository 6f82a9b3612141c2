/** Severities a scan finding can have, worst first; `unknown` where the scanner gave none. */
export const SCAN_SEVERITIES = ['critical', 'high', 'medium', 'low', 'none', 'unknown'] as const
export type ScanSeverity = (typeof SCAN_SEVERITIES)[number]

/**
 * The CVSS v3 qualitative rating of a base score (FIRST, CVSS v3.1 specification §5): 0 none, 0.1–3.9 low,
 * 4.0–6.9 medium, 7.0–8.9 high, 9.0–10.0 critical. GitHub code scanning reads SARIF's `security-severity` the same way.
 * @example severityOfScore(7.5) // => 'high'
 * @example severityOfScore(9) // => 'critical'
 */
export function severityOfScore(score: number): ScanSeverity {
  if (!Number.isFinite(score) || score < 0 || score > 10) return 'unknown'
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'none'
}

/**
 * Whether `severity` is at least as bad as `floor`. `unknown` (the scanner gave no score) ranks as `medium`: it
 * meets a `medium` or `low` floor, not a `high` one; the check's table still lists it.
 * @example atLeast('critical', 'high') // => true
 * @example atLeast('unknown', 'high') // => false
 */
export function atLeast(severity: ScanSeverity, floor: Exclude<ScanSeverity, 'unknown'>): boolean {
  const rank = (s: ScanSeverity): number =>
    s === 'unknown' ? SCAN_SEVERITIES.indexOf('medium') : SCAN_SEVERITIES.indexOf(s)
  return rank(severity) <= rank(floor)
}
