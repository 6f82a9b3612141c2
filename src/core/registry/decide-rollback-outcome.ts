import type { GateOutcome } from '../gate/gate-outcome.js'
import { movedAliasOutcome, type AliasMove } from './alias-move.js'

/**
 * The outcome of rollback mode once the alias has moved back (to `rollbackTarget` of its history, or the version
 * given): one passing `rollback.alias` check. A rollback is never gated on reports: it restores what was live.
 * @example decideRollbackOutcome({ model: 'churn', alias: 'champion', version: 1, digest: 'sha256:ab', previous: 2, reason: 'rollback from v2' }).outputs // => { version: '1', digest: 'sha256:ab', 'previous-version': '2' }
 */
export function decideRollbackOutcome(move: AliasMove): GateOutcome {
  return movedAliasOutcome('rollback', move, [])
}
