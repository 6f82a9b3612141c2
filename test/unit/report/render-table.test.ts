import { describe, expect, it } from 'vitest'
import { renderFigure, renderTable } from '../../../src/core/report/render-markdown.js'

describe('renderTable', () => {
  it('renderTable(columns, rows, maxRows) ends the table with a blank line before the "more rows" note', () => {
    const table = renderTable(['a'], [[1], [2], [3]], 2)
    expect(table).toBe('| a |\n| --- |\n| 1 |\n| 2 |\n\n_1 more row(s) in the JSON report._')
  })
})

describe('renderFigure', () => {
  it('renderFigure(bar) with no categories prints the table alone, without an empty chart', () => {
    const markdown = renderFigure({
      kind: 'bar',
      title: 'Difference',
      categories: [],
      series: [{ name: 'd', values: [] }],
    })
    expect(markdown).toBe('#### Difference\n\n| category | d |\n| --- | --- |')
  })
})
