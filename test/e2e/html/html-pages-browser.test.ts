// Issue #18 items 5 and 6 in a real browser: the demo's HTML report and the static registry site, opened from
// file:// in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core). Every chart must have been
// drawn by Mermaid (an <svg> in each pre.mermaid, no Mermaid error), the verdict must be visible, and the site
// must navigate index → model → version → report with relative links.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireTool } from '../../helpers/require-tool.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

const browserTool = requireTool('chromium')

// Run in the page (strings: the test's TypeScript has no DOM types).
const CHARTS_DONE = 'document.body.dataset.charts !== undefined'
const CHARTS = `({
  state: document.body.dataset.charts,
  blocks: document.querySelectorAll('pre.mermaid').length,
  drawn: document.querySelectorAll('pre.mermaid > svg').length,
  errors: document.querySelectorAll('.error-icon, .error-text').length +
    (document.body.innerText.includes('Syntax error in text') ? 1 : 0),
})`

/**
 * Waits for the page's Mermaid run to finish and returns what it drew. Mermaid draws a "Syntax error in text"
 * diagram (an .error-icon) for a chart it cannot parse: errors counts those.
 */
async function charts(
  page: Page,
): Promise<{ state: string | undefined; blocks: number; drawn: number; errors: number }> {
  await page.waitForFunction(CHARTS_DONE, undefined, { timeout: 30_000 })
  return page.evaluate<{ state: string | undefined; blocks: number; drawn: number; errors: number }>(CHARTS)
}

describe.skipIf(!browserTool.available)('HTML pages in headless Chromium', () => {
  let browser: Browser
  let out: string
  beforeAll(async () => {
    out = makeTempDir('modelgate-html-')
    const demo = spawnSync(process.execPath, ['scripts/demo.mjs', '--out', out], { encoding: 'utf8', timeout: 300_000 })
    expect(demo.status, demo.stderr + demo.stdout).toBe(0)
    const site = spawnSync(
      process.execPath,
      [
        'dist/cli/index.js',
        'registry',
        'site',
        '--registry',
        `file:${join(out, 'registry')}`,
        '--out',
        join(out, 'site'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    )
    expect(site.status, site.stderr).toBe(0)
    browser = await chromium.launch({ executablePath: browserTool.path, args: ['--no-sandbox'] })
  }, 400_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('the demo report draws every chart and shows the verdict', { timeout: 120_000 }, async () => {
    const file = join(out, 'report.html')
    expect(existsSync(file)).toBe(true)
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(pathToFileURL(file).href)
    const drawn = await charts(page)
    expect(drawn.state).toBe('done')
    expect(drawn.blocks).toBeGreaterThanOrEqual(6)
    expect(drawn.drawn).toBe(drawn.blocks)
    expect(drawn.errors).toBe(0)
    expect(problems).toEqual([])
    const verdict = page.locator('.verdict').first()
    expect(await verdict.isVisible()).toBe(true)
    expect(await verdict.textContent()).toMatch(/^(PASS|WARN) — \d+ of 7 gate\(s\) passed/)
    // Every gate has its section, led by its own verdict.
    expect(await page.locator('section.gate .verdict').count()).toBe(7)
    await page.close()
  })

  it(
    'the registry site navigates index → model → version → report, and the report draws its charts',
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(join(out, 'site', 'index.html')).href)
      expect(await page.locator('h1').textContent()).toBe('Model registry')
      await page.locator('a', { hasText: 'churn' }).first().click()
      expect(await page.locator('h1').textContent()).toBe('churn')
      expect(await page.locator('h2', { hasText: 'Aliases and their history' }).count()).toBe(1)
      expect(await page.locator('body').innerText()).toContain('champion → v2')
      await page.locator('table a', { hasText: 'v2' }).first().click()
      expect(await page.locator('h1').textContent()).toBe('churn v2')
      expect(await page.locator('body').innerText()).toContain('Lineage')
      await page.locator('a', { hasText: 'evaluate-vs-champion' }).first().click()
      expect(await page.locator('h2').first().textContent()).toMatch(/^modelgate\/evaluate-vs-champion: Promote: /)
      expect(await page.locator('.verdict').first().isVisible()).toBe(true)
      const drawn = await charts(page)
      expect(drawn).toMatchObject({ state: 'done', errors: 0 })
      expect(drawn.blocks).toBeGreaterThan(0)
      expect(drawn.drawn).toBe(drawn.blocks)
      // The breadcrumbs lead back with relative links.
      await page.locator('nav a', { hasText: 'registry' }).click()
      expect(await page.locator('h1').textContent()).toBe('Model registry')
      await page.close()
    },
  )
})
