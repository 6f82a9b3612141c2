import { Outputs } from '../gate/action-outputs.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { registeredTitle, versionStored } from './messages.js'
import type { ModelFile } from './model-card.js'
import { promotionCommand } from './promotion-command.js'

const Out = Outputs['register-model']

/** What register mode stored: the new version, where, and where its card was written. */
export interface Registration {
  readonly name: string
  readonly version: number
  readonly digest: string
  readonly files: readonly ModelFile[]
  /** The registry's description (no credentials). */
  readonly registry: string
  readonly cardPath: string
  /** Where the promotion workflow lives; without it (outside a repository) the summary has no command. */
  readonly promote?: { readonly repository: string; readonly serverUrl: string; readonly workflow: string }
}

/**
 * The outcome of register mode: one passing `register.version` check, the files table, and the promotion command
 * to run next as the summary.
 * @example decideRegistration({ name: 'churn', version: 3, digest: 'sha256:ab', files: [], registry: 'file:/r', cardPath: '/w/c.json' }).title // => 'Registered churn v3 in file:/r'
 */
export function decideRegistration(stored: Registration): GateOutcome {
  const command =
    stored.promote === undefined
      ? undefined
      : promotionCommand({
          repository: stored.promote.repository,
          serverUrl: stored.promote.serverUrl,
          workflow: stored.promote.workflow,
          model: stored.name,
          version: stored.version,
        })
  return {
    title: registeredTitle(stored.name, stored.version, stored.registry),
    checks: [
      {
        id: 'register.version',
        status: 'pass',
        observed: stored.version,
        message: versionStored(stored.name, stored.version, stored.files.length, stored.digest),
      },
    ],
    figures: [
      {
        kind: 'table',
        title: 'Files',
        columns: ['path', 'bytes', 'sha256'],
        rows: stored.files.map((file) => [file.path, file.size, file.sha256]),
      },
    ],
    ...(command === undefined ? {} : { summary: command.markdown }),
    outputs: {
      [Out.Version]: String(stored.version),
      [Out.Digest]: stored.digest,
      [Out.ModelCardPath]: stored.cardPath,
    },
  }
}
