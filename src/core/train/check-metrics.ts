import type { Check } from '../gate/check.js'
import { trainMessages } from './messages.js'
import { readMetricsObject } from './parse-metric-line.js'

/** What became of the declared metrics file. */
export type MetricsFileState =
  | { readonly kind: 'not-declared' }
  | { readonly kind: 'missing'; readonly name: string }
  | { readonly kind: 'unparsable'; readonly name: string; readonly why: string }
  | { readonly kind: 'parsed'; readonly name: string; readonly value: unknown }

/**
 * Merges metrics from log lines and the metrics file (the file wins) and judges them: `error` when a declared
 * file is missing or not an object of numbers, or a required metric is absent; `warn` when nothing was recorded.
 * @example checkMetrics({ kind: 'not-declared' }, { loss: 0.2 }, []).check.status // => 'pass'
 */
export function checkMetrics(
  file: MetricsFileState,
  lineMetrics: Readonly<Record<string, number>>,
  required: readonly string[],
): { metrics: Record<string, number>; check: Check } {
  const metrics: Record<string, number> = { ...lineMetrics }
  const error = (message: string): { metrics: Record<string, number>; check: Check } => ({
    metrics,
    check: { id: 'train.metrics', status: 'error', observed: null, message },
  })
  if (file.kind === 'missing') return error(trainMessages.metricsFileMissing(file.name))
  if (file.kind === 'unparsable') return error(trainMessages.metricsFileInvalid(file.name, file.why))
  if (file.kind === 'parsed') {
    const parsed = readMetricsObject(file.value)
    if (parsed === null) return error(trainMessages.metricsFileInvalid(file.name, 'not an object'))
    Object.assign(metrics, parsed.metrics)
  }
  const count = Object.keys(metrics).length
  const missing = required.filter((name) => metrics[name] === undefined)
  if (missing.length > 0)
    return {
      metrics,
      check: {
        id: 'train.metrics',
        status: 'error',
        observed: count,
        message: trainMessages.requiredMetricsMissing(missing),
      },
    }
  if (count === 0)
    return { metrics, check: { id: 'train.metrics', status: 'warn', observed: 0, message: trainMessages.noMetrics() } }
  return {
    metrics,
    check: { id: 'train.metrics', status: 'pass', observed: count, message: trainMessages.metricsFound(count) },
  }
}
