import { describe, expect, it } from 'vitest'
import { decideScanRefusal } from '../../../../src/core/governance/decide-scan-refusal.js'
import { resolveScanPolicy } from '../../../../src/core/governance/scan-policy.js'
import { scanChecks, scanResultScanners } from '../../../../src/core/governance/scan-record.js'

const finding = (id: string, severity: 'critical' | 'high' | 'medium' | 'low') => ({
  tool: 'osv-scanner',
  id,
  severity,
  message: id,
})

describe('scanChecks', () => {
  it('scanChecks(files, policy) keeps per file the counts, the accepted findings and the verdict; ids are numbered for several files', () => {
    const policy = resolveScanPolicy({ accepted: ['CVE-1'] })
    const { checks, records } = scanChecks(
      [
        {
          file: 'a.json',
          sha256: 'aa',
          format: 'osv-scanner',
          scanners: ['osv-scanner'],
          findings: [finding('CVE-1', 'critical'), finding('CVE-2', 'low')],
        },
        { file: 'b.sarif', sha256: 'bb', format: 'sarif', scanners: ['Trivy'], findings: [finding('CVE-3', 'high')] },
      ],
      policy,
    )
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['governance.scan.1', 'pass'],
      ['governance.scan.2', 'fail'],
    ])
    expect(records[0]).toEqual({
      file: 'a.json',
      sha256: 'aa',
      format: 'osv-scanner',
      scanners: ['osv-scanner'],
      counts: { critical: 1, high: 0, medium: 0, low: 1, none: 0, unknown: 0 },
      accepted: 1,
      status: 'pass',
    })
    expect(records[1]?.scanners).toEqual(['Trivy', 'osv-scanner'])
    expect(decideScanRefusal('churn', checks).title).toBe(
      "Not registered: churn has scan findings at or above the policy's fail_at in 1 file",
    )
  })
  it('scanResultScanners() names every SARIF run driver once (with its version) and osv-scanner for its JSON', () => {
    const log = {
      runs: [{ tool: { driver: { name: 'Bandit' } } }, { tool: { driver: { name: 'Bandit' } } }, { tool: {} }],
    }
    expect(scanResultScanners(log, 'sarif')).toEqual(['Bandit'])
    expect(scanResultScanners({ results: [] }, 'osv-scanner')).toEqual(['osv-scanner'])
  })
  it('resolveScanPolicy() defaults: fail at high, warn at medium, nothing accepted, not required', () => {
    expect(resolveScanPolicy({ fail_at: 'critical', warn_at: 'low', required: true })).toEqual({
      failAt: 'critical',
      warnAt: 'low',
      accepted: [],
      required: true,
    })
  })
})
