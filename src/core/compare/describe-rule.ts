import { formatNumber } from '../report/format-number.js'
import type { MetricRule, RuleMode } from './metric-rule.js'

/**
 * A rule in words for the report's "rule" column, e.g. `> champion + 0.01; ≥ 0.7` (change rules are strict in
 * default mode, MLflow's `≥` in mlflow mode; floors are `≥`).
 * @example
 * describeRule({ metric: 'roc-auc', greaterIsBetter: true, nonInferiorityMargin: 0.01 }, 'default') // => '> champion − 0.01 (non-inferiority)'
 */
export function describeRule(rule: MetricRule, mode: RuleMode): string {
  const cmp = rule.greaterIsBetter ? '≥' : '≤'
  // Change rules are strict in default mode: "better" means better (mlflow mode keeps MLflow's ≥).
  const change = mode === 'mlflow' ? cmp : rule.greaterIsBetter ? '>' : '<'
  const parts: string[] = []
  const abs = rule.minAbsoluteChange
  if (abs !== undefined) {
    const sign = rule.greaterIsBetter === abs >= 0 ? '+' : '−'
    parts.push(`${change} champion ${sign} ${formatNumber(Math.abs(abs))}${abs < 0 ? ' (non-inferiority)' : ''}`)
  }
  if (rule.minRelativeChange !== undefined) {
    const pct = formatNumber(rule.minRelativeChange * 100)
    parts.push(
      `${change} champion ${rule.greaterIsBetter ? '+' : '−'} ${pct}%${mode === 'mlflow' ? ' (of champion, mlflow)' : ' (of |champion|)'}`,
    )
  }
  const margin = rule.nonInferiorityMargin
  if (margin !== undefined)
    parts.push(`${change} champion ${rule.greaterIsBetter ? '−' : '+'} ${formatNumber(margin)} (non-inferiority)`)
  if (rule.threshold !== undefined) parts.push(`${cmp} ${formatNumber(rule.threshold)}`)
  return parts.length === 0 ? 'reported only' : parts.join('; ')
}
