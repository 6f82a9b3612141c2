import type { InputReader } from '../github/input-reader.js'
import { ConfigurationError } from '../core/errors.js'
import { resolveInputPaths, resolveOptionalInputPath } from '../io/paths/index.js'

export const Inputs = {
  Data: 'data',
  Reference: 'reference',
  Contract: 'contract',
  Mode: 'mode',
  Output: 'output',
} as const

export const MODES = ['validate', 'infer', 'profile', 'merge'] as const
export type Mode = (typeof MODES)[number]

/** The inputs, parsed, by mode: each mode carries exactly the paths it uses (paths as the user gave them). */
export type ValidateDataInputs = {
  /** Contract file; read in every mode (mode infer ignores it, but a broken one is still reported). */
  readonly contract: string | undefined
} & (
  | { readonly mode: 'validate'; readonly data: string; readonly reference: string | undefined }
  | { readonly mode: 'profile'; readonly data: string; readonly reference: string | undefined; readonly output: string }
  | { readonly mode: 'merge'; readonly profiles: readonly string[]; readonly reference: string | undefined }
  | { readonly mode: 'infer'; readonly source: string; readonly output: string }
)

/** Parses the inputs once, strictly (R9); a missing or contradictory input is a ConfigurationError naming it. */
export function readInputs(input: InputReader): ValidateDataInputs {
  const mode = input.choice(Inputs.Mode, MODES, 'validate')
  const data = resolveInputPaths(input.list(Inputs.Data), 'file', Inputs.Data)
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
      'give one dataset, or use mode: merge with profile files',
    )
  }
  const contract = resolveOptionalInputPath(input.optional(Inputs.Contract), 'file', Inputs.Contract)
  switch (mode) {
    case 'infer':
      return { mode, contract, source: (reference ?? data[0]) as string, output: output as string }
    case 'profile':
      return { mode, contract, data: data[0] as string, reference, output: output as string }
    case 'merge':
      return { mode, contract, profiles: data, reference }
    case 'validate':
      return { mode, contract, data: data[0] as string, reference }
  }
}
