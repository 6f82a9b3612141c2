import type { DefinedMetricComparison } from '../../../../src/core/compare/metric-comparison.js'

/** A defined roc-auc comparison (champion 0.8, candidate 0.82, 95% interval of the difference [0.01, 0.03]). */
export const definedComparison = (over: Partial<DefinedMetricComparison> = {}): DefinedMetricComparison => ({
  kind: 'defined',
  metric: 'roc-auc',
  greaterIsBetter: true,
  champion: 0.8,
  candidate: 0.82,
  difference: 0.02,
  lower: 0.01,
  upper: 0.03,
  confidence: 0.95,
  probabilityBetter: 0.99,
  resamples: 1000,
  ...over,
})
