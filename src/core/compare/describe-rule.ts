import { formatNumber } from '../report/format-number.js'
import type { MetricRule, RuleMode } from './metric-rule.js'

/**
 * A rule in words for the report's "rule" column, e.g. `≥ champion + 0.01; ≥ 0.7`.
 * @example
 * describeRule({ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: -0.01 }, 'default') // => '≥ champion − 0.01 (non-inferiority)'
 */
export function describeRule(rule: MetricRule, mode: RuleMode): string {
  const cmp = rule.greaterIsBetter ? '≥' : '≤'
  const parts: string[] = []
  const abs = rule.minAbsoluteChange
  if (abs !== undefined) {
    const sign = rule.greaterIsBetter === abs >= 0 ? '+' : '−'
    parts.push(`${cmp} champion ${sign} ${formatNumber(Math.abs(abs))}${abs < 0 ? ' (non-inferiority)' : ''}`)
  }
  if (rule.minRelativeChange !== undefined) {
    const pct = formatNumber(rule.minRelativeChange * 100)
    parts.push(
      `${cmp} champion ${rule.greaterIsBetter ? '+' : '−'} ${pct}%${mode === 'mlflow' ? ' (of champion, mlflow)' : ' (of |champion|)'}`,
    )
  }
  if (rule.threshold !== undefined) parts.push(`${cmp} ${formatNumber(rule.threshold)}`)
  return parts.length === 0 ? 'reported only' : parts.join('; ')
}
