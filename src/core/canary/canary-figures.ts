import type { Figure } from '../gate/figure.js'
import type { CanaryPlan, TimelineEntry } from './types.js'

/**
 * The rollout timeline as figures: the canary weight over time (line; with `final`, one last point at the weight
 * the rollout was left at, when it differs from the last interval's), the canary's metric per interval (line,
 * missing values drawn as 0, only when the plan has checks) and the table of every interval with both sides.
 * @example canaryFigures({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }] }, []).map((f) => f.kind) // => ['line', 'line', 'table']
 */
export function canaryFigures(
  plan: CanaryPlan,
  timeline: readonly TimelineEntry[],
  final?: { readonly weight: number; readonly label: string },
): Figure[] {
  const x = timeline.map((t) => `${(t.atMs / 1000).toFixed(1)}s`)
  // The rollout ends at the weight it was left at (100 on promote, 0 on rollback), after the last interval.
  const last = timeline[timeline.length - 1]
  const ends = final !== undefined && last !== undefined && last.weight !== final.weight
  const weightX = ends ? [...x, final.label] : x
  const weights = ends ? [...timeline.map((t) => t.weight), final.weight] : timeline.map((t) => t.weight)
  const metricSeries = plan.checks.map((spec) => ({
    name: `canary ${spec.metric}`,
    values: timeline.map((t) => {
      const v = t.canary[spec.metric]
      return v === null || v === undefined || !Number.isFinite(v) ? 0 : v
    }),
  }))
  return [
    {
      kind: 'line',
      title: 'Canary weight (%)',
      x: weightX,
      series: [{ name: 'weight', values: weights }],
      xLabel: 'time',
      yLabel: '%',
    },
    ...(metricSeries.length > 0
      ? [
          {
            kind: 'line' as const,
            title: 'Canary metrics per interval (missing shown as 0; see table)',
            x,
            series: metricSeries,
            xLabel: 'time',
          },
        ]
      : []),
    {
      kind: 'table',
      title: 'Timeline',
      columns: [
        'time',
        'weight %',
        'outcome',
        ...plan.checks.flatMap((s) => [`canary ${s.metric}`, `stable ${s.metric}`]),
        'reason',
      ],
      rows: timeline.map((t, i) => [
        x[i] ?? '',
        t.weight,
        t.outcome,
        ...plan.checks.flatMap((s) => [t.canary[s.metric] ?? null, t.stable[s.metric] ?? null]),
        t.reason,
      ]),
    },
  ]
}
