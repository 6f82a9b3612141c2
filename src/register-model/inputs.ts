import type { InputReader } from '../github/input-reader.js'
import { resolveInputPaths, resolveOptionalInputPath } from '../io/paths/index.js'

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
  ScanResults: 'scan-results',
  Metrics: 'metrics',
  Lineage: 'lineage',
  EvaluationData: 'evaluation-data',
  Predictions: 'predictions',
  At: 'at',
  RegistryToken: 'registry-token',
  PromoteWorkflow: 'promote-workflow',
  Environment: 'environment',
  ReferenceProfile: 'reference-profile',
  Explanation: 'explanation',
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
  /** SARIF 2.1.0 / osv-scanner JSON files judged before registering. */
  readonly scanResults: string[]
  readonly metrics: string | undefined
  readonly lineage: string | undefined
  readonly evaluationData: string | undefined
  readonly predictions: string | undefined
  readonly at: string | undefined
  readonly registryToken: string | undefined
  readonly promoteWorkflow: string
  /** The job's GitHub environment, as the workflow file states it (verified before a protected alias moves). */
  readonly environment: string | undefined
  /** Profile files (validate-data mode profile) of the training data and the evaluation predictions, for the card. */
  readonly referenceProfile: string[]
  /** A JSON file of feature importances (schemas/explanation.schema.json), stored on the card. */
  readonly explanation: string | undefined
}

/** Newline- or comma-separated list of paths. */
function list(reader: InputReader, name: string): string[] {
  return (reader.optional(name) ?? '')
    .split(/[\r\n,]+/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

export function readInputs(reader: InputReader): RegisterInputs {
  const mode = reader.optionalChoice(Inputs.Mode, MODES) ?? 'register'
  // In get mode model-path is where the version is downloaded to; in register mode, what is stored.
  const modelPathKind = mode === 'get' ? 'output-directory' : 'file-or-directory'
  return {
    registry: reader.optional(Inputs.Registry),
    mode,
    modelName: reader.required(Inputs.ModelName),
    modelPath: resolveOptionalInputPath(reader.optional(Inputs.ModelPath), modelPathKind, Inputs.ModelPath),
    version: reader.optionalNumber(Inputs.Version, { min: 1, integer: true }),
    alias: reader.optional(Inputs.Alias) ?? 'champion',
    fromAlias: reader.optional(Inputs.FromAlias),
    reason: reader.optional(Inputs.Reason),
    force: reader.optionalBoolean(Inputs.Force) ?? false,
    reports: resolveInputPaths(list(reader, Inputs.Reports), 'file', Inputs.Reports),
    scanResults: resolveInputPaths(list(reader, Inputs.ScanResults), 'file', Inputs.ScanResults),
    metrics: resolveOptionalInputPath(reader.optional(Inputs.Metrics), 'file', Inputs.Metrics),
    lineage: resolveOptionalInputPath(reader.optional(Inputs.Lineage), 'file', Inputs.Lineage),
    evaluationData: resolveOptionalInputPath(reader.optional(Inputs.EvaluationData), 'file', Inputs.EvaluationData),
    predictions: reader.optional(Inputs.Predictions),
    at: reader.optional(Inputs.At),
    registryToken: reader.optional(Inputs.RegistryToken),
    promoteWorkflow: reader.optional(Inputs.PromoteWorkflow) ?? 'promote.yml',
    environment: reader.optional(Inputs.Environment),
    referenceProfile: resolveInputPaths(list(reader, Inputs.ReferenceProfile), 'file', Inputs.ReferenceProfile),
    explanation: resolveOptionalInputPath(reader.optional(Inputs.Explanation), 'file', Inputs.Explanation),
  }
}
