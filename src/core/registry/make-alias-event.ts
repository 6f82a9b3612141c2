import type { AliasEvent, AuditEvent } from './model-card.js'

/**
 * The audit record of one alias move, the same for every backend: optional fields are left out rather than
 * written as undefined, so records compare and serialise identically.
 * @example makeAliasEvent('champion', 3, 4, { by: 'octocat' }, '2026-11-23T10:00:00.000Z') // => { alias: 'champion', from: 3, to: 4, at: '2026-11-23T10:00:00.000Z', by: 'octocat' }
 */
export function makeAliasEvent(
  alias: string,
  from: number | undefined,
  to: number,
  audit: AuditEvent,
  now: string,
): AliasEvent {
  return {
    alias,
    ...(from === undefined ? {} : { from }),
    to,
    at: audit.at ?? now,
    by: audit.by,
    ...(audit.reason === undefined ? {} : { reason: audit.reason }),
    ...(audit.runUrl === undefined ? {} : { runUrl: audit.runUrl }),
    ...(audit.forced === true ? { forced: true } : {}),
    ...(audit.warnings === undefined || audit.warnings.length === 0 ? {} : { warnings: audit.warnings }),
  }
}
