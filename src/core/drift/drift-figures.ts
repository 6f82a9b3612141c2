import type { Figure } from '../gate/figure.js'
import type { DriftDecision } from './decide-drift.js'

/** Columns whose reference-vs-current histograms are drawn (the most drifted by PSI). */
export const HISTOGRAM_COLUMNS = 3

/**
 * Report figures of a drift decision: the per-column table (method, statistic, p, BH-adjusted p, effect size,
 * threshold, verdict), a bar chart of PSI per column, and reference-vs-current histograms (share per reference
 * quantile bin or category) of the most drifted columns.
 * @throws never
 * @example
 * driftFigures({ checks: [], drifted: [], rows: [] }).length // => 0
 */
export function driftFigures(decision: DriftDecision): Figure[] {
  if (decision.rows.length === 0) return []
  const figures: Figure[] = [
    {
      kind: 'table',
      title: 'Drift per column',
      columns: [
        'column',
        'kind',
        'method',
        'statistic',
        'p-value',
        'BH-adjusted p',
        'effect size',
        'PSI',
        'threshold',
        'verdict',
      ],
      rows: decision.rows.map((r) => [
        r.measure.column,
        r.measure.kind,
        r.measure.method,
        r.measure.statistic,
        r.measure.pValue ?? null,
        r.adjustedPValue ?? null,
        r.measure.effectSize,
        r.measure.psi,
        r.threshold,
        r.drifted ? 'drifted' : 'stable',
      ]),
    },
    {
      kind: 'bar',
      title: 'PSI per column (reference → current)',
      categories: decision.rows.map((r) => r.measure.column),
      series: [{ name: 'PSI', values: decision.rows.map((r) => r.measure.psi) }],
      xLabel: 'column',
      yLabel: 'PSI',
    },
  ]
  const worst = [...decision.rows]
    .filter((r) => r.drifted)
    .sort((a, b) => b.measure.psi - a.measure.psi)
    .slice(0, HISTOGRAM_COLUMNS)
  for (const r of worst) {
    figures.push({
      kind: 'bar',
      title: `${r.measure.column}: reference vs current (share per bin)`,
      categories: r.measure.histogram.bins,
      series: [
        { name: 'reference', values: r.measure.histogram.reference },
        { name: 'current', values: r.measure.histogram.current },
      ],
      xLabel: r.measure.kind === 'numeric' ? 'bin' : 'category',
      yLabel: 'share',
    })
  }
  return figures
}
