import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BarFigure, LineFigure } from '../../../src/core/gate/figure.js'
import { plainDecimal } from '../../../src/core/report/plain-decimal.js'
import { renderMermaidBar, renderMermaidLine } from '../../../src/core/report/render-mermaid.js'
import { mermaidBlocks, parseMermaid, unparsableMermaid } from '../../helpers/mermaid.js'

const strip = (block: string): string => block.replace(/^```mermaid\n/, '').replace(/\n```$/, '')

describe('parseMermaid (the real mermaid 11 parser under jsdom)', () => {
  it('parseMermaid rejects what broke charts before: exponent numbers, an empty x-axis, an empty title', async () => {
    const ok = 'xychart-beta\n  title "t"\n  x-axis ["a"]\n  y-axis 0 --> 1\n  bar [0.5]'
    await expect(parseMermaid(ok)).resolves.toBeUndefined()
    await expect(parseMermaid(ok.replace('--> 1', '--> 1e-9'))).rejects.toThrow(/Parse error/)
    await expect(parseMermaid(ok.replace('["a"]', '[]'))).rejects.toThrow(/Parse error/)
    await expect(parseMermaid(ok.replace('"t"', '""'))).rejects.toThrow(/Parse error/)
  })
})

describe('plainDecimal', () => {
  it('plainDecimal(x) is a plain decimal the xychart grammar reads, and Number() of it is x', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = plainDecimal(x)
        expect(text).toMatch(/^-?(\d+(\.\d+)?|\.\d+)$/)
        expect(Number(text)).toBe(x === 0 ? 0 : x)
      }),
    )
  })
})

const hostile = [
  '',
  ' ',
  '"',
  '""',
  '\\',
  '`',
  '```',
  '\n',
  '\r\n',
  '\t',
  '%%',
  '%%{init: {"theme": "dark"}}%%',
  ']',
  '[',
  ',',
  ';',
  '#',
  '#quot;',
  '-->',
  'x-axis',
  'bar [1]',
  '<script>alert(1)</script>',
  '</details>',
  '<0=',
  '<b title="x">',
  'a<b="',
  '日本語のカテゴリ',
  '🎉🎉🎉',
  '\uD83D',
  'a'.repeat(500),
  '🎉'.repeat(100),
  'é\u0301',
  '\u2028',
  '\u0000',
  '\u202e',
]
const name = fc.oneof(fc.constantFrom(...hostile), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string())
const magnitude = fc.oneof(
  fc.constant(0),
  fc.constant(-0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e-300, max: 1e-300 }),
  fc.double({ noNaN: true, min: -1, max: 1 }),
  fc.constantFrom(1e-9, 5e-324, 1e21, 1.7976931348623157e308, -1e-7, Number.NaN, Infinity, -Infinity),
)
const series = (length: number) =>
  fc.array(
    fc.record({
      name,
      values: fc.oneof(
        fc.array(magnitude, { minLength: length, maxLength: length }),
        fc.constant(Array.from({ length }, () => 0)),
        fc.array(magnitude, { maxLength: length + 2 }),
      ),
    }),
    { maxLength: 3 },
  )
const bar: fc.Arbitrary<BarFigure> = fc
  .array(name, { maxLength: 12 })
  .chain((categories) =>
    fc.record({
      kind: fc.constant('bar' as const),
      title: name,
      categories: fc.constant(categories),
      series: series(categories.length),
      yLabel: fc.option(name, { nil: undefined }),
    }),
  )
  .map(({ yLabel, ...figure }) => (yLabel === undefined ? figure : { ...figure, yLabel }))
const line: fc.Arbitrary<LineFigure> = fc
  .array(fc.oneof(name, fc.double(), fc.integer()), { maxLength: 12 })
  .chain((x) =>
    fc.record({
      kind: fc.constant('line' as const),
      title: name,
      x: fc.constant(x),
      series: series(x.length),
      xLabel: fc.option(name, { nil: undefined }),
      yLabel: fc.option(name, { nil: undefined }),
    }),
  )
  .map(({ xLabel, yLabel, ...figure }) => ({
    ...figure,
    ...(xLabel === undefined ? {} : { xLabel }),
    ...(yLabel === undefined ? {} : { yLabel }),
  }))

describe('renderMermaidBar and renderMermaidLine', () => {
  it('renderMermaidBar(figure) parses with mermaid 11 for edge-case series and hostile names, or is omitted when empty', async () => {
    await fc.assert(
      fc.asyncProperty(bar, async (figure) => {
        const chart = renderMermaidBar(figure)
        if (figure.categories.length === 0 || figure.series.length === 0) {
          expect(chart).toBeUndefined()
          return
        }
        expect(chart).toBeDefined()
        // Category names are user text and may spell "0e0"; only the numeric lines must avoid exponent notation.
        const numericLines = (chart ?? '').split('\n').filter((l) => /^\s*(y-axis|bar|line) /.test(l))
        for (const numeric of numericLines) expect(numeric.replace(/"[^"]*"/g, '""')).not.toMatch(/\de[+-]?\d/)
        expect(mermaidBlocks(chart ?? '')).toHaveLength(1)
        await expect(parseMermaid(strip(chart ?? ''))).resolves.toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })

  it('renderMermaidLine(figure) parses with mermaid 11 for edge-case series and hostile names, or is omitted when empty', async () => {
    await fc.assert(
      fc.asyncProperty(line, async (figure) => {
        const chart = renderMermaidLine(figure)
        if (figure.x.length === 0 || figure.series.length === 0) {
          expect(chart).toBeUndefined()
          return
        }
        expect(await unparsableMermaid(chart ?? '')).toEqual([])
        expect(mermaidBlocks(chart ?? '')).toHaveLength(1)
      }),
      { numRuns: 300 },
    )
  })

  it('renderMermaidBar draws an all-zero series on 0 --> 1 and one negative point on -2.5 --> 0', () => {
    const zero = renderMermaidBar({
      kind: 'bar',
      title: 'PSI',
      categories: ['a', 'b'],
      series: [{ name: 'p', values: [0, 0] }],
    })
    expect(zero).toContain('  y-axis 0 --> 1\n  bar [0, 0]')
    const negative = renderMermaidBar({
      kind: 'bar',
      title: 'd',
      categories: ['auc'],
      series: [{ name: 'd', values: [-2.5] }],
      yLabel: '',
    })
    expect(negative).toContain('  y-axis -2.5 --> 0\n  bar [-2.5]')
  })
})
