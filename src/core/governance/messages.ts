// Recurring messages of src/core/governance; tests compare against these functions.
import { formatNumber } from '../report/format-number.js'

const ms = (value: number): string => `${formatNumber(value)} ms`

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
}
