import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ServiceError } from '../core/errors.js'
import type { LatencyComparison, LatencyUnmeasured } from '../core/compare/latency-comparison.js'
import type { EvaluateInputs } from './inputs.js'
import { quantileSorted } from '../core/stats/quantile-sorted.js'
import { readDataset, writeCsv } from '../io/dataset/index.js'
import { expandPlaceholders, runCommand } from '../io/run-command.js'
import { Inputs } from './inputs.js'

/** Rows in the latency sample and runs per model. */
export const LATENCY_SAMPLE_ROWS = 100
export const LATENCY_RUNS = 5

/**
 * Times both models' predict command on a sample of the evaluation data (the first 100 rows of a CSV; other
 * formats are scored whole), alternating candidate and champion for LATENCY_RUNS runs each, and returns the
 * p50/p95 wall time per call in milliseconds (process start included: that is what a batch scorer pays).
 */
export async function measureLatency(
  command: readonly string[],
  data: string,
  modelDirs: { candidate: string; champion: string },
  options: { workDir: string; signal: AbortSignal },
): Promise<LatencyComparison> {
  let input = data
  if (/\.csv$/i.test(data)) {
    for await (const batch of readDataset(data, { batchSize: LATENCY_SAMPLE_ROWS })) {
      input = join(options.workDir, 'latency-sample.csv')
      await writeFile(input, writeCsv(batch.rows, batch.columns))
      break
    }
  }
  const times = { candidate: [] as number[], champion: [] as number[] }
  for (let run = 0; run < LATENCY_RUNS; run++) {
    for (const which of ['candidate', 'champion'] as const) {
      const output = join(options.workDir, `latency-${which}-${run}.csv`)
      const argv = expandPlaceholders(command, { model_dir: modelDirs[which], input, output })
      const result = await runCommand(argv, { timeoutMs: 10 * 60 * 1000, signal: options.signal })
      if (result.exitCode !== 0) {
        throw new ServiceError(
          `predict-command failed while timing the ${which} (exit ${String(result.exitCode ?? result.signal)})`,
          { input: Inputs.PredictCommand },
          'run it by hand on the evaluation data to see why',
        )
      }
      times[which].push(result.durationMs)
    }
  }
  const summary = (values: number[]): { p50: number; p95: number } => {
    const sorted = [...values].sort((a, b) => a - b)
    return { p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95) }
  }
  return { candidate: summary(times.candidate), champion: summary(times.champion), samples: LATENCY_RUNS }
}

/**
 * Measures latency when everything it needs is given, else names what is missing (the gate reports a skipped
 * check with these input names): predict-command, data, candidate-model-dir, and the champion's model
 * directory (downloaded from the registry, or champion-model-dir when the champion is a predictions file).
 */
export async function latencyOrMissing(
  inputs: EvaluateInputs,
  registryChampionDir: string | undefined,
  options: { workDir: string; signal: AbortSignal },
): Promise<LatencyComparison | LatencyUnmeasured> {
  const championDir = registryChampionDir ?? inputs.championModelDir
  const missing = [
    ...(inputs.predictCommand === undefined ? [Inputs.PredictCommand] : []),
    ...(inputs.data === undefined ? [Inputs.Data] : []),
    ...(inputs.candidateModelDir === undefined ? [Inputs.CandidateModelDir] : []),
    ...(championDir === undefined ? [Inputs.ChampionModelDir] : []),
  ]
  if (
    inputs.predictCommand === undefined ||
    inputs.data === undefined ||
    inputs.candidateModelDir === undefined ||
    championDir === undefined
  )
    return { missing }
  return measureLatency(
    inputs.predictCommand,
    inputs.data,
    { candidate: inputs.candidateModelDir, champion: championDir },
    options,
  )
}
