import type { AliasEvent, AuditEvent, ModelCard, ModelCardDraft } from '../core/registry/model-card.js'
import type { Logger } from '../core/logger.js'

export type {
  AliasEvent,
  AuditEvent,
  ModelCard,
  ModelCardDraft,
  ModelEvaluation,
  ModelFile,
  ModelLineage,
} from '../core/registry/model-card.js'

/**
 * The model registry contract shared by every backend (file, oci, mlflow) and every action that reads
 * or moves models (evaluate-vs-champion, register-model, canary-deploy). Versions are immutable;
 * aliases are movable pointers whose every move is recorded in an audit trail.
 */

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
  /** A token, or `user:password`. Masked with logger.setSecret as soon as the registry is opened. */
  readonly token?: string
  /** User name for basic auth and token exchange when `token` has no `user:` part (GitHub: the actor). */
  readonly username?: string
  readonly logger: Logger
  /** Aborts long transfers when the job is cancelled. */
  readonly signal?: AbortSignal
  /** Extra fetch implementation for tests; default globalThis.fetch. */
  readonly fetch?: typeof fetch
}
