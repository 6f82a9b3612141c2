import { healthFailed, healthPassed } from './messages.js'
import type { HealthCheckPlan } from './types.js'

/** One probe of the new endpoint: whether it answered 2xx, and what it answered (`HTTP 503`, `connection refused`). */
export interface HealthProbe {
  readonly ok: boolean
  readonly detail: string
}

/** Progress of the health check: probes sent, the current run of consecutive successes, the last answer. */
export interface HealthState {
  readonly probes: number
  readonly consecutive: number
  readonly last?: string
}

export const HEALTH_START: HealthState = { probes: 0, consecutive: 0 }

/** After one probe: the new state, and the verdict once the check is decided (healthy, or not within the time). */
export interface HealthStep {
  readonly state: HealthState
  readonly verdict?: { readonly healthy: boolean; readonly message: string }
}

/**
 * One probe of the health check that runs before any traffic moves: `plan.successes` consecutive 2xx answers make
 * the endpoint healthy; a failed probe starts the run again; when no further probe fits in `plan.timeoutMs` (
 * `elapsedMs`, since the first probe and this one included, plus `plan.intervalMs` reach it) without enough
 * successes, the endpoint is unhealthy. Pure: the caller probes, sleeps and keeps the clock.
 * @example advanceHealthCheck({ url: 'http://127.0.0.1:8080/healthz', timeoutMs: 5000, successes: 1, intervalMs: 500 }, { probes: 0, consecutive: 0 }, { ok: true, detail: 'HTTP 200' }, 10).verdict?.healthy // => true
 * @example advanceHealthCheck({ url: 'http://127.0.0.1:8080/healthz', timeoutMs: 5000, successes: 3, intervalMs: 500 }, { probes: 9, consecutive: 0 }, { ok: false, detail: 'connection refused' }, 5000).verdict?.healthy // => false
 */
export function advanceHealthCheck(
  plan: HealthCheckPlan,
  state: HealthState,
  probe: HealthProbe,
  elapsedMs: number,
): HealthStep {
  const next: HealthState = {
    probes: state.probes + 1,
    consecutive: probe.ok ? state.consecutive + 1 : 0,
    last: probe.detail,
  }
  if (next.consecutive >= plan.successes)
    return { state: next, verdict: { healthy: true, message: healthPassed(plan, next.probes) } }
  if (elapsedMs + plan.intervalMs >= plan.timeoutMs)
    return { state: next, verdict: { healthy: false, message: healthFailed(plan, next.probes, probe.detail) } }
  return { state: next }
}
