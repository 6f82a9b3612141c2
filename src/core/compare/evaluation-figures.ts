import type { Figure } from '../gate/figure.js'
import type { MetricComparison } from './metric-comparison.js'
import type { SliceComparison } from './slice-comparison.js'

/**
 * The report figures of evaluate-vs-champion: the side-by-side table (champion, candidate, difference,
 * interval, rule, verdict, P(better), paired test), a bar chart of the differences with a table of the
 * interval bounds, and the slice table.
 * @example
 * evaluationFigures([], {}, {}, []).length // => 2
 */
export function evaluationFigures(
  comparisons: readonly MetricComparison[],
  rules: Readonly<Record<string, string>>,
  verdicts: Readonly<Record<string, string>>,
  slices: readonly SliceComparison[],
  minSliceSize = 0,
): Figure[] {
  const defined = comparisons.filter((c) => c.error === undefined)
  const figures: Figure[] = [
    {
      kind: 'table',
      title: 'Candidate vs champion',
      columns: [
        'metric',
        'champion',
        'candidate',
        'difference',
        'interval',
        'rule',
        'verdict',
        'P(candidate better)',
        'paired test p',
      ],
      rows: comparisons.map((c) => [
        c.metric,
        c.error === undefined ? c.champion : null,
        c.error === undefined ? c.candidate : null,
        c.error === undefined ? c.difference : null,
        c.error === undefined ? `[${fmt(c.lower)}, ${fmt(c.upper)}] (${Math.round(c.confidence * 100)}%)` : c.error,
        rules[c.metric] ?? 'reported only',
        verdicts[c.metric] ?? 'reported',
        c.error === undefined ? c.probabilityBetter : null,
        c.test === undefined ? null : `${c.test.name} ${fmt(c.test.pValue)}`,
      ]),
    },
    {
      kind: 'bar',
      title: 'Difference candidate − champion',
      categories: defined.map((c) => c.metric),
      series: [
        { name: 'lower', values: defined.map((c) => c.lower) },
        { name: 'difference', values: defined.map((c) => c.difference) },
        { name: 'upper', values: defined.map((c) => c.upper) },
      ],
      yLabel: 'candidate − champion',
    },
  ]
  if (slices.length > 0) {
    figures.push({
      kind: 'table',
      title: 'Slices',
      columns: ['slice', 'rows', 'metric', 'champion', 'candidate', 'difference', 'note'],
      rows: slices.map((s) => [
        `${s.column}=${s.value}`,
        s.rows,
        s.metric,
        s.error === undefined ? s.champion : null,
        s.error === undefined ? s.candidate : null,
        s.error === undefined ? s.candidate - s.champion : null,
        s.rows < minSliceSize ? `fewer than ${minSliceSize} rows: not judged` : (s.error ?? ''),
      ]),
    })
  }
  return figures
}

function fmt(value: number): string {
  return Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : String(value)
}
