import type { Figure } from '../gate/figure.js'
import type { GateReport } from '../gate/gate-report.js'
import type { ModelCard } from './model-card.js'

/** What a version listing shows of one stored version (a registry's ModelVersionRef has these fields). */
export interface VersionSummary {
  readonly version: number
  readonly aliases: readonly string[]
  readonly digest: string
  readonly card: Pick<ModelCard, 'createdAt' | 'createdBy'> & {
    readonly reports: readonly Pick<GateReport, 'gate' | 'status'>[]
  }
}

/**
 * The "Versions" table of register-model's get and list modes: one row per version, with its aliases, who made
 * it, the status of each stored gate report and the short digest.
 * @example versionTable([]).rows // => []
 */
export function versionTable(refs: readonly VersionSummary[]): Figure {
  return {
    kind: 'table',
    title: 'Versions',
    columns: ['version', 'aliases', 'created', 'by', 'reports', 'digest'],
    rows: refs.map((ref) => [
      ref.version,
      ref.aliases.join(', '),
      ref.card.createdAt,
      ref.card.createdBy,
      ref.card.reports.map((report) => `${report.gate}: ${report.status}`).join(', '),
      ref.digest.slice(0, 19),
    ]),
  }
}
