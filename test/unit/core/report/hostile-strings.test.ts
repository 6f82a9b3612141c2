// Issue #15 item 4: every hostile string from fixtures/hostile/strings.json, put where data lands in a report
// (check id, message, observed value, threshold rule, title, figure title, column and cell), renders inert
// through a real CommonMark + GFM parser (micromark + micromark-extension-gfm, raw HTML let through so that
// any that leaks shows): no HTML from data, no link, image or autolink, no mention or reference, one table row.
import { readFileSync } from 'node:fs'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { makeGateReport } from '../../../../src/core/gate/gate-report.js'
import { codeSpan, escapeMarkdown } from '../../../../src/core/report/escape-markdown.js'
import { renderMarkdown } from '../../../../src/core/report/render-markdown.js'
import { fixturePath } from '../../../helpers/fixture-path.js'

const hostile = JSON.parse(readFileSync(fixturePath('hostile/strings.json'), 'utf8')) as string[]
/** The tags renderMarkdown itself writes; anything else came from data. */
const OWN_TAGS = new Set(['h3', 'h4', 'p', 'em', 'strong', 'code', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])

const toHtml = (markdown: string): string =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })

const decode = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#8203;|\u200b/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

function render(value: string): string {
  const report = makeGateReport({
    gate: 'fairness-gate',
    title: value,
    checks: [
      {
        id: value,
        status: 'warn',
        observed: value,
        measure: value,
        threshold: { rule: value },
        message: value,
        examples: [{ value, line: 3, count: 2 }],
      },
    ],
    figures: [{ kind: 'table', title: value, columns: ['group', value], rows: [[value, value]] }],
    subject: { model: value, version: value },
    startedAt: new Date('2024-01-01T00:00:00Z'),
    finishedAt: new Date('2024-01-01T00:00:01Z'),
  })
  return toHtml(renderMarkdown(report, { headingLevel: 3 }))
}

describe('hostile strings render inert', () => {
  it('the corpus has at least 40 strings', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(40)
  })

  it.each(hostile.map((value) => [JSON.stringify(value), value]))('%s', (_label, value) => {
    const html = render(value)
    const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase())
    // The one <br> is the renderer's own, between the value and the offending values in the value cell.
    expect(tags.filter((tag) => !OWN_TAGS.has(tag))).toEqual(['br'])
    expect(html).not.toMatch(/<!--|<!\[|<\?/)
    // One check row of six cells and one figure row of two: nothing broke out of or hid the tables.
    const bodies = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((match) => match[1]!)
    expect(bodies.map((body) => (body.match(/<tr>/g) ?? []).length)).toEqual([1, 1])
    expect(bodies.map((body) => (body.match(/<td>/g) ?? []).length)).toEqual([6, 2])
    // Outside code (where GitHub resolves nothing) no mention, reference or URL survives as such.
    const raw = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]*>/g, '')
    expect(raw).not.toMatch(/(^|[^\p{L}\p{N}_])@[\p{L}\p{N}]/u)
    expect(raw).not.toMatch(/(#|\bGH-)\d/i)
    expect(raw).not.toMatch(/[a-z]:\/\/|\bwww\.|\b(mailto|xmpp):/i)
    // And the message cell still says what the data said (newlines as spaces).
    const cells = [...bodies[0]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1]!)
    // (Emphasis from data is left to render: it hides nothing and notifies nobody.)
    const plain = (text: string): string => text.replace(/[*_]/g, '').trim()
    expect(plain(decode(cells[5]!))).toBe(plain(value.replace(/\r\n?|[\n\u2028\u2029]/g, ' ')))
  })
})

describe('escapeMarkdown and codeSpan', () => {
  it('escapeMarkdown breaks mentions, references and autolinks with a zero-width space and escapes markup', () => {
    expect(escapeMarkdown('@octocat #12 www.x.io https://x.io')).toBe(
      '@\u200boctocat #\u200b12 www\u200b.x.io https:\u200b//x.io',
    )
    expect(escapeMarkdown('<!-- [a](b) | $x$ & `c` ~')).toBe('&lt;!-- \\[a\\](b) \\| \\$x\\$ &amp; \\`c\\` \\~')
  })

  it('codeSpan fences backticks longer than any run inside and escapes pipes for the table', () => {
    expect(codeSpan('a.b')).toBe('`a.b`')
    expect(codeSpan('a`b')).toBe('`` a`b ``')
    expect(codeSpan('a|b\nc')).toBe('`a\\|b c`')
  })
})
