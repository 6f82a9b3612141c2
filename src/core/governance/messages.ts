// Recurring messages of src/core/governance; tests compare against these functions.
import type { Wording } from '../errors.js'
import { formatNumber } from '../report/format-number.js'

const ms = (value: number): string => `${formatNumber(value)} ms`
const bytesText = (bytes: number): string => `${formatNumber(bytes)} bytes`

export const governanceMessages = {
  // Latency (evaluate-vs-champion).
  latencyBudgetTwice: 'the p95 latency budget is written twice: max_latency_ms and latency.max_p95_ms',
  fixLatencyBudgetTwice: 'keep latency.max_p95_ms and delete max_latency_ms',
  tooFewLatencyRequests: (requests: number, least: number): string =>
    `latency.requests is ${requests}; at least ${least} timed requests per model are needed for a p95/p99`,
  fixTooFewLatencyRequests: (least: number): string => `set latency.requests to ${least} or more (default 200)`,
  latencyNotMeasured: (budget: string, missing: readonly string[]): string =>
    `latency budget ${budget} could not be measured: ${missing.length === 0 ? 'latency was not measured' : `set ${missing.join(', ')}`}`,
  latencyQuantile: (
    q: string,
    candidate: number,
    champion: number | undefined,
    budgetMs: number,
    over: boolean,
  ): string =>
    `candidate ${q} latency ${ms(candidate)}${champion === undefined ? '' : ` (champion ${ms(champion)})`} ${over ? '>' : '≤'} ${ms(budgetMs)}`,
  latencySlowdown: (slowdown: number, candidate: number, champion: number, max: number, over: boolean): string =>
    `candidate p95 ${ms(candidate)} is ${formatNumber(slowdown * 100)}% ${slowdown < 0 ? 'faster' : 'slower'} than the champion's ${ms(champion)}; ${over ? 'more than' : 'within'} the allowed ${formatNumber(max * 100)}% slowdown`,
  latencyChampionZero: 'the champion answered in 0 ms at p95, so a relative slowdown is undefined',
  // Model size and peak memory (evaluate-vs-champion).
  modelSizeNotMeasured: (max: number, missing: readonly string[]): string =>
    `model size limit ${bytesText(max)} could not be measured: ${missing.length === 0 ? 'the model directory was not read' : `set ${missing.join(', ')}`}`,
  modelSize: (bytes: number, files: number, max: number, over: boolean): string =>
    `candidate model ${bytesText(bytes)} in ${files} file${files === 1 ? '' : 's'} ${over ? '>' : '≤'} ${bytesText(max)}`,
  peakMemoryNotMeasured: (maxMb: number, why: string): string =>
    `peak memory limit ${formatNumber(maxMb)} MiB could not be measured: ${why}`,
  peakMemoryMissing: (missing: readonly string[]): string =>
    missing.length === 0 ? 'the candidate was not served' : `set ${missing.join(', ')}`,
  peakMemoryHttp:
    "an HTTP endpoint's memory cannot be read from here; set latency-command so the candidate is served on the runner",
  peakMemoryUnreadable: '/proc/<pid>/status could not be read (peak memory is read on Linux only)',
  peakMemory: (mb: number, championMb: number | undefined, maxMb: number, over: boolean): string =>
    `candidate peak memory ${formatNumber(mb)} MiB${championMb === undefined ? '' : ` (champion ${formatNumber(championMb)} MiB)`} ${over ? '>' : '≤'} ${formatNumber(maxMb)} MiB`,
  // Scan results (register-model).
  scanRequired:
    (input = 'scan-results'): Wording =>
    (w) =>
      `register-model.scan.required is set, but ${w.input(input)} names no file`,
  fixScanRequired:
    (input = 'scan-results'): Wording =>
    (w) =>
      `pass the SARIF or osv-scanner JSON files your scanners wrote (e.g. osv-scanner scan --format json > osv.json) in ${w.name(input)}`,
  scanRefused: (model: string, failing: number): string =>
    `Not registered: ${model} has scan findings at or above the policy's fail_at in ${failing} file${failing === 1 ? '' : 's'}`,
  scanRefusedSummary:
    'Fix or upgrade what the findings name and scan again, or accept a triaged id in register-model.scan.accepted. Nothing was stored.',
}
