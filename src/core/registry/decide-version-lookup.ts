import { Outputs } from '../gate/action-outputs.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { versionDownloaded, versionFound, versionTitle } from './messages.js'
import { versionTable, type VersionSummary } from './version-table.js'

const Out = Outputs['register-model']

/**
 * The outcome of get mode: the version found (and where it was downloaded, every file verified), its row of the
 * versions table, and its version, digest and card path as outputs.
 * @example decideVersionLookup({ name: 'churn', version: 2, aliases: ['champion'], digest: 'sha256:ab', card: { createdAt: 't', createdBy: 'ci', reports: [] } }, { cardPath: '/w/c.json' }).title // => 'churn v2 (champion)'
 */
export function decideVersionLookup(
  ref: VersionSummary & { readonly name: string },
  where: { readonly cardPath: string; readonly downloadedTo?: string },
): GateOutcome {
  return {
    title: versionTitle(ref.name, ref.version, ref.aliases),
    checks: [
      {
        id: 'get.version',
        status: 'pass',
        observed: ref.version,
        message:
          where.downloadedTo === undefined
            ? versionFound(ref.name, ref.version)
            : versionDownloaded(ref.name, ref.version, where.downloadedTo),
      },
    ],
    figures: [versionTable([ref])],
    outputs: { [Out.Version]: String(ref.version), [Out.Digest]: ref.digest, [Out.ModelCardPath]: where.cardPath },
  }
}
