import type { InputReader } from '../github/input-reader.js'
import { parseCommand } from '../core/train/parse-command.js'
import { parseEnvLines } from '../core/train/parse-env-lines.js'
import { parseParams } from '../core/train/parse-params.js'
import type { TrainOverrides } from '../core/train/resolve-train-policy.js'
import { resolveInputPath, resolveInputPaths, resolveOptionalInputPath } from '../io/paths/index.js'
import { assertArtifactName } from './storage.js'

/** The action's own inputs (the shared ones are read by the session). */
export const Inputs = {
  Command: 'command',
  WorkingDirectory: 'working-directory',
  Env: 'env',
  TimeoutMinutes: 'timeout-minutes',
  RequireGpus: 'require-gpus',
  TelemetryInterval: 'telemetry-interval-seconds',
  MetricsFile: 'metrics-file',
  ModelDir: 'model-dir',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  CachePaths: 'cache-paths',
  CacheKeyFiles: 'cache-key-files',
  CacheKeyPrefix: 'cache-key-prefix',
  Params: 'params',
  DataFiles: 'data-files',
  RunnerLabels: 'runner-labels',
  LogTailLines: 'log-tail-lines',
  RequiredMetrics: 'required-metrics',
  PickBestFrom: 'pick-best-from',
  PickMetric: 'pick-metric',
  PickDirection: 'pick-direction',
  PickMetricsFile: 'pick-metrics-file',
} as const

/** A training run. `overrides` are the inputs that override the policy file (see resolveTrainPolicy). */
export interface TrainInputs {
  readonly kind: 'train'
  readonly command: string[]
  readonly workingDirectory: string | undefined
  readonly env: Record<string, string>
  readonly overrides: TrainOverrides
  readonly metricsFile: string | undefined
  readonly modelDir: string | undefined
  readonly artifactName: string
  readonly retentionDays: number | undefined
  readonly cachePaths: string[]
  readonly cacheKeyFiles: string[]
  readonly cacheKeyPrefix: string
  readonly params: Record<string, unknown>
  readonly dataFiles: string[]
  readonly runnerLabels: string[]
  readonly logTailLines: number
}

/** Sweep mode (`pick-best-from`): pick the best leg of a matrix of training jobs. */
export interface SweepInputs {
  readonly kind: 'sweep'
  readonly folder: string
  readonly metric: string
  readonly direction: 'max' | 'min'
  readonly metricsFile: string
}

/** Newline-separated list (paths may contain commas). */
function lines(reader: InputReader, name: string): string[] {
  return (reader.optional(name) ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

function readOverrides(reader: InputReader): TrainOverrides {
  const requireGpus = reader.optional(Inputs.RequireGpus)
  const timeout = reader.optionalNumber(Inputs.TimeoutMinutes, { min: 0.01, max: 60 * 24 * 5 })
  const interval = reader.optionalNumber(Inputs.TelemetryInterval, { min: 0.1, max: 3600 })
  const required = reader.list(Inputs.RequiredMetrics)
  return {
    ...(requireGpus === undefined ? {} : { requireGpus }),
    ...(timeout === undefined ? {} : { timeoutMinutes: timeout }),
    ...(interval === undefined ? {} : { telemetryIntervalSeconds: interval }),
    ...(required.length === 0 ? {} : { requiredMetrics: required }),
  }
}

export function readInputs(reader: InputReader): TrainInputs | SweepInputs {
  const folder = reader.optional(Inputs.PickBestFrom)
  if (folder !== undefined)
    return {
      kind: 'sweep',
      folder: resolveInputPath(folder, { kind: 'directory', input: Inputs.PickBestFrom }),
      metric: reader.required(Inputs.PickMetric),
      direction: reader.choice(Inputs.PickDirection, ['max', 'min'] as const, 'max'),
      metricsFile: reader.optional(Inputs.PickMetricsFile) ?? 'metrics.json',
    }
  const params = reader.optional(Inputs.Params)
  return {
    kind: 'train',
    command: parseCommand(reader.required(Inputs.Command)),
    workingDirectory: resolveOptionalInputPath(
      reader.optional(Inputs.WorkingDirectory),
      'directory',
      Inputs.WorkingDirectory,
    ),
    env: parseEnvLines(reader.optional(Inputs.Env) ?? ''),
    overrides: readOverrides(reader),
    metricsFile: reader.optional(Inputs.MetricsFile),
    modelDir: reader.optional(Inputs.ModelDir),
    artifactName: checkedArtifactName(reader.optional(Inputs.ArtifactName) ?? 'model'),
    retentionDays: reader.optionalNumber(Inputs.RetentionDays, { min: 1, max: 90, integer: true }),
    cachePaths: lines(reader, Inputs.CachePaths),
    cacheKeyFiles: lines(reader, Inputs.CacheKeyFiles),
    cacheKeyPrefix: reader.optional(Inputs.CacheKeyPrefix) ?? 'modelgate-train-',
    params: params === undefined ? {} : parseParams(params),
    dataFiles: resolveInputPaths(lines(reader, Inputs.DataFiles), 'file', Inputs.DataFiles),
    runnerLabels: reader.list(Inputs.RunnerLabels),
    logTailLines: reader.number(Inputs.LogTailLines, 30, { min: 1, max: 1000, integer: true }),
  }
}

/** The artifact name, refused before training (not after it, at upload) when GitHub would refuse it. */
function checkedArtifactName(name: string): string {
  assertArtifactName(name)
  return name
}
