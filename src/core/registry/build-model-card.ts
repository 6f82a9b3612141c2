import type { ScanRecord } from '../governance/scan-record.js'
import type { ExplanationRecord } from '../governance/explanation.js'
import type { GateReport } from '../gate/gate-report.js'
import type {
  ModelCardDraft,
  ModelEvaluation,
  ModelFile,
  ModelLineage,
  ModelReference,
  SignedReport,
} from './model-card.js'

export interface ModelCardInput {
  readonly name: string
  readonly files: readonly ModelFile[]
  readonly metrics?: Readonly<Record<string, number>>
  readonly reports?: readonly GateReport[]
  readonly modelDigest?: string
  readonly signedReports?: readonly SignedReport[]
  readonly lineage?: ModelLineage
  readonly evaluation?: ModelEvaluation
  readonly reference?: ModelReference
  readonly scans?: readonly ScanRecord[]
  readonly explanation?: ExplanationRecord
  readonly createdBy: string
  readonly createdAt: Date
  readonly description?: string
}

/**
 * Builds the model card draft (everything but the version, which the registry assigns), files sorted by path
 * so the card is canonical.
 * @example buildModelCard({ name: 'churn', files: [], createdBy: 'ci', createdAt: new Date(0) }).createdAt // => '1970-01-01T00:00:00.000Z'
 */
export function buildModelCard(input: ModelCardInput): ModelCardDraft {
  return {
    schemaVersion: 1,
    name: input.name,
    files: [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    metrics: input.metrics ?? {},
    reports: input.reports ?? [],
    ...(input.modelDigest === undefined ? {} : { modelDigest: input.modelDigest }),
    ...(input.signedReports === undefined || input.signedReports.length === 0
      ? {}
      : { signedReports: input.signedReports }),
    lineage: input.lineage ?? {},
    ...(input.evaluation === undefined ? {} : { evaluation: input.evaluation }),
    ...(input.reference === undefined ? {} : { reference: input.reference }),
    ...(input.scans === undefined || input.scans.length === 0 ? {} : { scans: input.scans }),
    ...(input.explanation === undefined ? {} : { explanation: input.explanation }),
    createdBy: input.createdBy,
    createdAt: input.createdAt.toISOString(),
    ...(input.description === undefined ? {} : { description: input.description }),
  }
}
