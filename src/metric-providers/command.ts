import type { MetricValue } from '../core/canary/types.js'
import { runCommand } from '../io/run-command.js'
import { metricsCommandBadJson, metricsCommandFailed } from './messages.js'
import type { CommandProviderConfig, MetricProvider } from './metric-provider.js'

/** Reads `{"canary":{name:number|null},"stable":{…},"canaryRequests":number?}`; values that are not numbers become null. */
export function parseMetricsJson(text: string): {
  canary: Record<string, MetricValue>
  stable: Record<string, MetricValue>
  canaryRequests: number | null
} {
  const json = JSON.parse(text) as unknown
  if (typeof json !== 'object' || json === null || typeof (json as { canary?: unknown }).canary !== 'object')
    throw new Error('no "canary" object')
  const side = (value: unknown): Record<string, MetricValue> => {
    const out: Record<string, MetricValue> = {}
    if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'number' ? v : null
    return out
  }
  const o = json as { canary: unknown; stable?: unknown; canaryRequests?: unknown }
  return {
    canary: side(o.canary),
    stable: side(o.stable),
    canaryRequests: typeof o.canaryRequests === 'number' ? o.canaryRequests : null,
  }
}

/** Runs the team's command (no shell) with `{interval-seconds}` substituted; its last stdout lines are one JSON document. */
export function createCommandProvider(config: CommandProviderConfig): MetricProvider {
  return {
    kind: 'command',
    start: () => Promise.resolve(),
    async observe({ intervalMs }) {
      const argv = config.argv.map((a) => a.replaceAll('{interval-seconds}', String(intervalMs / 1000)))
      const result = await runCommand(argv, { timeoutMs: config.timeoutMs, keepTailLines: 200 })
      if (result.exitCode !== 0)
        return {
          kind: 'provider-error',
          reason: metricsCommandFailed(result.exitCode, result.stderrTail.slice(-3).join(' | ')),
        }
      try {
        return { kind: 'metrics', ...parseMetricsJson(result.stdoutTail.join('\n')) }
      } catch (error) {
        return {
          kind: 'provider-error',
          reason: metricsCommandBadJson(error instanceof Error ? error.message : String(error)),
        }
      }
    },
  }
}
