import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../../src/core/errors.js'
import type { AliasMove } from '../../../../src/core/registry/alias-move.js'
import { moveReason } from '../../../../src/core/registry/alias-move.js'
import { decideAliasHistory } from '../../../../src/core/registry/decide-alias-history.js'
import { decideRegistration } from '../../../../src/core/registry/decide-registration.js'
import { decideRollbackOutcome } from '../../../../src/core/registry/decide-rollback-outcome.js'
import { decideVersionList } from '../../../../src/core/registry/decide-version-list.js'
import { decideVersionLookup } from '../../../../src/core/registry/decide-version-lookup.js'
import {
  noVersions,
  notADate,
  registeredTitle,
  rolledBackTitle,
  versionDownloaded,
  versionFound,
  versionStored,
  versionsListed,
} from '../../../../src/core/registry/messages.js'
import type { AliasEvent } from '../../../../src/core/registry/model-card.js'
import { parseAliasInstant } from '../../../../src/core/registry/parse-alias-instant.js'

const move: AliasMove = {
  model: 'churn',
  alias: 'champion',
  version: 2,
  digest: 'sha256:' + 'a'.repeat(64),
  previous: 1,
  reason: 'better AUC',
}

const version = (n: number, aliases: string[] = []) => ({
  name: 'churn',
  version: n,
  aliases,
  digest: `sha256:${String(n).repeat(64)}`,
  card: {
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'ci',
    reports: [{ gate: 'fairness-gate' as const, status: 'pass' as const }],
  },
})

describe('decideRegistration', () => {
  it('decideRegistration(stored) passes with the files table, the outputs and the promotion command', () => {
    const outcome = decideRegistration({
      name: 'churn',
      version: 3,
      digest: 'sha256:ab',
      files: [{ path: 'model.json', size: 12, sha256: 'c'.repeat(64) }],
      registry: 'file:/r',
      cardPath: '/w/card.json',
      promote: { repository: 'acme/churn', serverUrl: 'https://github.com', workflow: 'promote.yml' },
    })
    expect(outcome.title).toBe(registeredTitle('churn', 3, 'file:/r'))
    expect(outcome.checks).toEqual([
      { id: 'register.version', status: 'pass', observed: 3, message: versionStored('churn', 3, 1, 'sha256:ab') },
    ])
    expect(outcome.figures[0]).toMatchObject({ title: 'Files', rows: [['model.json', 12, 'c'.repeat(64)]] })
    expect(outcome.outputs).toEqual({ version: '3', digest: 'sha256:ab', 'model-card-path': '/w/card.json' })
    expect(outcome.summary).toContain(
      'gh workflow run promote.yml --repo acme/churn -f model=churn -f version=3 -f alias=champion',
    )
  })
  it('decideRegistration(stored) has no summary outside a repository', () => {
    const outcome = decideRegistration({
      name: 'churn',
      version: 1,
      digest: 'sha256:ab',
      files: [],
      registry: 'file:/r',
      cardPath: '/w/c.json',
    })
    expect(outcome.summary).toBeUndefined()
  })
})

describe('decideRollbackOutcome and moveReason', () => {
  it('decideRollbackOutcome(move) passes with the from → to move and the default reason', () => {
    const back = { ...move, version: 1, previous: 2, reason: moveReason('rollback', undefined, 2) }
    const outcome = decideRollbackOutcome(back)
    expect(outcome.title).toBe(rolledBackTitle('churn', 'champion', 1))
    expect(outcome.checks).toEqual([
      {
        id: 'rollback.alias',
        status: 'pass',
        observed: 1,
        message: 'champion of churn: v2 → v1 (rollback from v2)',
      },
    ])
    expect(outcome.outputs).toEqual({ version: '1', digest: move.digest, 'previous-version': '2' })
  })
  it('moveReason(mode, given, previous) keeps a given reason and has no default for a promotion', () => {
    expect(moveReason('rollback', 'bad canary', 2)).toBe('bad canary')
    expect(moveReason('promote', undefined, 2)).toBeUndefined()
    expect(moveReason('rollback', undefined, undefined)).toBe('rollback from v?')
  })
})

