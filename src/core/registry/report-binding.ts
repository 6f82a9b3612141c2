import { modelDigest } from '../evidence/model-digest.js'
import type { GateReport } from '../gate/gate-report.js'
import type { ModelEvaluation, ModelFile, ModelLineage } from './model-card.js'
import {
  reportAboutAnotherModel,
  reportAboutOtherPredictions,
  reportAtAnotherCommit,
  reportUnbound,
} from './messages.js'

/** What identifies one model version, for binding reports to it: its model digest, its files' and lineage digests, its commit. */
export interface VersionIdentity {
  readonly model: string
  /** Undefined before registration (the registry assigns it). */
  readonly version?: number
  /** `modelDigest(card.files)`. */
  readonly modelDigest: string
  /**
   * The model as trained: the digest of the version's files without the evaluation predictions stored beside them
   * (`evaluation.predictionsFile`, written after training). What train-on-runner's report names, since it judged
   * the model folder before the predictions were added. Undefined when the version stores no such file.
   */
  readonly trainedModelDigest?: string
  /** sha256 (hex) of every file of the version (a predictions file inside model-path is one of them). */
  readonly fileHashes: readonly string[]
  /** sha256 (hex) of the data the version records: its lineage's `dataHashes` and its evaluation data. */
  readonly lineageHashes: readonly string[]
  /** The commit the version was built from (lineage.commit). */
  readonly commit?: string
  /** The model digest the card recorded at registration, when it did; must equal `modelDigest`. */
  readonly recordedModelDigest?: string
}

/**
 * The data digests a lineage records: its `dataHashes`, and the `dataFiles` of train-on-runner's lineage record
 * (the card keeps the lineage file as written, so its shape is checked here, not assumed).
 * @example lineageDataHashes({ dataHashes: { train: 'ab' } }) // => ['ab']
 */
export function lineageDataHashes(lineage: ModelLineage): string[] {
  const record = lineage as ModelLineage & { readonly dataFiles?: unknown }
  const files = Array.isArray(record.dataFiles) ? (record.dataFiles as unknown[]) : []
  const fromFiles = files
    .map((file) => (typeof file === 'object' && file !== null ? (file as { sha256?: unknown }).sha256 : undefined))
    .filter((sha256): sha256 is string => typeof sha256 === 'string')
  return [...Object.values(lineage.dataHashes ?? {}).filter((v) => typeof v === 'string'), ...fromFiles]
}

/**
 * The identity of a version from its files and lineage (before registration) or its card (after).
 * @throws {RangeError} when there is no file (modelDigest)
 * @example versionIdentity({ name: 'churn', files: [{ path: 'm', size: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }], lineage: { commit: 'abc' } }).commit // => 'abc'
 */
export function versionIdentity(card: {
  readonly name: string
  readonly version?: number
  readonly files: readonly ModelFile[]
  readonly lineage: ModelLineage
  readonly evaluation?: ModelEvaluation
  readonly modelDigest?: string
}): VersionIdentity {
  const predictionsFile = card.evaluation?.predictionsFile
  const trained = card.files.filter((file) => file.path !== predictionsFile)
  return {
    model: card.name,
    ...(card.version === undefined ? {} : { version: card.version }),
    modelDigest: modelDigest(card.files),
    ...(trained.length > 0 && trained.length < card.files.length ? { trainedModelDigest: modelDigest(trained) } : {}),
    fileHashes: card.files.map((file) => file.sha256),
    lineageHashes: [
      ...lineageDataHashes(card.lineage),
      ...(card.evaluation === undefined ? [] : [card.evaluation.dataSha256]),
    ],
    ...(typeof card.lineage.commit === 'string' && card.lineage.commit !== '' ? { commit: card.lineage.commit } : {}),
    ...(card.modelDigest === undefined ? {} : { recordedModelDigest: card.modelDigest }),
  }
}

/**
 * Why `report` is not about the version `identity` names (undefined when it is). A report is bound by what it
 * judged: the same model digest (or the digest of the model as trained, before its evaluation predictions were
 * stored with it); or, for a gate that judged predictions, every predictions file among the
 * version's files or lineage; or, for a gate that judged only data, the version's commit or data the version
 * records (lineage, evaluation data). Where both record a commit, they must be the same.
 * @example reportBindingProblem('stored report 1 (validate-data)', { schemaVersion: 1, gate: 'validate-data', status: 'pass', title: 't', checks: [], figures: [], subject: { commit: 'abc' }, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 0 }, { model: 'churn', modelDigest: 'sha256:00', fileHashes: [], lineageHashes: [], commit: 'abc' }) // => undefined
 */
export function reportBindingProblem(label: string, report: GateReport, identity: VersionIdentity): string | undefined {
  const subject = report.subject
  if (subject.commit !== undefined && identity.commit !== undefined && subject.commit !== identity.commit)
    return reportAtAnotherCommit(label, subject.commit, identity.commit)
  if (subject.modelDigest !== undefined)
    return subject.modelDigest === identity.modelDigest || subject.modelDigest === identity.trainedModelDigest
      ? undefined
      : reportAboutAnotherModel(label, subject.modelDigest, identity.model, identity.version, identity.modelDigest)
  const predictions = Object.entries(subject.predictions ?? {})
  if (predictions.length > 0) {
    const known = new Set([...identity.fileHashes, ...identity.lineageHashes])
    const unknown = predictions.find(([, sha256]) => !known.has(sha256))
    return unknown === undefined
      ? undefined
      : reportAboutOtherPredictions(
          label,
          unknown[0],
          unknown[1],
          identity.model,
          identity.version,
          identity.modelDigest,
        )
  }
  // A gate that judged only data: bound by the version's commit, or by data the version records (its training
  // data in the lineage, its evaluation data).
  if (subject.commit !== undefined && identity.commit !== undefined) return undefined
  const known = new Set(identity.lineageHashes)
  if (Object.values(subject.dataHashes ?? {}).some((sha256) => known.has(sha256))) return undefined
  return reportUnbound(label, identity.commit)
}
