/**
 * The lineage record train-on-runner writes (`lineage-path` output) and register-model stores beside the model.
 * JSON, schemaVersion 1. Unknown values are null, never omitted, so a reader can tell "not known" from "absent".
 */
export interface LineageRecord {
  readonly schemaVersion: 1
  readonly kind: 'modelgate.train-lineage'
  /** The commit the training ran at (GITHUB_SHA / PR head), null outside a repository. */
  readonly commit: string | null
  readonly repository: string | null
  /** URL of the workflow run, null outside a runner. */
  readonly runUrl: string | null
  /** The argument list exactly as executed. */
  readonly command: readonly string[]
  readonly workingDirectory: string
  /** The `params` input as given (hyperparameters). */
  readonly params: Readonly<Record<string, unknown>>
  /** sha256 (hex) of each declared data file, streamed. */
  readonly dataFiles: readonly { readonly path: string; readonly sha256: string; readonly bytes: number }[]
  readonly runner: {
    readonly name: string | null
    readonly os: string | null
    readonly arch: string | null
    /** From the `runner-labels` input (the runner does not expose its labels to steps). */
    readonly labels: readonly string[]
  }
  readonly gpus: readonly { readonly index: number; readonly name: string; readonly memoryTotalMiB: number }[]
  readonly driverVersion: string | null
  readonly cudaVersion: string | null
  /** Tool name → version, e.g. { node: 'v20.19.0', python: 'Python 3.11.2' }. */
  readonly tools: Readonly<Record<string, string>>
  readonly startedAt: string
  readonly finishedAt: string
  readonly durationMs: number
  readonly exitCode: number | null
  readonly signal: string | null
  readonly timedOut: boolean
  readonly cancelled: boolean
  readonly metrics: Readonly<Record<string, number>>
  /** Where the model went: an artifact in the workflow run, or a local folder (CLI, tests). */
  readonly model: {
    readonly path: string | null
    readonly artifactName: string | null
    readonly artifactId: number | null
    readonly localCopy: string | null
  }
  readonly cache: { readonly key: string | null; readonly hit: boolean | null }
}
