import type { Figure } from '../gate/figure.js'
import type { DefinedMetricComparison, MetricComparison } from './metric-comparison.js'
import type { SliceComparison } from './slice-comparison.js'

/**
 * The report figures of evaluate-vs-champion: the side-by-side table (champion, candidate, difference,
 * interval, rule, verdict, P(better), paired test, the candidate's own interval, the share of resamples on which
 * the metric was undefined), a bar chart of the differences with the interval ends as lines around each bar (and
 * the table of the three), and the slice
 * table (with each judged slice's paired interval, and why a slice was not judged). Without a champion the
 * champion's columns and the difference chart are left out (null and no bar chart).
 * @example
 * evaluationFigures([], {}, {}, []).length // => 2
 */
export function evaluationFigures(
  comparisons: readonly MetricComparison[],
  rules: Readonly<Record<string, string>>,
  verdicts: Readonly<Record<string, string>>,
  slices: readonly SliceComparison[],
  noChampion = false,
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
        'candidate interval',
        'undefined resamples',
      ],
      rows: comparisons.map((c) => {
        const rule = rules[c.metric] ?? 'reported only'
        const verdict = verdicts[c.metric] ?? 'reported'
        if (c.kind === 'undefined') return [c.metric, null, null, null, c.reason, rule, verdict, null, null, null, null]
        const own =
          c.candidateLower === undefined || c.candidateUpper === undefined
            ? null
            : `[${fmt(c.candidateLower)}, ${fmt(c.candidateUpper)}] (${Math.round(c.confidence * 100)}%)`
        const missing = c.undefinedResamples ?? 0
        const share = `${fmt((100 * missing) / (missing + c.resamples))}%`
        if (noChampion) return [c.metric, null, c.candidate, null, null, rule, verdict, null, null, own, share]
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
          own,
          share,
        ]
      }),
    },
  ]
  if (!noChampion)
    figures.push({
      kind: 'bar',
      title: `Candidate − champion: estimate (bar), ${Math.round((defined[0]?.confidence ?? 0.95) * 100)}% interval (lines)`,
      categories: defined.map((c) => c.metric),
      series: [{ name: 'difference', values: defined.map((c) => c.difference) }],
      lines: [
        { name: 'lower', values: defined.map((c) => c.lower) },
        { name: 'upper', values: defined.map((c) => c.upper) },
      ],
      xLabel: 'metric',
      yLabel: 'candidate − champion',
    })
  if (slices.length > 0) {
    figures.push({
      kind: 'table',
      title: 'Slices',
      columns: ['slice', 'rows', 'metric', 'champion', 'candidate', 'difference', 'interval', 'note'],
      rows: slices.map((s) => {
        const name = `${s.column}=${s.value}`
        if (s.kind === 'skipped') return [name, s.rows, s.metric, null, null, null, null, `not judged: ${s.reason}`]
        if (s.kind === 'undefined') return [name, s.rows, s.metric, null, null, null, null, s.reason]
        const interval =
          s.lower === undefined || s.upper === undefined
            ? null
            : `[${fmt(s.lower)}, ${fmt(s.upper)}]${s.confidence === undefined ? '' : ` (${fmt(s.confidence * 100)}%)`}`
        return [name, s.rows, s.metric, s.champion, s.candidate, s.candidate - s.champion, interval, '']
      }),
    })
  }
  return figures
}

function fmt(value: number): string {
  return Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : String(value)
}
