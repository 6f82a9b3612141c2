// Issue #18 item 5: the HTML report escapes every untrusted string with one escaper (property-tested), keeps the
// check table of the Markdown, and pairs every chart with its table.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { makeGateReport } from '../../../../src/core/gate/gate-report.js'
import { escapeHtml, inlineScript } from '../../../../src/core/report/escape-html.js'
import { escapeMarkdown } from '../../../../src/core/report/escape-markdown.js'
import { renderHtmlReport, summaryHtml } from '../../../../src/core/report/render-html.js'
import { segment } from '../../../../src/cli/registry-site-pages.js'
import { fixturePath } from '../../../helpers/fixture-path.js'

/** The few DOM members the test reads (the project's TypeScript has no DOM lib). */
interface El {
  readonly textContent: string | null
  readonly children: { readonly length: number }
  getAttribute(name: string): string | null
  querySelector(selector: string): El | null
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>
}
const parse = (html: string): El => (new JSDOM(html).window as unknown as { document: El }).document

const hostile = JSON.parse(readFileSync(fixturePath('hostile/strings.json'), 'utf8')) as string[]
const at = new Date('2026-12-01T00:00:00Z')

/** A report with `value` everywhere data lands; the summary is Markdown, so it quotes data as gates do (escaped). */
function reportWith(value: string, summary = escapeMarkdown(value)) {
  return makeGateReport({
    gate: 'validate-data',
    title: value,
    summary,
    checks: [
      {
        id: value,
        status: 'fail',
        observed: value,
        measure: value,
        threshold: { rule: value },
        message: value,
        examples: [{ value, line: 2 }],
      },
      { id: 'ok', status: 'pass', observed: 1, message: 'fine' },
    ],
    figures: [
      { kind: 'table', title: value, columns: [value], rows: [[value]] },
      { kind: 'bar', title: value, categories: [value], series: [{ name: value, values: [1] }], xLabel: value },
      { kind: 'text', title: value, markdown: value },
    ],
    subject: { model: value, version: value },
    links: [{ label: value, url: 'https://example.com/run' }],
    startedAt: at,
    finishedAt: at,
  })
}

describe('escapeHtml', () => {
  it('leaves no markup character and decodes back to the input (well-formed strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text)
        expect(escaped).not.toMatch(/[<>"']/)
        expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/)
        const p = parse(`<p title="${escaped}">${escaped}</p>`).querySelector('p')!
        expect(p.textContent).toBe(text)
        expect(p.getAttribute('title')).toBe(text)
        expect(p.children.length).toBe(0)
      }),
    )
  })
  it('inlineScript leaves no </script or <!-- for the HTML parser', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(inlineScript(`x("${text}</SCRIPT><!--<script")`)).not.toMatch(/<(\/?script|!--)/i)
      }),
    )
  })
})

