import type { InputReader } from '../github/input-reader.js'

/** The action's own inputs (the shared ones are read by runAction). */
export const Inputs = {
  registry: 'registry',
  mode: 'mode',
  modelName: 'model-name',
  modelPath: 'model-path',
  version: 'version',
  alias: 'alias',
  fromAlias: 'from-alias',
  reason: 'reason',
  force: 'force',
  reports: 'reports',
  metrics: 'metrics',
  lineage: 'lineage',
  evaluationData: 'evaluation-data',
  predictions: 'predictions',
  at: 'at',
  registryToken: 'registry-token',
  promoteWorkflow: 'promote-workflow',
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
    registry: reader.optional(Inputs.registry),
    mode: reader.optionalChoice(Inputs.mode, MODES) ?? 'register',
    modelName: reader.required(Inputs.modelName),
    modelPath: reader.optional(Inputs.modelPath),
    version: reader.optionalNumber(Inputs.version, { min: 1, integer: true }),
    alias: reader.optional(Inputs.alias) ?? 'champion',
    fromAlias: reader.optional(Inputs.fromAlias),
    reason: reader.optional(Inputs.reason),
    force: reader.optionalBoolean(Inputs.force) ?? false,
    reports: list(reader, Inputs.reports),
    metrics: reader.optional(Inputs.metrics),
    lineage: reader.optional(Inputs.lineage),
    evaluationData: reader.optional(Inputs.evaluationData),
    predictions: reader.optional(Inputs.predictions),
    at: reader.optional(Inputs.at),
    registryToken: reader.optional(Inputs.registryToken),
    promoteWorkflow: reader.optional(Inputs.promoteWorkflow) ?? 'promote.yml',
  }
}
