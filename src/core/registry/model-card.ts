import type { ScanRecord } from '../governance/scan-record.js'
import type { ExplanationRecord } from '../governance/explanation.js'
import type { DsseEnvelope } from '../evidence/dsse-envelope.js'
import type { GateReport } from '../gate/gate-report.js'

/** The model card and alias audit types (schemas/model-card.schema.json), shared by the registry backends and core. */

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

/** One file a reference profile was read from. */
export interface ReferenceSource {
  /** The profile file's path as register-model was given it. */
  readonly path: string
  /** sha256 (hex) of that file. */
  readonly sha256: string
}

/**
 * What this version was trained on (and, optionally, its scores on the evaluation data), as validate-data profiled
 * it: the reference that monitoring (validate-data `reference-registry`) measures production drift against.
 */
export interface ModelReference {
  /** The merged column profiles, in the JSON form of a profile file's `columns` (schemas/profile.schema.json). */
  readonly columns: readonly Readonly<Record<string, unknown>>[]
  /** The profile files merged, in the order given. */
  readonly sources: readonly ReferenceSource[]
  /** When it was stored (ISO 8601). */
  readonly createdAt: string
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
  /** Check ids of the `warn` reports the alias accepted for this move. */
  readonly warnings?: readonly string[]
}

/** What the caller supplies for the audit record of an alias move (`alias`, `from`, `to` are filled in). */
export interface AuditEvent {
  /** ISO 8601 time; default now. */
  readonly at?: string
  readonly by: string
  readonly reason?: string
  readonly runUrl?: string
  readonly forced?: boolean
  readonly warnings?: readonly string[]
}

/** A stored report's DSSE envelope, as the gate wrote it beside its report (docs/security/evidence.md). */
export interface SignedReport {
  /** Index into the card's `reports`. */
  readonly report: number
  readonly envelope: DsseEnvelope
}

/** The model card (schemas/model-card.schema.json): everything known about one version. */
export interface ModelCard {
  readonly schemaVersion: 1
  readonly name: string
  /** Assigned by the registry at registration (1, 2, 3, …). */
  readonly version: number
  readonly files: readonly ModelFile[]
  /**
   * The version's evaluation metrics (register-model's `metrics` file, e.g. evaluate-vs-champion's metrics output):
   * what the champion scored when it was gated, and what performance monitoring compares later figures with.
   */
  readonly metrics: Readonly<Record<string, number>>
  /** The gate reports of the run that produced the model (validate-data, evaluate, fairness…). */
  readonly reports: readonly GateReport[]
  /**
   * The model digest of `files` (src/core/evidence/model-digest.ts), recorded at registration; the same value on
   * every backend, and what a report's `subject.modelDigest` and a signed statement's subject name.
   */
  readonly modelDigest?: string
  /** The signed form (DSSE envelope over an in-toto Statement) of stored reports, by index into `reports`. */
  readonly signedReports?: readonly SignedReport[]
  readonly lineage: ModelLineage
  readonly evaluation?: ModelEvaluation
  /** The training data's profile (and the evaluation scores'), for drift monitoring against this version. */
  readonly reference?: ModelReference
  /** The scan results judged at registration (scan-results): per file its digest, scanners and counts per severity. */
  readonly scans?: readonly ScanRecord[]
  /** The explanation given at registration (register-model's explanation input): importances per feature. */
  readonly explanation?: ExplanationRecord
  readonly createdBy: string
  readonly createdAt: string
  readonly description?: string
  readonly tags?: Readonly<Record<string, string>>
}

/** A card before registration: the registry fills in `version` (and checks `files`). */
export type ModelCardDraft = Omit<ModelCard, 'version'>
