import { Outputs } from '../gate/action-outputs.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { noVersions, versionsListed, versionsTitle } from './messages.js'
import { versionTable, type VersionSummary } from './version-table.js'

const Out = Outputs['register-model']

/**
 * The outcome of list mode: `list.count` is `warn` when the model has no versions (nothing to promote), each record
 * the registry skipped as damaged is a `warn` check with the registry's message, and the latest version is the output.
 * @example decideVersionList('churn', 'file:/r', []).checks[0]?.status // => 'warn'
 */
export function decideVersionList(
  model: string,
  registry: string,
  refs: readonly VersionSummary[],
  skipped: readonly string[] = [],
): GateOutcome {
  const latest = refs[refs.length - 1]
  return {
    title: versionsTitle(model, refs.length, registry),
    checks: [
      {
        id: 'list.count',
        status: latest === undefined ? 'warn' : 'pass',
        observed: refs.length,
        message: latest === undefined ? noVersions(model) : versionsListed(refs.length, latest.version),
      },
      // A damaged record the registry skipped is named in the report, not only in the log.
      ...skipped.map((message, i) => ({
        id: `list.skipped.${i + 1}`,
        status: 'warn' as const,
        observed: null,
        message,
      })),
    ],
    figures: [versionTable(refs)],
    outputs: latest === undefined ? {} : { [Out.Version]: String(latest.version), [Out.Digest]: latest.digest },
  }
}
