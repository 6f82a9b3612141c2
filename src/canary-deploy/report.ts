import type { Check } from '../core/gate/check.js'
import type { Figure } from '../core/gate/figure.js'
import type { CanaryPlan, CanaryVerdict, IntervalAssessment } from '../core/canary/types.js'
import { describeCondition } from '../core/canary/messages.js'
import type { TimelineEntry } from './run-canary.js'

/** Per-check verdicts (last judged interval) plus the decision itself. */
export function canaryChecks(plan: CanaryPlan, verdict: CanaryVerdict, last: IntervalAssessment | undefined): Check[] {
  const checks: Check[] = plan.checks.map((spec) => {
    const judged = last?.checks.find((c) => c.metric === spec.metric)
    const threshold = {
      rule: describeCondition(spec.condition),
      ...(judged?.limit == null ? {} : spec.condition.kind === 'min' ? { min: judged.limit } : { max: judged.limit }),
    }
    if (judged === undefined)
      return {
        id: `canary.${spec.metric}`,
        status: 'error',
        observed: null,
        threshold,
        message: `${spec.metric}: never judged (${last?.reason ?? 'no interval completed'})`,
      }
    return {
      id: `canary.${spec.metric}`,
      status: judged.status,
      observed: judged.canary !== null && Number.isFinite(judged.canary) ? judged.canary : null,
      threshold,
      message: judged.message,
      details: { stable: judged.stable },
    }
  })
  checks.push({
    id: 'canary.decision',
    status: verdict.status,
    observed: verdict.decision,
    threshold: { rule: `failure limit ${plan.failureLimit}, inconclusive limit ${plan.inconclusiveLimit}` },
    message: verdict.message,
    details: { reason: verdict.reason },
  })
  return checks
}

/** Timeline of weights and metric values as a line chart plus a table. */
export function canaryFigures(plan: CanaryPlan, timeline: readonly TimelineEntry[]): Figure[] {
  const x = timeline.map((t) => `${(t.atMs / 1000).toFixed(1)}s`)
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
      x,
      series: [{ name: 'weight', values: timeline.map((t) => t.weight) }],
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
