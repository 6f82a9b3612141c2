import type { InputReader } from '../github/input-reader.js'

/** The action's own inputs (the shared ones are read by the session). */
export const Inputs = {
  Registry: 'registry',
  Mode: 'mode',
  ModelName: 'model-name',
  ModelPath: 'model-path',
  Version: 'version',
  Alias: 'alias',
  FromAlias: 'from-alias',
  Reason: 'reason',
  Force: 'force',
  Reports: 'reports',
  Metrics: 'metrics',
  Lineage: 'lineage',
  EvaluationData: 'evaluation-data',
  Predictions: 'predictions',
  At: 'at',
  RegistryToken: 'registry-token',
  PromoteWorkflow: 'promote-workflow',
  Environment: 'environment',
} as const

export const MODES = ['register', 'promote', 'rollback', 'get', 'list', 'history'] as const
export type Mode = (typeof MODES)[number]

export interface RegisterInputs {
  readonly registry: string | undefined
  readonly mode: Mode
  readonly modelName: string
  readonly modelPath: string | undefined
  readonly version: number | undefined
  readonly alias: string
  readonly fromAlias: string | undefined
  readonly reason: string | undefined
  readonly force: boolean
  readonly reports: string[]
  readonly metrics: string | undefined
  readonly lineage: string | undefined
  readonly evaluationData: string | undefined
  readonly predictions: string | undefined
  readonly at: string | undefined
  readonly registryToken: string | undefined
  readonly promoteWorkflow: string
  /** The job's GitHub environment, as the workflow file states it (verified before a protected alias moves). */
  readonly environment: string | undefined
}

/** Newline- or comma-separated list of paths. */
function list(reader: InputReader, name: string): string[] {
  return (reader.optional(name) ?? '')
    .split(/[\r\n,]+/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

export function readInputs(reader: InputReader): RegisterInputs {
  return {
    registry: reader.optional(Inputs.Registry),
    mode: reader.optionalChoice(Inputs.Mode, MODES) ?? 'register',
    modelName: reader.required(Inputs.ModelName),
    modelPath: reader.optional(Inputs.ModelPath),
    version: reader.optionalNumber(Inputs.Version, { min: 1, integer: true }),
    alias: reader.optional(Inputs.Alias) ?? 'champion',
    fromAlias: reader.optional(Inputs.FromAlias),
    reason: reader.optional(Inputs.Reason),
    force: reader.optionalBoolean(Inputs.Force) ?? false,
    reports: list(reader, Inputs.Reports),
    metrics: reader.optional(Inputs.Metrics),
    lineage: reader.optional(Inputs.Lineage),
    evaluationData: reader.optional(Inputs.EvaluationData),
    predictions: reader.optional(Inputs.Predictions),
    at: reader.optional(Inputs.At),
    registryToken: reader.optional(Inputs.RegistryToken),
    promoteWorkflow: reader.optional(Inputs.PromoteWorkflow) ?? 'promote.yml',
    environment: reader.optional(Inputs.Environment),
  }
}
