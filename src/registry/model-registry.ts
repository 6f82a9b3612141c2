import type { GateReport } from '../core/gate/gate-report.js'
import type { Logger } from '../core/logger.js'

/**
 * The model registry contract shared by every backend (file, oci, mlflow) and every action that reads
 * or moves models (evaluate-vs-champion, register-model, canary-deploy). Versions are immutable;
 * aliases are movable pointers whose every move is recorded in an audit trail.
 */

/** One file of a model version, relative to the model directory (POSIX separators). */
export interface ModelFile {
  readonly path: string
  readonly sha256: string
  readonly size: number
}

/** Where a model came from (train-on-runner writes this as `lineage.json`). */
export interface ModelLineage {
  readonly repository?: string
  readonly commit?: string
  readonly runUrl?: string
  /** Data file name (or role, e.g. `train`) → sha256. */
  readonly dataHashes?: Readonly<Record<string, string>>
  readonly params?: Readonly<Record<string, unknown>>
  /** Runner OS, Node/Python versions, packages, GPU… free-form but JSON. */
  readonly environment?: Readonly<Record<string, unknown>>
}

/**
 * Stored evaluation of this version, so evaluate-vs-champion can reuse the champion's predictions
 * instead of re-running it when the evaluation data is the same (same sha256).
 */
export interface ModelEvaluation {
  /** sha256 of the evaluation data file the predictions were made on. */
  readonly dataSha256: string
  /** Path of the predictions file inside the model version (one of `files[].path`). */
  readonly predictionsFile: string
}

/** One move of an alias: the audit record. */
export interface AliasEvent {
  readonly alias: string
  /** Version the alias pointed at before, undefined when it was new. */
  readonly from?: number
  /** Version the alias points at after; undefined when the alias was deleted. */
  readonly to?: number
  readonly at: string
  readonly by: string
  readonly reason?: string
  readonly runUrl?: string
  /** Promotion forced past failing gate reports. */
  readonly forced?: boolean
}

/** What the caller supplies for the audit record of an alias move (`alias`, `from`, `to` are filled in). */
export interface AuditEvent {
  /** ISO 8601 time; default now. */
  readonly at?: string
  readonly by: string
  readonly reason?: string
  readonly runUrl?: string
  readonly forced?: boolean
}

/** The model card (schemas/model-card.schema.json): everything known about one version. */
export interface ModelCard {
  readonly schemaVersion: 1
  readonly name: string
  /** Assigned by the registry at registration (1, 2, 3, …). */
  readonly version: number
  readonly files: readonly ModelFile[]
  readonly metrics: Readonly<Record<string, number>>
  /** The gate reports of the run that produced the model (validate-data, evaluate, fairness…). */
  readonly reports: readonly GateReport[]
  readonly lineage: ModelLineage
  readonly evaluation?: ModelEvaluation
  readonly createdBy: string
  readonly createdAt: string
  readonly description?: string
  readonly tags?: Readonly<Record<string, string>>
}

/** A card before registration: the registry fills in `version` (and checks `files`). */
export type ModelCardDraft = Omit<ModelCard, 'version'>

/** A resolved version. `digest` identifies the stored content (the OCI manifest digest, or the sha256 of the canonical card). */
export interface ModelVersionRef {
  readonly name: string
  readonly version: number
  readonly digest: string
  readonly card: ModelCard
  /** Aliases pointing at this version when it was read. */
  readonly aliases: readonly string[]
}

export type VersionSelector = { readonly version: number } | { readonly alias: string }

export interface RegisterRequest {
  readonly name: string
  /** Directory whose files (recursively) become the version's files. */
  readonly modelDir: string
  readonly card: ModelCardDraft
  /** Ask for a specific version; refused with VersionExistsError when it exists. Default: next free. */
  readonly version?: number
}

export interface ModelRegistry {
  /** Human description for logs, without credentials: `file:/abs/path`, `oci://ghcr.io/acme`. */
  readonly description: string
  /** Stores a new immutable version. @throws VersionExistsError, ServiceError */
  register(request: RegisterRequest): Promise<ModelVersionRef>
  /** @throws NotFoundError when the version or alias does not exist. */
  get(name: string, selector: VersionSelector): Promise<ModelVersionRef>
  /** Versions in ascending order; [] for an unknown name. */
  list(name: string): Promise<readonly ModelVersionRef[]>
  /** Current alias → version map of a model. */
  aliases(name: string): Promise<Readonly<Record<string, number>>>
  /**
   * Writes every file of the version into `dir` and verifies size and sha256 of each.
   * @throws DigestMismatchError (nothing partial is left behind under `dir` for that file)
   */
  download(ref: ModelVersionRef, dir: string): Promise<void>
  /** Points `alias` at `version` and appends the move to the alias history. @throws NotFoundError */
  setAlias(name: string, alias: string, version: number, audit: AuditEvent): Promise<AliasEvent>
  /** Every move of `alias`, oldest first. */
  aliasHistory(name: string, alias: string): Promise<readonly AliasEvent[]>
}

export interface RegistryOptions {
  readonly token?: string
  readonly logger: Logger
  /** Default owner for `oci://` without a namespace in Actions (GITHUB_REPOSITORY_OWNER). */
  readonly signal?: AbortSignal
}
