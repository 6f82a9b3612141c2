import type { Figure } from '../gate/figure.js'
import type { DefinedMetricComparison, MetricComparison } from './metric-comparison.js'
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
  const defined = comparisons.filter((c): c is DefinedMetricComparison => c.kind === 'defined')
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
      rows: comparisons.map((c) => {
        const rule = rules[c.metric] ?? 'reported only'
        const verdict = verdicts[c.metric] ?? 'reported'
        if (c.kind === 'undefined') return [c.metric, null, null, null, c.reason, rule, verdict, null, null]
        return [
          c.metric,
          c.champion,
          c.candidate,
          c.difference,
          `[${fmt(c.lower)}, ${fmt(c.upper)}] (${Math.round(c.confidence * 100)}%)`,
          rule,
          verdict,
          c.probabilityBetter,
          c.test === undefined ? null : `${c.test.name} ${fmt(c.test.pValue)}`,
        ]
      }),
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
      rows: slices.map((s) => {
        const judged = s.rows >= minSliceSize
        const note = judged ? '' : `fewer than ${minSliceSize} rows: not judged`
        if (s.kind === 'undefined')
          return [`${s.column}=${s.value}`, s.rows, s.metric, null, null, null, judged ? s.reason : note]
        return [`${s.column}=${s.value}`, s.rows, s.metric, s.champion, s.candidate, s.candidate - s.champion, note]
      }),
    })
  }
  return figures
}

function fmt(value: number): string {
  return Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : String(value)
}
