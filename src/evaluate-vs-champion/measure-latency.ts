import type { LatencyComparison, LatencyMethod, LatencyUnmeasured } from '../core/compare/latency-comparison.js'
import { DataError } from '../core/errors.js'
import { latencySummary } from '../core/governance/latency-summary.js'
import type { LatencyPolicy } from '../core/governance/latency-policy.js'
import { readDataset, type CellValue } from '../io/dataset/index.js'
import { expandPlaceholders } from '../io/run-command.js'
import { timePost } from './http-endpoint.js'
import { Inputs, type EvaluateInputs } from './inputs.js'
import { latencyMessages as m } from './latency-messages.js'
import { startServeProcess, type ServeProcess } from './serve-process.js'

type Which = 'candidate' | 'champion'

/** One model under measurement: send one request (within `timeoutMs`), and finish (returning its peak memory where known). */
interface Target {
  send(json: string, n: number, timeoutMs: number): Promise<number>
  finish(): Promise<number | undefined>
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/

/** A cell as a request sends it: CSV text that reads as a decimal number is sent as a number. */
export const requestCell = (cell: CellValue): CellValue =>
  typeof cell === 'string' && NUMBER.test(cell) ? Number(cell) : cell

/** The first `count` rows of the data, each as one JSON object (column → cell), the request bodies. */
async function requestBodies(data: string, count: number, signal: AbortSignal): Promise<string[]> {
  for await (const batch of readDataset(data, { batchSize: count, signal })) {
    return batch.rows.map((row) =>
      JSON.stringify(Object.fromEntries(batch.columns.map((c, j) => [c, requestCell(row[j] ?? null)]))),
    )
  }
  throw new DataError(m.noRows(data), { file: data, input: Inputs.Data }, m.fixNoRows)
}

function serveTarget(argv: readonly string[], modelDir: string, which: Which): Target {
  const server: ServeProcess = startServeProcess(
    expandPlaceholders(argv, { model_dir: modelDir }),
    which,
    Inputs.LatencyCommand,
  )
  return {
    send: (json, _n, timeoutMs) => server.request(json, timeoutMs),
    async finish() {
      const peak = server.peakMemoryMb()
      await server.close()
      return peak
    },
  }
}

function httpTarget(url: string, which: Which, input: string, signal: AbortSignal): Target {
  return {
    send: (json, n, timeoutMs) => timePost(url, json, { timeoutMs, signal }, which, input, n),
    finish: () => Promise.resolve(undefined),
  }
}

/**
 * Measures per-request latency: `policy.warmupRequests` untimed requests to each model, then `policy.requests`
 * timed requests to each, alternating models request by request (the same row to both; which model goes first
 * alternates too, so neither always runs on a warmer cache). One request at a time; every request has
 * `policy.requestTimeoutMs`. Serve processes are ended whatever happens.
 */
export async function measureLatency(
  targets: { candidate: () => Target; champion?: () => Target },
  method: LatencyMethod,
  bodies: readonly string[],
  policy: LatencyPolicy,
  signal: AbortSignal,
): Promise<LatencyComparison> {
  const started: Partial<Record<Which, Target>> = {}
  const peak: Partial<Record<Which, number>> = {}
  const times: Record<Which, number[]> = { candidate: [], champion: [] }
  const order: Which[] = targets.champion === undefined ? ['candidate'] : ['candidate', 'champion']
  try {
    started.candidate = targets.candidate()
    if (targets.champion !== undefined) started.champion = targets.champion()
    let n = 0
    const body = (i: number): string => bodies[i % bodies.length] as string
    const limit = policy.requestTimeoutMs
    for (const which of order) {
      // The first request also waits for the process to start and load its model.
      await (started[which] as Target).send(body(0), ++n, Math.max(limit, policy.startupTimeoutMs))
      for (let i = 1; i < policy.warmupRequests; i++) await (started[which] as Target).send(body(i), ++n, limit)
    }
    for (let i = 0; i < policy.requests; i++) {
      signal.throwIfAborted()
      const round = i % 2 === 0 ? order : [...order].reverse()
      for (const which of round) times[which].push(await (started[which] as Target).send(body(i), ++n, limit))
    }
  } finally {
    for (const which of order) {
      const target = started[which]
      if (target === undefined) continue
      const mb = await target.finish()
      if (mb !== undefined) peak[which] = mb
    }
  }
  return {
    method,
    warmup: policy.warmupRequests,
    candidate: latencySummary(times.candidate),
    ...(targets.champion === undefined ? {} : { champion: latencySummary(times.champion) }),
    ...(Object.keys(peak).length === 0 ? {} : { peakMemoryMb: peak }),
  }
}

/**
 * Measures latency when everything it needs is given, else names what is missing (the gate reports an error check
 * with these names). Requests are rows of `data`. Two ways, the endpoint first when both are given:
 * - HTTP: `latency-url-candidate` (and `latency-url-champion` when there is a champion), a POST of one row each;
 * - line protocol: `latency-command` started once per model with `{model_dir}` = `candidate-model-dir` and the
 *   champion's model directory (downloaded from the registry, or `champion-model-dir`).
 */
export async function latencyOrMissing(
  inputs: EvaluateInputs,
  policy: LatencyPolicy,
  champion: { readonly exists: boolean; readonly modelDir?: string },
  signal: AbortSignal,
): Promise<LatencyComparison | LatencyUnmeasured> {
  const missing: string[] = inputs.data === undefined ? [`input ${Inputs.Data}`] : []
  let targets: { candidate: () => Target; champion?: () => Target } | undefined
  let method: LatencyMethod = 'http'
  const candidateUrl = inputs.latencyUrlCandidate
  const championUrl = inputs.latencyUrlChampion
  if (candidateUrl !== undefined) {
    if (champion.exists && championUrl === undefined) missing.push(`input ${Inputs.LatencyUrlChampion}`)
    targets = {
      candidate: () => httpTarget(candidateUrl, 'candidate', Inputs.LatencyUrlCandidate, signal),
      ...(champion.exists && championUrl !== undefined
        ? { champion: () => httpTarget(championUrl, 'champion', Inputs.LatencyUrlChampion, signal) }
        : {}),
    }
  } else if (inputs.latencyCommand !== undefined) {
    method = 'line-protocol'
    const argv = inputs.latencyCommand
    const candidateDir = inputs.candidateModelDir
    const championDir = champion.modelDir ?? inputs.championModelDir
    if (candidateDir === undefined) missing.push(`input ${Inputs.CandidateModelDir}`)
    if (champion.exists && championDir === undefined) missing.push(`input ${Inputs.ChampionModelDir}`)
    if (candidateDir !== undefined)
      targets = {
        candidate: () => serveTarget(argv, candidateDir, 'candidate'),
        ...(champion.exists && championDir !== undefined
          ? { champion: () => serveTarget(argv, championDir, 'champion') }
          : {}),
      }
  } else {
    missing.push(`input ${Inputs.LatencyCommand} (or ${Inputs.LatencyUrlCandidate})`)
  }
  if (missing.length > 0 || targets === undefined || inputs.data === undefined) return { missing }
  const bodies = await requestBodies(inputs.data, policy.requests, signal)
  return measureLatency(targets, method, bodies, policy, signal)
}
