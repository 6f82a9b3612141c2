import type { Check } from '../gate/check.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { governanceMessages as m } from './messages.js'

/**
 * The outcome of a registration refused on its scan results: the scan checks (at least one failing), nothing stored,
 * no outputs.
 * @example
 * decideScanRefusal('churn', [{ id: 'governance.scan', status: 'fail', observed: 1, message: 'osv.json: 1 finding(s)' }]).title // => "Not registered: churn has scan findings at or above the policy's fail_at in 1 file"
 */
export function decideScanRefusal(model: string, checks: readonly Check[]): GateOutcome {
  return {
    title: m.scanRefused(model, checks.filter((c) => c.status === 'fail').length),
    summary: m.scanRefusedSummary,
    checks,
    figures: [],
    outputs: {},
  }
}
