import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Check } from '../../../src/core/gate/check.js'
import { makeGateReport } from '../../../src/core/gate/gate-report.js'
import { cutToUtf8Bytes } from '../../../src/core/report/cut-to-utf8-bytes.js'
import { ANNOTATION_MESSAGE_BYTES, toCheckRun, type CheckRunPayload } from '../../../src/core/report/to-check-run.js'
import { truncateMarkdown } from '../../../src/core/report/truncate-markdown.js'
import { utf8ByteLength } from '../../../src/core/report/utf8-byte-length.js'
import { createCompletedCheckRun } from '../../../src/github/check-run.js'
import type { GitHubClient } from '../../../src/github/client.js'
import { appendJobSummary, JOB_SUMMARY_LIMIT } from '../../../src/github/job-summary.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')
/** Any UTF-16 text, lone surrogates included. */
const utf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 })
  .map((units) => String.fromCharCode(...units))
const wellFormed = (text: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
const cjkLines = (lines: number): string =>
  Array.from({ length: lines }, (_, i) => `行${i} 日本語の表 🎉 données`).join('\n')

describe('utf8ByteLength and cutToUtf8Bytes', () => {
  it('utf8ByteLength(text) equals Buffer.byteLength(text, "utf8") for any UTF-16 text', () => {
    fc.assert(
      fc.property(utf16, (text) => {
        expect(utf8ByteLength(text)).toBe(bytes(text))
      }),
    )
  })

  it('cutToUtf8Bytes(text, n) is the longest prefix within n bytes and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(200), (text, n) => {
        const cut = cutToUtf8Bytes(text, n)
        expect(text.startsWith(cut)).toBe(true)
        expect(bytes(cut)).toBeLessThanOrEqual(n)
        expect(wellFormed(cut)).toBe(true)
        if (cut.length < text.length) {
          const next = String.fromCodePoint(text.codePointAt(cut.length) ?? 0)
          expect(bytes(cut + next)).toBeGreaterThan(n)
        }
      }),
    )
  })
})

describe('truncateMarkdown(markdown, limit, notice, "utf8")', () => {
  it('truncateMarkdown cuts CJK and emoji text to the byte limit at a line boundary and ends with the notice', () => {
    const markdown = cjkLines(2000)
    const cut = truncateMarkdown(markdown, 10_000, '\n_cut_\n', 'utf8')
    expect(bytes(cut)).toBeLessThanOrEqual(10_000)
    expect(cut.length).toBeLessThan(10_000)
    expect(cut.endsWith('\n_cut_\n')).toBe(true)
    expect(markdown.startsWith(cut.slice(0, -'\n_cut_\n'.length))).toBe(true)
    expect(cut.slice(0, -'\n_cut_\n'.length).endsWith('\n')).toBe(true)
  })

  it('truncateMarkdown stays within any byte limit, well-formed, closing an open code fence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 20, max: 400 }), (text, limit) => {
        const markdown = `intro\n\`\`\`mermaid\n${text}\n${text}\n\`\`\`\n`
        const cut = truncateMarkdown(markdown, limit, '…', 'utf8')
        expect(bytes(cut)).toBeLessThanOrEqual(limit)
        expect(wellFormed(cut)).toBe(true)
        if (cut !== markdown) expect((cut.match(/^```/gm) ?? []).length % 2).toBe(0)
      }),
    )
  })

  it('truncateMarkdown in characters never leaves half of a surrogate pair', () => {
    expect(truncateMarkdown('🎉'.repeat(20), 9, '…')).toBe('🎉…')
  })
})

describe('appendJobSummary', () => {
  it('appendJobSummary keeps the step summary within 1 MiB of UTF-8 for 2.7 MB of CJK and emoji', () => {
    const file = join(makeTempDir(), 'summary.md')
    const markdown = cjkLines(100_000)
    expect(bytes(markdown)).toBeGreaterThan(2_700_000)
    // Counted in UTF-16 units, a cut at the limit would still write more than 1 MiB.
    expect(bytes(markdown.slice(0, JOB_SUMMARY_LIMIT))).toBeGreaterThan(JOB_SUMMARY_LIMIT)
    expect(appendJobSummary({ GITHUB_STEP_SUMMARY: file }, markdown)).toBe(true)
    const written = readFileSync(file)
    expect(written.length).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT)
    expect(written.length).toBeGreaterThan(JOB_SUMMARY_LIMIT - 200)
    expect(written.toString('utf8')).toContain('_Cut to the 1 MiB job summary limit; the JSON report has everything._')
  })

  it('appendJobSummary counts what the step already wrote to its summary file', () => {
    const file = join(makeTempDir(), 'summary.md')
    writeFileSync(file, '日'.repeat(300_000))
    appendJobSummary({ GITHUB_STEP_SUMMARY: file }, cjkLines(100_000))
    expect(readFileSync(file).length).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT)
  })

  it('appendJobSummary writes a summary under the limit unchanged', () => {
    const file = join(makeTempDir(), 'summary.md')
    appendJobSummary({ GITHUB_STEP_SUMMARY: file }, '## 日本 🎉')
    expect(readFileSync(file, 'utf8')).toBe('## 日本 🎉\n')
  })
})

const at = new Date('2026-11-23T10:00:00Z')

describe('toCheckRun annotations', () => {
  it('toCheckRun cuts an annotation message to 64,000 bytes of UTF-8, not characters, without splitting a character', () => {
    const check: Check = {
      id: 'contract.name.domain',
      status: 'fail',
      observed: 1,
      message: '日本🎉'.repeat(10_000),
      locations: [{ file: 'data/current.csv', line: 2 }],
    }
    const report = makeGateReport({
      gate: 'validate-data',
      title: 't',
      checks: [check],
      figures: [],
      startedAt: at,
      finishedAt: at,
    })
    const message = toCheckRun(report, 'fail').annotationBatches[0]?.[0]?.message ?? ''
    expect(bytes(message)).toBeLessThanOrEqual(ANNOTATION_MESSAGE_BYTES)
    expect(bytes(message)).toBeGreaterThan(ANNOTATION_MESSAGE_BYTES - 10)
    expect(wellFormed(message)).toBe(true)
    expect(check.message.startsWith(message)).toBe(true)
  })
})

describe('createCompletedCheckRun', () => {
  it('createCompletedCheckRun resends output.text with every annotation batch it sends as an update', async () => {
    const calls: { method: string; output: Record<string, unknown> }[] = []
    const client = {
      rest: {
        checks: {
          create: (request: { output: Record<string, unknown> }) => {
            calls.push({ method: 'create', output: request.output })
            return Promise.resolve({ data: { id: 7 } })
          },
          update: (request: { output: Record<string, unknown> }) => {
            calls.push({ method: 'update', output: request.output })
            return Promise.resolve({ data: { id: 7 } })
          },
        },
      },
    } as unknown as GitHubClient
    const annotation = {
      path: 'a.csv',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      message: 'm',
      title: 't',
    } as const
    const payload: CheckRunPayload = {
      name: 'modelgate/validate-data',
      conclusion: 'failure',
      title: 'title',
      summary: 'summary',
      text: '#### 図\n\n| a |',
      annotationBatches: [[annotation], [annotation], [annotation]],
    }
    await createCompletedCheckRun(client, { owner: 'o', repo: 'r', headSha: 'a'.repeat(40) }, payload, at)
    expect(calls.map((c) => c.method)).toEqual(['create', 'update', 'update'])
    for (const call of calls)
      expect(call.output).toMatchObject({ title: 'title', summary: 'summary', text: '#### 図\n\n| a |' })
  })
})
