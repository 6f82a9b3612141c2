import { advanceHealthCheck, HEALTH_START, type HealthProbe } from '../core/canary/health-check.js'
import type { HealthCheckPlan, HealthResult } from '../core/canary/types.js'
import { errorMessage } from '../core/error-message.js'
import { healthCancelled } from '../core/canary/messages.js'
import type { Logger } from '../core/logger.js'
import { httpGet } from '../metric-providers/http-get.js'

/** The most one probe may take; the whole check is bounded by the plan's timeout as well. */
const PROBE_TIMEOUT_MS = 5000
/** The least a probe is given, so that a late last probe (a sleep that overran) still measures something. */
const MIN_PROBE_MS = 200

export interface HealthCheckOptions {
  readonly now: () => Date
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  readonly signal: AbortSignal
  readonly logger: Pick<Logger, 'info'>
  /** One GET; the default is httpGet. */
  readonly get?: (url: string, timeoutMs: number) => Promise<{ status: number }>
}

/**
 * Probes the new endpoint before any traffic moves, until advanceHealthCheck decides: healthy after
 * `plan.successes` consecutive 2xx answers, unhealthy when `plan.timeoutMs` passed first (each probe is cut off at
 * the time left, at least 200 ms and at most 5 s); a cancelled job ends it at once, `cancelled` and not healthy
 * (the endpoint was not found unhealthy). Touches no traffic.
 */
export async function runHealthCheck(plan: HealthCheckPlan, options: HealthCheckOptions): Promise<HealthResult> {
  const get = options.get ?? httpGet
  const started = options.now().getTime()
  let state = HEALTH_START
  const cancelled = (): HealthResult => {
    options.logger.info(`canary-deploy: ${healthCancelled()}`)
    return { healthy: false, cancelled: true, message: healthCancelled() }
  }
  for (;;) {
    if (options.signal.aborted) return cancelled()
    // advanceHealthCheck decides before a probe would start with less than one interval left; a sleep that overran
    // still leaves the probe MIN_PROBE_MS, so the check ends within timeoutMs + 200 ms.
    const left = Math.max(MIN_PROBE_MS, plan.timeoutMs - (options.now().getTime() - started))
    let probe: HealthProbe
    try {
      const { status } = await get(plan.url, Math.min(PROBE_TIMEOUT_MS, left))
      probe = { ok: status >= 200 && status < 300, detail: `HTTP ${status}` }
    } catch (error) {
      probe = { ok: false, detail: errorMessage(error) }
    }
    if (options.signal.aborted) return cancelled()
    const step = advanceHealthCheck(plan, state, probe, options.now().getTime() - started)
    state = step.state
    if (step.verdict !== undefined) {
      options.logger.info(`canary-deploy: ${step.verdict.message}`)
      return step.verdict
    }
    await options.sleep(plan.intervalMs, options.signal)
  }
}
