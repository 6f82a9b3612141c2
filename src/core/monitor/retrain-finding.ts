import type { RetrainReason } from '../alerts/retrain-dispatch.js'
import type { GateReport } from '../gate/gate-report.js'

/**
 * What a finished report found that may call for retraining: `drift` when validate-data failed a `drift.*` check
 * (input or prediction drift), `decay` when evaluate-vs-champion's monitor mode failed a `decay.*` check. Warnings
 * and errors dispatch nothing: an inconclusive or broken run is an alert, not a reason to retrain.
 * @example retrainReasonsOf({ gate: 'validate-data', checks: [{ id: 'drift.age', status: 'fail' }] }) // => ['drift']
 */
export function retrainReasonsOf(
  report: Pick<GateReport, 'gate'> & {
    readonly checks: readonly { readonly id: string; readonly status: string }[]
  },
): RetrainReason[] {
  const failed = (prefix: string): boolean => report.checks.some((c) => c.status === 'fail' && c.id.startsWith(prefix))
  const reasons: RetrainReason[] = []
  if (report.gate === 'validate-data' && failed('drift.')) reasons.push('drift')
  if (report.gate === 'evaluate-vs-champion' && failed('decay.')) reasons.push('decay')
  return reasons
}

/**
 * The drifted columns from validate-data's `drifted-columns` output (comma-separated; '' when none).
 * @example driftedColumnsOf({ 'drifted-columns': 'age, income' }) // => ['age', 'income']
 */
export function driftedColumnsOf(outputs: Readonly<Record<string, string>>): string[] {
  return (outputs['drifted-columns'] ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '')
}
