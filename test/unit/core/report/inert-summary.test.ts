// Issue #15 item 4: a report's summary is Markdown a gate wrote, but it may quote data (evaluate-vs-champion lists
// the failing slices by their values). Every hostile string of fixtures/hostile/strings.json put into a summary
// renders no HTML, no comment and no mention, in the PR comment and in the check run, while the gate's own
// Markdown (a list, a link, a fenced command) stays.
import { readFileSync } from 'node:fs'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { makeGateReport } from '../../../../src/core/gate/gate-report.js'
import { renderMarkdown } from '../../../../src/core/report/render-markdown.js'
import { toCheckRun } from '../../../../src/core/report/to-check-run.js'
import { fixturePath } from '../../../helpers/fixture-path.js'

const hostile = JSON.parse(readFileSync(fixturePath('hostile/strings.json'), 'utf8')) as string[]
const toHtml = (markdown: string): string =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
const OWN = new Set([
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'a',
  'pre',
  'code',
  'em',
  'strong',
  'sub',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'del',
])

const report = (value: string): ReturnType<typeof makeGateReport> =>
  makeGateReport({
    gate: 'evaluate-vs-champion',
    title: 'Reject',
    summary: `300 paired rows.\n- roc-auc on region=${value} fails\n\nTo promote, run [promote.yml](https://github.com/o/r/actions/workflows/promote.yml) or:\n\n\`\`\`sh\ngh workflow run promote.yml -f version=3\n\`\`\``,
    checks: [{ id: 'roc-auc', status: 'fail', observed: 0.5, message: 'fails' }],
    startedAt: new Date('2026-01-01T00:00:00Z'),
    finishedAt: new Date('2026-01-01T00:00:01Z'),
  })

describe('a summary quoting data renders inert', () => {
  it.each(hostile.map((value) => [JSON.stringify(value), value]))('%s', (_label, value) => {
    for (const markdown of [
      renderMarkdown(report(value), { headingLevel: 3 }),
      toCheckRun(report(value), 'fail').summary,
    ]) {
      const html = toHtml(markdown)
      expect(html).not.toMatch(/<!--|<!\[|<\?/)
      const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase())
      expect(tags.filter((tag) => !OWN.has(tag))).toEqual([])
      expect(html).toContain('<a href="https://github.com/o/r/actions/workflows/promote.yml">promote.yml</a>')
      expect(html).toContain('<pre><code class="language-sh">gh workflow run promote.yml -f version=3\n</code></pre>')
    }
  })

  // The net keeps the gate's own links, so it cannot tell a link quoted from data: decide-evaluation escapes the slice
  // values it quotes (test/unit/core/compare/decide-evaluation.test.ts holds that).
})
