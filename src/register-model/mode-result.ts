import type { GateOutcome } from '../core/gate/gate-outcome.js'

/** What a mode returns: the outcome decided in core, and the version the report is about (when there is one). */
export interface ModeResult {
  readonly outcome: GateOutcome
  readonly version?: number
  /** The model digest of that version, when the mode read its files (register). */
  readonly modelDigest?: string
}
