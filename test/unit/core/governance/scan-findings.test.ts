import { describe, expect, it } from 'vitest'
import { decideScanFindings, summarizeFindings } from '../../../../src/core/governance/decide-scan.js'
import { parseOsvScanner, parseSarif, parseScanFindings } from '../../../../src/core/governance/scan-findings.js'
import { severityOfScore } from '../../../../src/core/governance/scan-severity.js'

// Shaped like osv-scanner's SARIF output: the score in the rule's property bag, every result at level "warning".
const sarif = {
  version: '2.1.0',
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  runs: [
    {
      tool: {
        driver: {
          name: 'osv-scanner',
          rules: [
            { id: 'GHSA-aaaa', properties: { 'security-severity': '9.8' } },
            { id: 'GHSA-bbbb', properties: { 'security-severity': '5.3' } },
            { id: 'B105', defaultConfiguration: { level: 'error' } },
          ],
        },
      },
      results: [
        {
          ruleId: 'GHSA-aaaa',
          level: 'warning',
          message: { text: 'torch 1.13.0 is vulnerable' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'requirements.txt' } } }],
        },
        { ruleId: 'GHSA-bbbb', level: 'warning', message: { text: 'numpy' } },
        { ruleId: 'B105', message: { text: 'hard-coded password' } },
        { ruleId: 'NOTE1', level: 'note', message: { text: 'style' } },
        { ruleId: 'GHSA-cccc', level: 'error', message: { text: 'suppressed' }, suppressions: [{ kind: 'inSource' }] },
      ],
    },
  ],
}

const osv = {
  results: [
    {
      source: { path: '/w/requirements.txt', type: 'lockfile' },
      packages: [
        {
          package: { name: 'torch', version: '1.13.0', ecosystem: 'PyPI' },
          vulnerabilities: [{ id: 'GHSA-47fc' }, { id: 'PYSEC-2024-1' }],
          groups: [
            {
              ids: ['GHSA-47fc', 'PYSEC-2024-1'],
              aliases: ['CVE-2024-31580', 'GHSA-47fc', 'PYSEC-2024-1'],
              max_severity: '7.5',
            },
          ],
        },
        {
          package: { name: 'pillow', version: '9.0.0', ecosystem: 'PyPI' },
          vulnerabilities: [{ id: 'GHSA-unscored' }],
          groups: [{ ids: ['GHSA-unscored'], max_severity: '' }],
        },
      ],
    },
  ],
}

describe('scan findings from existing scanners', () => {
  it('CVSS v3 qualitative ratings at the band edges', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10, 11, Number.NaN].map(severityOfScore)).toEqual([
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
      'unknown',
      'unknown',
    ])
  })

  it('SARIF: security-severity first, then the result level, then the rule default; suppressed results left out', () => {
    const findings = parseSarif(sarif, 'scan.sarif')
    expect(findings.map((f) => [f.id, f.severity, f.score ?? null])).toEqual([
      ['GHSA-aaaa', 'critical', 9.8],
      ['GHSA-bbbb', 'medium', 5.3],
      ['B105', 'high', null],
      ['NOTE1', 'low', null],
    ])
    expect(findings[0]).toMatchObject({
      tool: 'osv-scanner',
      where: 'requirements.txt',
      message: 'torch 1.13.0 is vulnerable',
    })
  })

  it('osv-scanner JSON: one finding per alias group, scored by max_severity, unscored groups unknown', () => {
    const findings = parseOsvScanner(osv, 'osv.json')
    expect(findings).toEqual([
      {
        tool: 'osv-scanner',
        id: 'GHSA-47fc',
        severity: 'high',
        score: 7.5,
        where: 'torch@1.13.0 (/w/requirements.txt)',
        message: 'torch@1.13.0: GHSA-47fc, PYSEC-2024-1',
      },
      {
        tool: 'osv-scanner',
        id: 'GHSA-unscored',
        severity: 'unknown',
        where: 'pillow@9.0.0 (/w/requirements.txt)',
        message: 'pillow@9.0.0: GHSA-unscored',
      },
    ])
  })

  it('a file that is neither is a DataError that names the file and what to pass', () => {
    expect(() => parseScanFindings({ foo: 1 }, 'x.json')).toThrow(/^not a scan result modelgate reads$/)
    expect(() => parseSarif({ version: '2.1.0', runs: {} }, 's.sarif')).toThrow('runs is not an array')
    expect(() => parseOsvScanner({ results: [{ packages: [{}] }] }, 'o.json')).toThrow(
      'results[0].packages[0] has no "package"',
    )
  })
})

describe('decideScanFindings', () => {
  const findings = [...parseSarif(sarif, 'scan.sarif'), ...parseOsvScanner(osv, 'osv.json')]

  it('fails at or above fail_at, names the count and the summary', () => {
    const check = decideScanFindings(findings, { failAt: 'high', warnAt: 'medium', accepted: [] }, 'scans')
    expect(check).toMatchObject({ id: 'governance.scan', status: 'fail', observed: 3 })
    expect(check.message).toBe(
      'scans: 6 finding(s) (1 critical, 2 high, 1 medium, 1 low, 1 unknown); 3 at or above high',
    )
    expect(summarizeFindings(findings)).toEqual({ critical: 1, high: 2, medium: 1, low: 1, none: 0, unknown: 1 })
  })

  it('accepted ids never fail; what remains between warn_at and fail_at warns', () => {
    const check = decideScanFindings(
      findings,
      { failAt: 'high', warnAt: 'medium', accepted: ['GHSA-aaaa', 'B105', 'GHSA-47fc'] },
      'scans',
    )
    expect(check.status).toBe('warn')
    expect(check.message).toMatch(/; 3 accepted by policy$/)
    expect(
      decideScanFindings(
        findings.filter((f) => f.severity === 'low'),
        { failAt: 'high', warnAt: 'medium', accepted: [] },
        's',
      ).status,
    ).toBe('pass')
  })

  it('no findings is a pass that says so', () => {
    expect(decideScanFindings([], { failAt: 'high', accepted: [] }, 'scans')).toMatchObject({
      status: 'pass',
      message: 'scans: no findings',
    })
  })
})