describe('decideVersionLookup and decideVersionList', () => {
  it('decideVersionLookup(ref, where) says whether the version was downloaded and verified', () => {
    const found = decideVersionLookup(version(2, ['champion']), { cardPath: '/w/c.json' })
    expect(found.title).toBe('churn v2 (champion)')
    expect(found.checks[0]).toEqual({
      id: 'get.version',
      status: 'pass',
      observed: 2,
      message: versionFound('churn', 2),
    })
    expect(found.outputs).toEqual({ version: '2', digest: version(2).digest, 'model-card-path': '/w/c.json' })
    expect(found.figures[0]).toMatchObject({
      title: 'Versions',
      rows: [[2, 'champion', '2026-01-01T00:00:00.000Z', 'ci', 'fairness-gate: pass', version(2).digest.slice(0, 19)]],
    })
    const downloaded = decideVersionLookup(version(2), { cardPath: '/w/c.json', downloadedTo: '/m' })
    expect(downloaded.title).toBe('churn v2')
    expect(downloaded.checks[0]?.message).toBe(versionDownloaded('churn', 2, '/m'))
  })
  it('decideVersionList(model, registry, refs) warns on no versions and outputs the latest', () => {
    const none = decideVersionList('churn', 'file:/r', [])
    expect(none.checks[0]).toEqual({ id: 'list.count', status: 'warn', observed: 0, message: noVersions('churn') })
    expect(none.outputs).toEqual({})
    const two = decideVersionList('churn', 'file:/r', [version(1), version(2)])
    expect(two.title).toBe('churn: 2 version(s) in file:/r')
    expect(two.checks[0]).toEqual({ id: 'list.count', status: 'pass', observed: 2, message: versionsListed(2, 2) })
    expect(two.outputs).toEqual({ version: '2', digest: version(2).digest })
  })
})

describe('decideAliasHistory and parseAliasInstant', () => {
  const history: AliasEvent[] = [
    { alias: 'champion', to: 1, at: '2026-03-01T00:00:00.000Z', by: 'alice', reason: 'first' },
    { alias: 'champion', from: 1, to: 2, at: '2026-04-01T00:00:00.000Z', by: 'bob', reason: 'hotfix', forced: true },
    { alias: 'champion', from: 2, to: 1, at: '2026-05-01T00:00:00.000Z', by: 'bob', reason: 'rollback from v2' },
  ]
  const at = (text: string) =>
    decideAliasHistory('churn', 'champion', history, { text, instant: parseAliasInstant(text) })

  it('decideAliasHistory(…, undefined) counts the moves, tables them and outputs the current version', () => {
    const outcome = decideAliasHistory('churn', 'champion', history, undefined)
    expect(outcome.title).toBe('churn champion: 3 move(s)')
    expect(outcome.checks[0]).toMatchObject({ id: 'history.moves', status: 'pass', observed: 3 })
    expect(outcome.outputs).toEqual({ version: '1' })
    const table = outcome.figures[0]
    expect(table?.kind === 'table' ? table.rows.map((row) => [row[1], row[2], row[5]]) : []).toEqual([
      [null, 1, false],
      [1, 2, true],
      [2, 1, false],
    ])
    expect(decideAliasHistory('churn', 'champion', [], undefined).checks[0]?.status).toBe('warn')
  })
  it('decideAliasHistory(…, at) answers the version on a date; a bare date is the end of that day (UTC)', () => {
    // The move at 2026-04-01T00:00Z counts on 2026-04-01, not on 2026-03-31.
    expect(at('2026-03-31').outputs).toEqual({ version: '1' })
    expect(at('2026-04-01').outputs).toEqual({ version: '2' })
    expect(at('2026-04-15').outputs).toEqual({ version: '2' })
    expect(at('2026-04-15').title).toBe('champion of churn was v2 on 2026-04-15')
    const before = at('2026-02-28')
    expect(before.outputs).toEqual({})
    expect(before.title).toBe('champion of churn pointed at no version on 2026-02-28')
    expect(before.checks[0]).toEqual({
      id: 'history.at',
      status: 'warn',
      observed: null,
      message: 'no champion at 2026-02-28T23:59:59.999Z',
    })
  })
  it('parseAliasInstant(text) throws a ConfigurationError naming the input for a text that is not a date', () => {
    expect(parseAliasInstant('2026-03-01T12:00:00Z').toISOString()).toBe('2026-03-01T12:00:00.000Z')
    expect(() => parseAliasInstant('yesterday')).toThrow(ConfigurationError)
    expect(() => parseAliasInstant('yesterday')).toThrow(notADate('yesterday'))
  })
})
