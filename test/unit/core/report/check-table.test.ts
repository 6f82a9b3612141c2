// Issue #18 item 4: one check table across gates (check, status, value, threshold, margin, message), failing
// checks first with their offending values, passing checks folded into <details>.
import { describe, expect, it } from 'vitest'
import { checkMargin, type Check } from '../../../../src/core/gate/check.js'
import { checkRow, thresholdText } from '../../../../src/core/report/check-table.js'
import { renderChecks, renderFigure } from '../../../../src/core/report/render-markdown.js'

const pass = (id: string, observed: number): Check => ({
  id,
  status: 'pass',
  observed,
  measure: 'violating rows',
  threshold: { max: 0 },
  message: `${id} holds`,
})
const korea: Check = {
  id: 'contract.region.allowed-values',
  status: 'fail',
  observed: 14,
  measure: 'violating rows',
  threshold: { max: 0, rule: 'allowed_values' },
  message: 'column "region": 14 value(s) outside allowed_values',
  examples: [
    { value: 'Korea', line: 12 },
    { value: 'Korea', line: 40 },
    { value: 'x'.repeat(60), line: 41 },
    { value: 'Japan', line: 90 },
  ],
}

describe('renderChecks', () => {
  it('lists failing checks first with value, measure, offending values, threshold and margin; folds the passing ones', () => {
    const md = renderChecks([pass('contract.age.min', 0), korea, pass('contract.age.max', 0)])
    const [open, folded] = md.split('<details>')
    expect(open).toContain('| check | status | value | threshold | margin | message |')
    expect(open).toContain(
      '| `contract.region.allowed-values` | ❌ fail | 14 (violating rows)<br>`Korea` line 12, `Korea` line 40, `' +
        `${'x'.repeat(40)}…\` line 41, 1 more | ≤ 0, allowed_values | -14 |`,
    )
    expect(open).not.toContain('contract.age')
    expect(folded).toContain('<summary>2 passing check(s)</summary>')
    expect(folded).toContain('| `contract.age.min` | ✅ pass | 0 (violating rows) | ≤ 0 | 0 | contract.age.min holds |')
    expect(folded).not.toContain('Korea')
  })
  it('says all passed in the fold when nothing failed, and counts what the row cap left out', () => {
    const checks = Array.from({ length: 5 }, (_, i) => pass(`c${i}`, 0))
    const md = renderChecks(checks, 3)
    expect(md).toContain('<summary>All 5 check(s) passed</summary>')
    expect(md).toContain('_2 more check(s) in the JSON report._')
    expect(md.match(/✅ pass/g)).toHaveLength(3)
  })
})

describe('check fields', () => {
  it('the threshold does not repeat a rule that only restates a bound', () => {
    expect(thresholdText({ ...korea, threshold: { max: 0.02, rule: '≤ 0.02' } })).toBe('≤ 0.02')
    expect(thresholdText({ ...korea, threshold: { rule: '≥ champion + 0' } })).toBe('≥ champion + 0')
  })
  it('the margin is the check’s own, else the room to the nearer bound', () => {
    expect(checkMargin({ ...korea, margin: 0.5 })).toBe(0.5)
    expect(checkMargin({ ...korea, observed: 0.41, threshold: { min: 0.35, max: 0.5 } })).toBe(0.06)
    expect(checkMargin({ ...korea, observed: null })).toBeUndefined()
    expect(checkRow({ ...korea, observed: 0.3, threshold: { min: 0.35 } }).margin).toBe('-0.05')
  })
  it('a bar figure’s table is headed by its xLabel and lists the line series after the bars', () => {
    const md = renderFigure({
      kind: 'bar',
      title: 'Difference',
      categories: ['recall'],
      series: [{ name: 'difference', values: [0.13] }],
      lines: [
        { name: 'lower', values: [0.09] },
        { name: 'upper', values: [0.18] },
      ],
      xLabel: 'metric',
    })
    expect(md).toContain('  bar [0.13]\n  line [0.09]\n  line [0.18]')
    expect(md).toContain(
      '| metric | difference | lower | upper |\n| --- | --- | --- | --- |\n| recall | 0.13 | 0.09 | 0.18 |',
    )
  })
})
