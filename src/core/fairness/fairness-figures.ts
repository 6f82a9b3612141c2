import type { Check } from '../gate/check.js'
import type { Figure } from '../gate/figure.js'
import type { GroupingResult } from './analyze-fairness.js'
import { DISPARITY_DIRECTION, DISPARITY_LABEL, DISPARITY_METRICS } from './fairness-disparities.js'
import type { FairnessPolicy } from './fairness-policy.js'
import { pairText } from './pair-text.js'

const rate = (v: number | null): number | string => (v === null ? 'undefined' : v)

/**
 * Report figures per grouping: the per-group table (undefined rates written "undefined"), a bar chart of
 * selection rate and TPR per judged group, the disparity table with thresholds, intervals and verdicts,
 * and the small groups excluded from the verdict.
 * @example fairnessFigures([], DEFAULT_FAIRNESS_POLICY, []) // => []
 */
export function fairnessFigures(
  results: readonly GroupingResult[],
  policy: FairnessPolicy,
  checks: readonly Check[],
): Figure[] {
  const figures: Figure[] = []
  for (const r of results) {
    figures.push({
      kind: 'table',
      title: `Groups by ${r.name}`,
      columns: ['group', 'count', 'selection rate', 'TPR', 'FPR', 'FNR', 'precision', 'accuracy', 'judged'],
      rows: r.groups.map((g) => [
        g.key,
        g.counts.n,
        rate(g.rates.selectionRate),
        rate(g.rates.tpr),
        rate(g.rates.fpr),
        rate(g.rates.fnr),
        rate(g.rates.precision),
        rate(g.rates.accuracy),
        g.included
          ? r.reference !== undefined && r.groups[r.reference] === g
            ? 'yes (reference)'
            : 'yes'
          : `no (n < ${policy.minGroupSize})`,
      ]),
    })
    const judged = r.groups.filter((g) => g.included)
    if (judged.length > 0) {
      figures.push({
        kind: 'bar',
        title: `Selection rate and TPR by ${r.name}`,
        categories: judged.map((g) => g.key),
        series: [
          { name: 'selection rate', values: judged.map((g) => g.rates.selectionRate ?? 0) },
          { name: 'TPR (0 where undefined)', values: judged.map((g) => g.rates.tpr ?? 0) },
        ],
        xLabel: 'group',
        yLabel: 'rate',
      })
    }
    figures.push({
      kind: 'table',
      title: `Disparities by ${r.name}`,
      columns: [
        'metric',
        'value',
        `simultaneous ${Math.round(policy.confidence * 100)}% interval`,
        'threshold',
        'group pair',
        'verdict',
      ],
      rows: DISPARITY_METRICS.map((m) => {
        const d = r.disparities[m]
        const i = r.intervals?.[m]
        const limit = policy.thresholds[m]
        const check = checks.find((c) => c.id.endsWith(`.${m}`) && c.message.startsWith(`${r.name}:`))
        return [
          DISPARITY_LABEL[m],
          d.value === null ? 'undefined' : d.value,
          i === undefined || i.low === null || i.high === null ? '—' : `[${i.low.toFixed(4)}, ${i.high.toFixed(4)}]`,
          limit === null ? 'off' : `${DISPARITY_DIRECTION[m] === 'max' ? '≤' : '≥'} ${limit}`,
          pairText(r, d.low, d.high),
          check?.status ?? 'reported',
        ]
      }),
    })
    const small = r.groups.filter((g) => !g.included)
    if (small.length > 0) {
      figures.push({
        kind: 'table',
        title: `Groups of ${r.name} excluded from the verdict (fewer than ${policy.minGroupSize} rows)`,
        columns: ['group', 'count'],
        rows: small.map((g) => [g.key, g.counts.n]),
      })
    }
  }
  return figures
}
