import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aliasAt } from '../../../../src/core/registry/alias-at.js'
import { checkAliasProtection } from '../../../../src/core/registry/check-alias-protection.js'
import { protectedAlias } from '../../../../src/core/registry/messages.js'
import type { AliasEvent } from '../../../../src/core/registry/model-card.js'
import { promotionCommand } from '../../../../src/core/registry/promotion-command.js'
import { resolveRegisterPolicy } from '../../../../src/core/registry/resolve-register-policy.js'
import { rollbackTarget } from '../../../../src/core/registry/rollback-target.js'
import { validateRegistryName } from '../../../../src/core/registry/validate-registry-names.js'
import { spawnSync } from 'node:child_process'
import { schemaProblems } from '../../../../src/io/schema-validator.js'

const event = (to: number | undefined, at: string, from?: number): AliasEvent => ({
  alias: 'champion',
  ...(from === undefined ? {} : { from }),
  ...(to === undefined ? {} : { to }),
  at,
  by: 'a',
})

describe('aliasAt', () => {
  const history = [
    event(1, '2026-01-01T00:00:00Z'),
    event(2, '2026-02-01T00:00:00Z', 1),
    event(1, '2026-03-01T00:00:00Z', 2),
  ]
  it('answers which version an alias named on a date', () => {
    expect(aliasAt(history, new Date('2025-12-31T23:59:59Z'))).toBeUndefined()
    expect(aliasAt(history, new Date('2026-01-01T00:00:00Z'))).toBe(1)
    expect(aliasAt(history, new Date('2026-02-15T00:00:00Z'))).toBe(2)
    expect(aliasAt(history, new Date('2027-01-01T00:00:00Z'))).toBe(1)
  })
  it('is the last move at or before the date, whatever the order of the events (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ to: fc.integer({ min: 1, max: 9 }), t: fc.integer({ min: 0, max: 1e9 }) }), {
          maxLength: 20,
        }),
        fc.integer({ min: 0, max: 1e9 }),
        (moves, t) => {
          const events = moves.map((m) => event(m.to, new Date(m.t * 1000).toISOString()))
          const before = moves.filter((m) => m.t <= t)
          const latest = Math.max(...before.map((m) => m.t))
          const answer = aliasAt(events, new Date(t * 1000))
          if (before.length === 0) expect(answer).toBeUndefined()
          else expect(before.filter((m) => m.t === latest).map((m) => m.to)).toContain(answer)
        },
      ),
    )
  })
})

describe('rollbackTarget', () => {
  it('is the from of the last move', () => {
    expect(rollbackTarget([])).toBeUndefined()
    expect(rollbackTarget([event(1, 't1')])).toBeUndefined()
    expect(rollbackTarget([event(1, 't1'), event(3, 't2', 1)])).toBe(1)
  })
})

describe('checkAliasProtection', () => {
  const rules = { champion: { environment: 'production' } }
  it('refuses outside the named environment, with the message', () => {
    expect(checkAliasProtection('champion', rules, undefined)).toBe(protectedAlias('champion', 'production', undefined))
    expect(checkAliasProtection('champion', rules, 'staging')).toBe(protectedAlias('champion', 'production', 'staging'))
    expect(checkAliasProtection('champion', rules, 'production')).toBeUndefined()
    expect(checkAliasProtection('staging', rules, undefined)).toBeUndefined()
  })
})

describe('promotionCommand', () => {
  it('builds the gh line and the workflow link', () => {
    const command = promotionCommand({ repository: 'acme/churn', model: 'churn', version: 7 })
    expect(command.command).toBe(
      'gh workflow run promote.yml --repo acme/churn -f model=churn -f version=7 -f alias=champion',
    )
    expect(command.workflowUrl).toBe('https://github.com/acme/churn/actions/workflows/promote.yml')
    expect(command.markdown).toContain(command.command)
  })
  it('quotes every value so that a POSIX shell passes it through unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes('\0')),
        (model) => {
          const { command } = promotionCommand({ repository: 'acme/churn', model, version: 1 })
          const out = spawnSync('/bin/sh', ['-c', `printf '%s\\n' ${command.replace(/^gh /, '')}`], {
            encoding: 'utf8',
            shell: false,
          })
          expect(out.stdout.split('\n')).toContain(`model=${model}`)
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('validateRegistryName and resolveRegisterPolicy', () => {
  it('accepts OCI-safe model names and aliases that cannot be version tags', () => {
    expect(validateRegistryName('model', 'churn-model.v2')).toBeUndefined()
    expect(validateRegistryName('model', 'Churn')).toBe('model')
    expect(validateRegistryName('model', '../x')).toBe('model')
    expect(validateRegistryName('alias', 'champion')).toBeUndefined()
    expect(validateRegistryName('alias', 'v3')).toBe('alias')
    expect(validateRegistryName('alias', 'a.history')).toBe('alias')
  })
  it('validates the policy section against its schema', () => {
    expect(
      schemaProblems('policy/register-model', {
        protected_aliases: { champion: { environment: 'production' } },
        allow_warn: true,
        registry: 'oci://ghcr.io/acme',
      }),
    ).toEqual([])
    expect(schemaProblems('policy/register-model', { protected_aliases: { champion: {} } })).not.toEqual([])
    expect(schemaProblems('policy/register-model', { registry: 'ftp://x' })).not.toEqual([])
    expect(schemaProblems('policy/register-model', { protected_alias: {} })).not.toEqual([])
    expect(
      schemaProblems('policy/register-model', {
        promotion: { aliases: { champion: { required_gates: ['fairness-gate'], allow_warn: true } } },
      }),
    ).toEqual([])
    expect(
      schemaProblems('policy/register-model', { promotion: { aliases: { champion: { required_gates: ['lint'] } } } }),
    ).not.toEqual([])
  })
  it('resolves the policy section with defaults', () => {
    expect(resolveRegisterPolicy(undefined)).toEqual({
      registry: undefined,
      protectedAliases: {},
      allowWarn: false,
      aliases: {
        champion: {
          alias: 'champion',
          requiredGates: ['validate-data', 'evaluate-vs-champion'],
          allowWarn: false,
          trustedKeys: [],
        },
      },
    })
    expect(
      resolveRegisterPolicy({ protected_aliases: { champion: { environment: 'production' } }, allow_warn: true }),
    ).toMatchObject({ protectedAliases: { champion: { environment: 'production' } }, allowWarn: true })
  })
})

describe('promoteButton', () => {
  it('is offered only with an app token, within GitHub limits', async () => {
    const { promoteButton } = await import('../../../../src/core/registry/promote-button.js')
    expect(promoteButton({ model: 'churn', version: 7, alias: 'champion', appToken: false })).toBeUndefined()
    const button = promoteButton({
      model: 'a-very-long-model-name-for-the-button',
      version: 12345,
      alias: 'champion',
      appToken: true,
    })
    expect(button?.action.label.length).toBeLessThanOrEqual(20)
    expect(button?.action.identifier.length).toBeLessThanOrEqual(20)
    expect(button?.action.description.length).toBeLessThanOrEqual(40)
    expect(JSON.parse(button?.externalId ?? '{}')).toEqual({
      model: 'a-very-long-model-name-for-the-button',
      version: 12345,
      alias: 'champion',
    })
  })
})
