import type { ArmCounts, MetricValue } from '../core/canary/types.js'
import { formatPrometheusDuration } from '../core/canary/format-prometheus-duration.js'
import { redactUrl } from '../core/secrets/redact-url.js'
import { httpGet } from './http-get.js'
import {
  prometheusEmpty,
  prometheusHttpError,
  prometheusManySeries,
  prometheusUnreachable,
  prometheusUnsupported,
} from './messages.js'
import type { MetricProvider, PrometheusProviderConfig } from './metric-provider.js'

/** Default PromQL for the fixture model server's metrics; `{{target}}` is the Prometheus job of the side measured. */
export const DEFAULT_PROMETHEUS_QUERIES: Readonly<Record<string, string>> = {
  'error-rate':
    'sum(increase(model_requests_total{job="{{target}}",code=~"5.."}[{{interval}}])) / sum(increase(model_requests_total{job="{{target}}"}[{{interval}}]))',
  'latency-p95-ms':
    '1000 * histogram_quantile(0.95, sum by (le) (rate(model_request_duration_seconds_bucket{job="{{target}}"}[{{interval}}])))',
}
export const DEFAULT_REQUESTS_QUERY = 'sum(increase(model_requests_total{job="{{canary}}"}[{{interval}}]))'

/** Fills {{target}}, {{canary}}, {{stable}}, {{interval}}. */
export function renderQuery(
  template: string,
  values: { target: string; canary: string; stable: string; interval: string },
): string {
  return template.replace(
    /\{\{\s*(target|canary|stable|interval)\s*\}\}/g,
    (_m, name: keyof typeof values) => values[name],
  )
}

/** One query's outcome: a number, or null with the reason. */
export type QueryResult = { value: number; reason?: undefined } | { value: null; reason: string }

/**
 * Reads a Prometheus `/api/v1/query` answer: `{"status":"success","data":{"resultType":"vector"|"scalar",…}}`
 * or `{"status":"error","errorType":…,"error":…}`. One vector element or a scalar gives its value (`"NaN"`
 * stays NaN and is judged inconclusive later); an empty vector is missing; several series are ambiguous.
 * Reference: https://prometheus.io/docs/prometheus/latest/querying/api/#instant-queries
 * @example parsePrometheusResponse(200, '{"status":"success","data":{"resultType":"scalar","result":[1,"0.5"]}}') // => { value: 0.5 }
 */
export function parsePrometheusResponse(status: number, body: string): QueryResult {
  let json: { status?: string; errorType?: string; error?: string; data?: { resultType?: string; result?: unknown } }
  try {
    json = JSON.parse(body) as typeof json
  } catch {
    return { value: null, reason: prometheusHttpError(status, '', body.slice(0, 200)) }
  }
  if (status !== 200 || json.status !== 'success') {
    return { value: null, reason: prometheusHttpError(status, json.errorType ?? '', json.error ?? '') }
  }
  const resultType = json.data?.resultType ?? ''
  const result = json.data?.result
  if (resultType === 'scalar' && Array.isArray(result)) return { value: Number(result[1]) }
  if (resultType === 'vector' && Array.isArray(result)) {
    if (result.length === 0) return { value: null, reason: prometheusEmpty() }
    if (result.length > 1) return { value: null, reason: prometheusManySeries(result.length) }
    const sample = (result[0] as { value?: [number, string] }).value
    return { value: Number(sample?.[1]) }
  }
  return { value: null, reason: prometheusUnsupported(resultType) }
}

/** PromQL instant queries against Prometheus's HTTP API, for the canary and the stable side. */
export function createPrometheusProvider(config: PrometheusProviderConfig): MetricProvider {
  const base = config.url.replace(/\/+$/, '')
  const query = async (promql: string, at: Date): Promise<QueryResult | { unreachable: string }> => {
    const url = `${base}/api/v1/query?query=${encodeURIComponent(promql)}&time=${(at.getTime() / 1000).toFixed(3)}`
    try {
      const response = await httpGet(url, config.timeoutMs)
      return parsePrometheusResponse(response.status, response.body)
    } catch (error) {
      return {
        unreachable: prometheusUnreachable(redactUrl(base), error instanceof Error ? error.message : String(error)),
      }
    }
  }
  return {
    kind: 'prometheus',
    start: () => Promise.resolve(),
    async observe({ intervalMs, at }) {
      const interval = config.window ?? formatPrometheusDuration(intervalMs)
      const render = (template: string, target: string): string =>
        renderQuery(template, { target, canary: config.canary, stable: config.stable, interval })
      const canary: Record<string, MetricValue> = {}
      const stable: Record<string, MetricValue> = {}
      const errors: Record<string, string> = {}
      for (const [metric, template] of Object.entries(config.queries)) {
        for (const [side, target, out] of [
          ['canary', config.canary, canary],
          ['stable', config.stable, stable],
        ] as const) {
          const result = await query(render(template, target), at)
          if ('unreachable' in result) return { kind: 'provider-error', reason: result.unreachable }
          out[metric] = result.value
          if (result.value === null && side === 'canary') errors[metric] = result.reason
          if (result.value === null && side === 'stable' && errors[metric] === undefined)
            errors[metric] = `stable: ${result.reason}`
        }
      }
      let canaryRequests: number | null = null
      if (config.requestsQuery !== undefined) {
        const result = await query(render(config.requestsQuery, config.canary), at)
        if ('unreachable' in result) return { kind: 'provider-error', reason: result.unreachable }
        canaryRequests = result.value === null || !Number.isFinite(result.value) ? null : result.value
      }
      return { kind: 'metrics', canary, stable, canaryRequests, errors }
    },
    async observeArms(queries, { durationMs, at }) {
      // The split's whole length, rounded up to a second, so that no request of the split falls outside it.
      const interval = formatPrometheusDuration(Math.ceil(durationMs / 1000) * 1000)
      const arm = async (target: string): Promise<ArmCounts> => {
        const values = { target, canary: config.canary, stable: config.stable, interval }
        const successes = await query(renderQuery(queries.successes, values), at)
        const trials = await query(renderQuery(queries.trials, values), at)
        const reasons = [successes, trials].flatMap((r, i) =>
          'unreachable' in r
            ? [r.unreachable]
            : r.value === null
              ? [`${i === 0 ? 'success' : 'trials'} query: ${r.reason}`]
              : [],
        )
        return {
          successes: 'unreachable' in successes ? null : successes.value,
          trials: 'unreachable' in trials ? null : trials.value,
          ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
        }
      }
      return { candidate: await arm(config.canary), stable: await arm(config.stable) }
    },
  }
}
