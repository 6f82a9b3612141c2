import type { MetricName } from '../metrics/metric-name.js'
import { GREATER_IS_BETTER } from '../metrics/metric-name.js'
import { metricEvaluator } from './metric-evaluator.js'
import type { PairedPredictions } from './paired-predictions.js'
import { pairedMetricValue } from './paired-metric-value.js'
import type { SliceComparison } from './slice-comparison.js'

/**
 * The metrics of both models per value of each segment column (rows weighted 1 inside the slice, 0 outside,
 * so the data is prepared once). A metric undefined on a slice (one class present) is an `undefined` slice
 * comparison with the reason. The preconditions are compareModels' (the loader guarantees them), and each segment
 * column has one value per paired row (the loader picks them in pairing order).
 * @throws {RangeError} if a segment column's length differs from the data, or a precondition does not hold (bugs)
 * @example
 * compareSlices({ task: 'regression', yTrue: Float64Array.of(1, 2), candidatePred: Float64Array.of(1, 2), championPred: Float64Array.of(1, 3) }, { g: ['a', 'b'] }, ['mae']).map((s) => (s.kind === 'defined' ? s.champion : s.reason)) // => [0, 1]
 */
export function compareSlices(
  data: PairedPredictions,
  segments: Readonly<Record<string, readonly string[]>>,
  metrics: readonly MetricName[],
  greaterIsBetter: Partial<Record<MetricName, boolean>> = {},
  threshold = 0.5,
): SliceComparison[] {
  const evaluate = metricEvaluator(data, threshold)
  const n = data.yTrue.length
  const out: SliceComparison[] = []
  for (const [column, values] of Object.entries(segments)) {
    if (values.length !== n)
      throw new RangeError(`compareSlices: column ${column} has ${values.length} values for ${n} rows`)
    const groups = new Map<string, number[]>()
    values.forEach((v, i) => {
      const list = groups.get(v)
      if (list === undefined) groups.set(v, [i])
      else list.push(i)
    })
    for (const [value, rows] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const weights = new Float64Array(n)
      for (const i of rows) weights[i] = 1
      for (const metric of metrics) {
        const slice = {
          column,
          value,
          rows: rows.length,
          metric,
          greaterIsBetter: greaterIsBetter[metric] ?? GREATER_IS_BETTER[metric],
        }
        const paired = pairedMetricValue(evaluate, metric, weights)
        out.push(
          paired.kind === 'defined'
            ? { kind: 'defined', ...slice, champion: paired.champion, candidate: paired.candidate }
            : { kind: 'undefined', ...slice, reason: paired.reason },
        )
      }
    }
  }
  return out
}
