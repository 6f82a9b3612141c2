import type { InputReader } from '../github/input-reader.js'
import type { PolicyDocument } from '../github/action-context.js'
import { resolveTrainPolicy } from '../core/train/resolve-train-policy.js'
import { parseGpuRequirement, type GpuRequirement } from '../core/train/gpu.js'
import { parseCommand } from '../core/train/parse-command.js'
import { parseEnvLines } from '../core/train/parse-env-lines.js'
import { parseParams } from '../core/train/parse-params.js'

/** The action's own inputs (the shared ones are read by runAction). */
export const Inputs = {
  command: 'command',
  workingDirectory: 'working-directory',
  env: 'env',
  timeoutMinutes: 'timeout-minutes',
  requireGpus: 'require-gpus',
  telemetryInterval: 'telemetry-interval-seconds',
  metricsFile: 'metrics-file',
  modelDir: 'model-dir',
  artifactName: 'artifact-name',
  retentionDays: 'retention-days',
  cachePaths: 'cache-paths',
  cacheKeyFiles: 'cache-key-files',
  cacheKeyPrefix: 'cache-key-prefix',
  params: 'params',
  dataFiles: 'data-files',
  runnerLabels: 'runner-labels',
  logTailLines: 'log-tail-lines',
  requiredMetrics: 'required-metrics',
} as const

export interface TrainInputs {
  readonly command: string[]
  readonly workingDirectory: string | undefined
  readonly env: Record<string, string>
  readonly timeoutMinutes: number
  readonly requireGpus: GpuRequirement | undefined
  readonly telemetryIntervalSeconds: number
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
  readonly requiredMetrics: readonly string[]
}

/** Newline-separated list (paths may contain commas). */
function lines(reader: InputReader, name: string): string[] {
  return (reader.optional(name) ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

export function readInputs(reader: InputReader, policy: PolicyDocument = {}): TrainInputs {
  const required = reader.list(Inputs.requiredMetrics)
  const timeout = reader.optionalNumber(Inputs.timeoutMinutes, { min: 0.01, max: 60 * 24 * 5 })
  const interval = reader.optionalNumber(Inputs.telemetryInterval, { min: 0.1, max: 3600 })
  const effective = resolveTrainPolicy(policy['train-on-runner'], {
    ...(reader.optional(Inputs.requireGpus) === undefined
      ? {}
      : { requireGpus: reader.optional(Inputs.requireGpus) as string }),
    ...(timeout === undefined ? {} : { timeoutMinutes: timeout }),
    ...(interval === undefined ? {} : { telemetryIntervalSeconds: interval }),
    ...(required.length === 0 ? {} : { requiredMetrics: required }),
  })
  const gpus = effective.requireGpus
  const params = reader.optional(Inputs.params)
  const retention = reader.optionalNumber(Inputs.retentionDays, { min: 1, max: 90, integer: true })
  return {
    command: parseCommand(reader.required(Inputs.command)),
    workingDirectory: reader.optional(Inputs.workingDirectory),
    env: parseEnvLines(reader.optional(Inputs.env) ?? ''),
    timeoutMinutes: effective.timeoutMinutes,
    requireGpus: gpus === undefined || gpus === '0' ? undefined : parseGpuRequirement(gpus),
    telemetryIntervalSeconds: effective.telemetryIntervalSeconds,
    metricsFile: reader.optional(Inputs.metricsFile),
    modelDir: reader.optional(Inputs.modelDir),
    artifactName: reader.optional(Inputs.artifactName) ?? 'model',
    retentionDays: retention,
    cachePaths: lines(reader, Inputs.cachePaths),
    cacheKeyFiles: lines(reader, Inputs.cacheKeyFiles),
    cacheKeyPrefix: reader.optional(Inputs.cacheKeyPrefix) ?? 'modelgate-train-',
    params: params === undefined ? {} : parseParams(params),
    dataFiles: lines(reader, Inputs.dataFiles),
    runnerLabels: reader.list(Inputs.runnerLabels),
    logTailLines: reader.number(Inputs.logTailLines, 30, { min: 1, max: 1000, integer: true }),
    requiredMetrics: effective.requiredMetrics,
  }
}
