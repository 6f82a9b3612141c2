// Issue #18 item 5: the HTML report escapes every untrusted string with one escaper (property-tested), keeps the
// check table of the Markdown, and pairs every chart with its table.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { makeGateReport } from '../../../../src/core/gate/gate-report.js'
import { escapeHtml, inlineScript } from '../../../../src/core/report/escape-html.js'
import { renderHtmlReport } from '../../../../src/core/report/render-html.js'
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

function reportWith(value: string) {
  return makeGateReport({
    gate: 'validate-data',
    title: value,
    summary: value,
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
