// Issue #18 item 1: `--format text|markdown|json` for every action; text prints real tables (the checks, and the
// versions of register-model list/get and the moves of history) instead of "4 version(s)".
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderText, terminalSafe, textTable } from '../../../src/cli/render-text.js'
import { FORMAT_NAMES, REPORT_FORMATS } from '../../../src/cli/report-formats.js'
import type { GateReport } from '../../../src/core/gate/gate-report.js'
import { renderMarkdown } from '../../../src/core/report/render-markdown.js'
import { decideVersionList } from '../../../src/core/registry/decide-version-list.js'
import { repoRoot } from '../../helpers/fixture-path.js'
import { cli } from './cli-test-helpers.js'

afterEach(() => vi.restoreAllMocks())

const report = (outcome: ReturnType<typeof decideVersionList>): GateReport => ({
  schemaVersion: 1,
  gate: 'register-model',
  status: 'pass',
  title: outcome.title,
  checks: outcome.checks,
  figures: outcome.figures,
  subject: {},
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 12,
})

const version = (n: number, aliases: string[]) => ({
  version: n,
  aliases,
  digest: `sha256:${String(n).repeat(64)}`,
  card: {
    createdAt: `2026-01-0${n}T00:00:00Z`,
    createdBy: 'alice',
    reports: [{ gate: 'fairness-gate' as const, status: 'pass' as const }],
  },
})

describe('the text format', () => {
  it('register-model list prints a table of its versions, one row each, columns aligned', () => {
    const text = renderText(report(decideVersionList('churn', 'file:/r', [version(1, []), version(2, ['champion'])])))
    const lines = text.split('\n')
    const head = lines.findIndex((line) => line.startsWith('  version'))
    expect(lines[head - 1]).toBe('Versions')
    expect(lines[head]).toMatch(/^ {2}version +aliases +created +by +reports +digest$/)
    expect(lines[head + 2]).toMatch(/^ {2}1 +2026-01-01T00:00:00Z +alice +fairness-gate: pass +sha256:1{12}$/)
    expect(lines[head + 3]).toMatch(/^ {2}2 +champion +2026-01-02T00:00:00Z/)
    // aligned: every row's "created" cell starts in the header's column
    const at = lines[head]?.indexOf('created')
    expect(lines[head + 3]?.indexOf('2026')).toBe(at)
    expect(text).toMatch(/^ {2}pass +list\.count +2 +2 version\(s\), latest v2$/m)
  })

  it('prints every non-passing check and folds passing ones past 20 into a count', () => {
    const checks = [
      ...Array.from({ length: 25 }, (_, i) => ({ id: `p.${i}`, status: 'pass' as const, observed: i, message: 'ok' })),
      { id: 'drift.age.psi', status: 'fail' as const, observed: 0.31, threshold: { max: 0.2 }, message: 'drifted' },
    ]
    const text = renderText({ ...report(decideVersionList('m', 'r', [])), status: 'fail', checks, figures: [] })
    expect(text).toMatch(/^ {2}fail +drift\.age\.psi +0\.31 +≤ 0\.2 +drifted$/m)
    expect(text.match(/^ {2}pass /gm)).toHaveLength(20)
    expect(text).toContain('… 5 more passing check(s) in the JSON report')
    expect(text).toContain('25 of 26 check(s) passed')
  })

  it('neutralises control characters from data (an escape sequence never reaches the terminal raw)', () => {
    expect(terminalSafe('Korea\u001b]0;pwned\u0007')).toBe('Korea\ufffd]0;pwned\ufffd')
    expect(textTable(['a'], [['x\u001b[2J']]).join('\n')).not.toContain('\u001b')
  })
})

describe('--format on the command line', () => {
  it('the table has text, markdown, json and html, and a format is one entry', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'markdown', 'json', 'html'])
    const r = report(decideVersionList('churn', 'file:/r', [version(1, [])]))
    expect(REPORT_FORMATS.markdown(r)).toBe(renderMarkdown(r))
    expect(JSON.parse(REPORT_FORMATS.json(r))).toEqual(r)
    const page = REPORT_FORMATS.html(r)
    expect(page).toMatch(/^<!doctype html>/i)
    expect(page).toContain(r.title)
  })

  it.each(FORMAT_NAMES)(
    'validate-data --format %s prints that rendering of the same report on stdout',
    async (format) => {
      const dir = mkdtempSync(join(tmpdir(), 'modelgate-format-'))
      const data = join(repoRoot, 'examples', 'churn', 'data')
      const { code, stdout, stderr } = await cli(
        [
          'validate-data',
          '--data',
          join(data, 'current.csv'),
          '--contract',
          join(repoRoot, 'examples', 'churn', 'contract.yml'),
          '--format',
          format,
          '--policy',
          join(dir, 'none.yml'),
          '--report-path',
          join(dir, 'r.json'),
        ],
        { RUNNER_TEMP: dir },
      )
      expect(stderr).not.toMatch(/\n\s+at /)
      expect([0, 1]).toContain(code)
      if (format === 'json') expect((JSON.parse(stdout) as GateReport).gate).toBe('validate-data')
      if (format === 'markdown') expect(stdout).toMatch(/^## .* modelgate\/validate-data: /)
      if (format === 'text') expect(stdout).toMatch(/^ {2}status +check +value +threshold +message$/m)
    },
  )

  it('an unknown format is a usage error naming the formats (exit 2); --format with no value too', async () => {
    const bad = await cli(['validate-data', '--format', 'yaml'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('error: unknown format "yaml"\n--format takes one of: text, markdown, json, html\n')
    const empty = await cli(['validate-data', '--format'])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('option "--format" needs a value')
  })
})
