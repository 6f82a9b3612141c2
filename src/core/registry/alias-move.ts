import { Outputs } from '../gate/action-outputs.js'
import type { Check } from '../gate/check.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { aliasMoved, promotedTitle, rolledBackTitle, rollbackReason } from './messages.js'

const Out = Outputs['register-model']

/** One alias move of register-model (promote or rollback): where the alias goes, from where, and why. */
export interface AliasMove {
  readonly model: string
  readonly alias: string
  /** The version the alias points at after the move (for a refused promotion: the one it would have). */
  readonly version: number
  readonly digest: string
  /** The version it pointed at before; undefined when the alias is new. */
  readonly previous: number | undefined
  /** The reason recorded in the alias history (see `moveReason`). */
  readonly reason: string | undefined
}

/**
 * The reason recorded for a move: the one given, else for a rollback `rollback from v<previous>`.
 * @example moveReason('rollback', undefined, 4) // => 'rollback from v4'
 * @example moveReason('promote', undefined, 4) // => undefined
 */
export function moveReason(
  mode: 'promote' | 'rollback',
  given: string | undefined,
  previous: number | undefined,
): string | undefined {
  return given ?? (mode === 'rollback' ? rollbackReason(previous) : undefined)
}

/**
 * The outputs of an alias move: the target version and digest, and the version the alias left.
 * @example aliasMoveOutputs({ model: 'churn', alias: 'champion', version: 2, digest: 'sha256:ab', previous: undefined, reason: undefined }) // => { version: '2', digest: 'sha256:ab' }
 */
export function aliasMoveOutputs(move: AliasMove): Record<string, string> {
  return {
    [Out.Version]: String(move.version),
    [Out.Digest]: move.digest,
    ...(move.previous === undefined ? {} : { [Out.PreviousVersion]: String(move.previous) }),
  }
}

/**
 * The outcome of a move that happened: the checks that allowed it (`before`), then a passing `<mode>.alias` check
 * that records from → to and why.
 * @example movedAliasOutcome('rollback', { model: 'churn', alias: 'champion', version: 1, digest: 'sha256:ab', previous: 2, reason: 'rollback from v2' }, []).title // => 'Rolled back churn: champion is now v1'
 */
export function movedAliasOutcome(
  mode: 'promote' | 'rollback',
  move: AliasMove,
  before: readonly Check[],
): GateOutcome {
  return {
    title:
      mode === 'rollback'
        ? rolledBackTitle(move.model, move.alias, move.version)
        : promotedTitle(move.model, move.alias, move.version),
    checks: [
      ...before,
      {
        id: `${mode}.alias`,
        status: 'pass',
        observed: move.version,
        message: aliasMoved(move.alias, move.model, move.previous, move.version, move.reason),
      },
    ],
    figures: [],
    outputs: aliasMoveOutputs(move),
  }
}
