import type { MetricRule } from './metric-rule.js'

/**
 * How many separately judged parts the rules have: each floor (`threshold`) is one, and each change rule
 * (`min_absolute_change` / `min_relative_change`) or non-inferiority margin is one. They are the rules' members of
 * the rejection family (rejectionConfidence).
 * @example
 * ruleComponents([{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0, threshold: 0.7 }, { metric: 'recall', greaterIsBetter: true, threshold: 0.6 }]) // => 3
 */
export function ruleComponents(rules: readonly MetricRule[]): number {
  let k = 0
  for (const r of rules) {
    if (r.threshold !== undefined) k++
    if (r.minAbsoluteChange !== undefined || r.minRelativeChange !== undefined || r.nonInferiorityMargin !== undefined)
      k++
  }
  return k
}
