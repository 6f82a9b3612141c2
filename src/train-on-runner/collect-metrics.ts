import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { errorMessage } from '../core/error-message.js'
import type { Check } from '../core/gate/check.js'
import { checkMetrics, type MetricsFileState } from '../core/train/check-metrics.js'
import type { TrainInputs } from './inputs.js'
import type { RunFolder } from './run.js'

function readMetricsFile(name: string | undefined, path: string): MetricsFileState {
  if (name === undefined) return { kind: 'not-declared' }
  if (!existsSync(path)) return { kind: 'missing', name }
  try {
    return { kind: 'parsed', name, value: JSON.parse(readFileSync(path, 'utf8')) as unknown }
  } catch (error) {
    return { kind: 'unparsable', name, why: errorMessage(error) }
  }
}

/**
 * The run's metrics: its `modelgate:metric` log lines with the declared metrics file over them, judged by
 * checkMetrics. Without a metrics file they are written to metrics.json in the run folder (the `metrics-path`).
 */
export function collectMetrics(
  inputs: TrainInputs,
  required: readonly string[],
  folder: RunFolder,
  lineMetrics: Readonly<Record<string, number>>,
): { metrics: Record<string, number>; check: Check; path: string } {
  const path =
    inputs.metricsFile === undefined ? join(folder.runDir, 'metrics.json') : resolve(folder.cwd, inputs.metricsFile)
  const { metrics, check } = checkMetrics(readMetricsFile(inputs.metricsFile, path), lineMetrics, required)
  if (inputs.metricsFile === undefined) writeFileSync(path, JSON.stringify(metrics, null, 2))
  return { metrics, check, path }
}
