/**
 * The lineage record train-on-runner writes (`lineage-path` output) and register-model stores beside the model.
 * JSON, schemaVersion 1. Unknown values are null, never omitted, so a reader can tell "not known" from "absent".
 */
export interface LineageRecord {
  readonly schemaVersion: 1
  readonly kind: 'modelgate.train-lineage'
  /** The commit the training ran at (GITHUB_SHA / PR head; off a runner `git rev-parse HEAD`), null outside a repository. */
  readonly commit: string | null
  /** Off a runner: whether tracked files had uncommitted changes (the commit alone does not describe the code); null when unknown. */
  readonly commitDirty: boolean | null
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
  /**
   * The program the command ran: argv[0] resolved against the PATH the command got (not whatever `python3` is on
   * PATH), and its `--version` for known interpreters (never for an unknown program: that could run it).
   */
  readonly interpreter: { readonly argv0: string; readonly path: string | null; readonly version: string | null }
  /** Tool name → version, e.g. { node: 'v20.19.0', python: 'Python 3.11.2' } (python: the interpreter's when it is one). */
  readonly tools: Readonly<Record<string, string>>
  /**
   * What the environment had installed, where cheap to tell: the sha256 of each dependency lockfile in the working
   * directory, and `pip list` of the interpreter when it is Python (null otherwise or when pip is not there).
   */
  readonly packages: {
    readonly lockfiles: readonly { readonly path: string; readonly sha256: string }[]
    readonly python: Readonly<Record<string, string>> | null
  }
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
    /** The model digest of the files kept (src/core/evidence/model-digest.ts): what register-model will record. */
    readonly digest: string | null
    readonly artifactName: string | null
    readonly artifactId: number | null
    readonly localCopy: string | null
  }
  readonly cache: { readonly key: string | null; readonly hit: boolean | null }
}
