import type { InputReader } from '../github/input-reader.js'
import { statSync } from 'node:fs'
import { isDynamicPattern } from 'tinyglobby'
import { ConfigurationError } from '../core/errors.js'
import { monitorMessages } from '../core/monitor/messages.js'
import { resolveInputPath, resolveInputPaths, resolveOptionalInputPath } from '../io/paths/index.js'

export const Inputs = {
  Data: 'data',
  Reference: 'reference',
  Contract: 'contract',
  Mode: 'mode',
  Output: 'output',
  ReferenceRegistry: 'reference-registry',
  RegistryToken: 'registry-token',
  ReferenceModel: 'reference-model',
  ReferenceAlias: 'reference-alias',
  HistoryFile: 'history-file',
  PredictionColumns: 'prediction-columns',
} as const

/** The columns evaluate-vs-champion and fairness-gate read as the model's output (action.yml default). */
export const DEFAULT_PREDICTION_COLUMNS: readonly string[] = ['score', 'prediction']

/** Monitoring against a registry champion: its stored reference profile replaces `reference`. */
export interface ReferenceRegistryInputs {
  readonly registry: string
  readonly token: string | undefined
  readonly model: string
  readonly alias: string
}

/** What every mode that measures drift shares besides the paths: where the reference and the history are. */
export interface MonitoringInputs {
  /** Set when the drift reference is the champion's stored profile (then `reference` is undefined). */
  readonly referenceRegistry: ReferenceRegistryInputs | undefined
  /** The history file to extend (and render the trend of), when set. */
  readonly historyFile: string | undefined
  /** Columns that hold the model's predictions; their drift is reported as prediction drift. */
  readonly predictionColumns: readonly string[]
}

export const MODES = ['validate', 'infer', 'profile', 'merge'] as const
export type Mode = (typeof MODES)[number]

/**
 * The inputs, parsed, by mode: each mode carries exactly the paths it uses (paths as the user gave them). In modes
 * validate and profile `data` may be a glob or a directory (expandDataPaths gives its files).
 */
export type ValidateDataInputs = MonitoringInputs & {
  /** Contract file; read in every mode (mode infer ignores it, but a broken one is still reported). */
  readonly contract: string | undefined
} & (
    | { readonly mode: 'validate'; readonly data: string; readonly reference: string | undefined }
    | {
        readonly mode: 'profile'
        readonly data: string
        readonly reference: string | undefined
        readonly output: string
      }
    | { readonly mode: 'merge'; readonly profiles: readonly string[]; readonly reference: string | undefined }
    | { readonly mode: 'infer'; readonly source: string; readonly output: string }
  )

/** Parses the inputs once, strictly (R9); a missing or contradictory input is a ConfigurationError naming it. */
export function readInputs(input: InputReader): ValidateDataInputs {
  const mode = input.choice(Inputs.Mode, MODES, 'validate')
  // A glob or a directory names several files, each checked when it is expanded (expandDataPaths).
  const data =
    mode === 'validate' || mode === 'profile'
      ? input
          .list(Inputs.Data)
          .map((path) =>
            isDynamicPattern(path)
              ? path
              : resolveInputPath(path, { kind: isDirectory(path) ? 'directory' : 'file', input: Inputs.Data }),
          )
      : resolveInputPaths(input.list(Inputs.Data), 'file', Inputs.Data)
  const reference = resolveOptionalInputPath(input.optional(Inputs.Reference), 'file', Inputs.Reference)
  const output = resolveOptionalInputPath(input.optional(Inputs.Output), 'output', Inputs.Output)
  if (mode === 'infer' && data.length === 0 && reference === undefined) {
    throw new ConfigurationError(
      'mode "infer" needs data to infer from',
      { input: Inputs.Reference },
      (w) => `set ${w.flag(Inputs.Reference)} (or ${w.flag(Inputs.Data)}) to the dataset the contract should describe`,
    )
  }
  if (mode !== 'infer' && data.length === 0) {
    throw new ConfigurationError(
      (w) => `${w.input(Inputs.Data)} is required in mode "${mode}"`,
      { input: Inputs.Data },
      (w) => `set ${w.flag(Inputs.Data)} to the dataset path (CSV, JSONL or Parquet)`,
    )
  }
  if ((mode === 'infer' || mode === 'profile') && output === undefined) {
    throw new ConfigurationError(
      (w) => `mode "${mode}" writes a file, but ${w.input(Inputs.Output)} is empty`,
      { input: Inputs.Output },
      (w) =>
        `set ${w.flag(Inputs.Output)} to the path to write (${mode === 'infer' ? 'contracts/data.yml' : 'profile.json'})`,
    )
  }
  if (mode !== 'merge' && data.length > 1) {
    throw new ConfigurationError(
      (w) => `${w.input(Inputs.Data)} lists ${data.length} files; only mode "merge" takes several`,
      { input: Inputs.Data },
      (w) => `give one dataset, or use ${w.setting(Inputs.Mode, 'merge')} with profile files`,
    )
  }
  const contract = resolveOptionalInputPath(input.optional(Inputs.Contract), 'file', Inputs.Contract)
  const monitoring = readMonitoringInputs(input, reference !== undefined)
  switch (mode) {
    case 'infer':
      return { mode, contract, source: (reference ?? data[0]) as string, output: output as string, ...monitoring }
    case 'profile':
      return { mode, contract, data: data[0] as string, reference, output: output as string, ...monitoring }
    case 'merge':
      return { mode, contract, profiles: data, reference, ...monitoring }
    case 'validate':
      return { mode, contract, data: data[0] as string, reference, ...monitoring }
  }
}

/** Whether `path` is a directory (a downloaded artifact); stat opens nothing, so a FIFO does not block. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** ghcr.io accepts the workflow token (permissions: packages: read), as register-model uses it. */
function ghcrToken(input: InputReader, registry: string): string | undefined {
  return registry.startsWith('oci://ghcr.io') ? input.optional('github-token') : undefined
}

/** The monitoring inputs: the registry reference (exclusive with `reference`), the history file, prediction columns. */
function readMonitoringInputs(input: InputReader, referenceGiven: boolean): MonitoringInputs {
  const registry = input.optional(Inputs.ReferenceRegistry)
  const model = input.optional(Inputs.ReferenceModel)
  if (registry !== undefined && referenceGiven)
    throw new ConfigurationError(
      monitorMessages.referenceConflict(Inputs.Reference, Inputs.ReferenceRegistry),
      { input: Inputs.ReferenceRegistry },
      monitorMessages.referenceConflictHint(Inputs.Reference, Inputs.ReferenceRegistry, Inputs.ReferenceModel),
    )
  if (registry !== undefined && model === undefined)
    throw new ConfigurationError(
      monitorMessages.referenceNeedsModel(Inputs.ReferenceRegistry, Inputs.ReferenceModel),
      { input: Inputs.ReferenceModel },
      monitorMessages.referenceNeedsModelHint(Inputs.ReferenceModel),
    )
  const alias = input.optional(Inputs.ReferenceAlias) ?? 'champion'
  return {
    referenceRegistry:
      registry === undefined || model === undefined
        ? undefined
        : { registry, token: input.optional(Inputs.RegistryToken) ?? ghcrToken(input, registry), model, alias },
    historyFile: resolveOptionalInputPath(input.optional(Inputs.HistoryFile), 'output', Inputs.HistoryFile),
    predictionColumns:
      input.optional(Inputs.PredictionColumns) === undefined
        ? DEFAULT_PREDICTION_COLUMNS
        : input.list(Inputs.PredictionColumns),
  }
}
