import { describe, expect, it } from 'vitest'
import { makeAliasEvent } from '../../../../src/core/registry/make-alias-event.js'

describe('makeAliasEvent', () => {
  it('makeAliasEvent leaves out absent fields and takes `now` only when the audit has no time', () => {
    expect(makeAliasEvent('champion', undefined, 1, { by: 'octocat' }, '2026-11-23T10:00:00.000Z')).toEqual({
      alias: 'champion',
      to: 1,
      at: '2026-11-23T10:00:00.000Z',
      by: 'octocat',
    })
    expect(
      makeAliasEvent(
        'champion',
        3,
        4,
        { by: 'a', at: '2026-01-01T00:00:00.000Z', reason: 'r', runUrl: 'u', forced: true },
        'ignored',
      ),
    ).toEqual({
      alias: 'champion',
      from: 3,
      to: 4,
      at: '2026-01-01T00:00:00.000Z',
      by: 'a',
      reason: 'r',
      runUrl: 'u',
      forced: true,
    })
  })
  it('makeAliasEvent records forced only when true', () => {
    expect('forced' in makeAliasEvent('a', 1, 2, { by: 'x', forced: false }, 'now')).toBe(false)
  })
})