describe('renderHtmlReport', () => {
  it.each(hostile.map((v) => [JSON.stringify(v), v]))('hostile %s stays text everywhere it lands', (_l, value) => {
    const doc = parse(renderHtmlReport(reportWith(value)))
    // Only the page's own elements: no script, link, image, iframe or element from data.
    expect(doc.querySelectorAll('script, img, iframe, object, embed, style:not(head > style)').length).toBe(0)
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.com/run'])
    const failing = doc.querySelector('table.checks tbody tr')!
    expect(failing.querySelectorAll('td')).toHaveLength(6)
    // The HTML parser reads CR and CRLF as LF; escapeHtml writes a lone surrogate as U+FFFD.
    const text = value
      .replace(/\r\n?/g, '\n')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    expect(failing.querySelectorAll('td')[5]!.textContent).toBe(text)
    expect(doc.querySelector('h2')!.textContent).toBe(`modelgate/validate-data: ${text}`)
    // The chart's Mermaid text and its table both come with it.
    expect(doc.querySelectorAll('pre.mermaid')).toHaveLength(1)
    expect(doc.querySelector('.verdict')!.textContent!.startsWith('FAIL — decided by')).toBe(true)
  })
  it.each(hostile.map((v) => [JSON.stringify(v), v]))('hostile %s as the whole summary runs nothing', (_l, value) => {
    // A summary is Markdown the gate wrote; even written raw, data can add no element but Markdown's own, no link
    // but https, no image, comment or script.
    const summary = parse(`<div>${summaryHtml(value)}</div>`).querySelector('div')!
    expect(summary.querySelectorAll('script, img, iframe, object, embed, style, details, summary').length).toBe(0)
    const own = new Set(['P', 'A', 'STRONG', 'EM', 'CODE', 'PRE', 'UL', 'OL', 'LI', 'DEL', 'BLOCKQUOTE', 'BR'])
    const tags = [...summary.querySelectorAll('*')].map((e) => (e as unknown as { tagName: string }).tagName)
    expect(
      tags.filter((t) => !own.has(t) && !/^(TABLE|THEAD|TBODY|TR|TH|TD|H[1-6]|HR|INPUT|SECTION|SUP)$/.test(t)),
    ).toEqual([])
    for (const a of summary.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//)
    expect(summaryHtml(value)).not.toMatch(/<!--|<!\[|<\?/)
  })
  it("renders the gate's own Markdown: bold, code, lists, tables, https links, a fenced command, a whole fold", () => {
    const doc = parse(
      renderHtmlReport(
        reportWith(
          'x',
          [
            '**Reject**: `roc-auc` fell. Run [promote.yml](https://github.com/o/r/actions/workflows/promote.yml).',
            '',
            `- slice ${escapeMarkdown('region=<b>EU</b> [x](https://evil.example)')} fails`,
            '- [plain](http://example.com) stays text',
            '',
            '| metric | value |',
            '| --- | --- |',
            '| recall | 0.41 |',
            '',
            '```sh',
            'gh workflow run promote.yml -f version=3',
            '```',
            '',
            '<details><summary>2 more</summary>',
            '',
            '- hidden',
            '',
            '</details>',
          ].join('\n'),
        ),
      ),
    )
    const summary = doc.querySelector('.summary')!
    expect(summary.querySelector('strong')!.textContent).toBe('Reject')
    expect(summary.querySelector('p code')!.textContent).toBe('roc-auc')
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://github.com/o/r/actions/workflows/promote.yml',
    ])
    // escapeMarkdown breaks autolinks with a zero-width space after the scheme's colon.
    expect(summary.querySelectorAll('ul > li')[0]!.textContent!.replace(/\u200b/g, '')).toBe(
      'slice region=<b>EU</b> [x](https://evil.example) fails',
    )
    expect(summary.querySelectorAll('ul > li')[1]!.textContent).toBe('plain stays text')
    expect(summary.querySelector('table td')!.textContent).toBe('recall')
    expect(summary.querySelector('pre code')!.textContent).toBe('gh workflow run promote.yml -f version=3\n')
    expect(summary.querySelector('details summary')!.textContent).toBe('2 more')
    expect(summary.querySelector('details li')!.textContent).toBe('hidden')
  })
  it('folds the passing checks, says the verdict first, and inlines the Mermaid script it is given', () => {
    const html = renderHtmlReport(reportWith('x'), { mermaid: { inline: 'window.mermaid = 1 /* </script> */' } })
    const doc = parse(html)
    expect(doc.querySelector('details summary')!.textContent).toBe('1 passing check(s)')
    expect(doc.querySelector('section.gate > .verdict')!.getAttribute('data-verdict')).toBe('fail')
    expect(doc.querySelectorAll('script')).toHaveLength(2)
    expect(html).toContain('\\x3C/script>')
  })
})

describe('registry site path segments', () => {
  it('keep safe names, encode the rest, and never climb out', () => {
    expect(segment('churn-v2.model')).toBe('churn-v2.model')
    expect(segment('..')).toBe('~..')
    expect(segment('a/b')).toBe('a~2fb')
    expect(segment('a b')).not.toBe(segment('a_b'))
  })
})
