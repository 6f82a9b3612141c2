import { describe, expect, it } from 'vitest'
import type { Check } from '../../../../src/core/gate/check.js'
import type { GateName } from '../../../../src/core/gate/gate-name.js'
import type { GateReport } from '../../../../src/core/gate/gate-report.js'
import type { Status } from '../../../../src/core/gate/status.js'
import type { AliasMove } from '../../../../src/core/registry/alias-move.js'
import { decidePromotion } from '../../../../src/core/registry/decide-promotion.js'
import { decidePromotionOutcome } from '../../../../src/core/registry/decide-promotion-outcome.js'
import {
  aliasMoved,
  forcedPastReports,
  promotedTitle,
  promotionRefused,
  promotionRule,
  promotionWithoutReports,
  reportCheckedNothing,
  reportInconsistent,
  reportInvalid,
  reportNotPassing,
  reportsPassed,
  reportsPassedWithWarnings,
  requiredGateMissing,
  warningsNotAllowed,
} from '../../../../src/core/registry/messages.js'
import type { VersionIdentity } from '../../../../src/core/registry/report-binding.js'
import { resolveRegisterPolicy, type AliasRule } from '../../../../src/core/registry/resolve-register-policy.js'

const check = (id: string, status: Status, message = `${id} ${status}`): Check => ({ id, status, observed: 1, message })

const report = (gate: GateName, status: Status, checks: readonly Check[]): GateReport => ({
  schemaVersion: 1,
  gate,
  status,
  title: 't',
  checks,
  figures: [],
  subject: { commit: 'abc123' },
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
})

const validate = report('validate-data', 'pass', [check('contract.age.max', 'pass')])
const evaluate = report('evaluate-vs-champion', 'pass', [check('evaluate.auc', 'pass')])
const hold = report('evaluate-vs-champion', 'warn', [check('evaluate.auc', 'warn'), check('evaluate.f1', 'pass')])
const identity: VersionIdentity = {
  model: 'churn',
  version: 2,
  modelDigest: `sha256:${'d'.repeat(64)}`,
  fileHashes: ['e'.repeat(64)],
  lineageHashes: [],
  commit: 'abc123',
}
const champion = resolveRegisterPolicy(undefined).aliases.champion as AliasRule
const lenient: AliasRule = { ...champion, allowWarn: true }
const judge = (reports: readonly GateReport[], rule: AliasRule = champion, force = false, schema?: string[][]) =>
  decidePromotion(
    { model: 'churn', version: 2, reports, identity, ...(schema === undefined ? {} : { schemaProblems: schema }) },
    rule,
    { force },
  )

describe('decidePromotion', () => {
  it('allows champion when every required gate has a passing report', () => {
    expect(judge([validate, evaluate])).toEqual({
      allowed: true,
      refusals: [],
      warnings: [],
      forced: false,
      rule: champion,
    })
  })
  it('refuses a missing required gate, naming it; one passing report is not enough', () => {
    expect(judge([validate]).refusals).toEqual([requiredGateMissing('evaluate-vs-champion', 'champion')])
    expect(judge([validate]).allowed).toBe(false)
  })
  it('accepts warn (an evaluation hold) only where the alias allows warnings, and then lists the check ids', () => {
    expect(judge([validate, hold]).refusals).toEqual([
      warningsNotAllowed('stored report 2 (evaluate-vs-champion)', 'champion', ['evaluate.auc']),
    ])
    expect(judge([validate, hold], lenient)).toMatchObject({ allowed: true, warnings: ['evaluate.auc'] })
  })
  it('never accepts skipped, error or fail, even with warnings allowed', () => {
    const skipped = report('evaluate-vs-champion', 'skipped', [check('evaluate.auc', 'skipped')])
    expect(judge([validate, skipped], lenient).refusals).toEqual([
      reportCheckedNothing('stored report 2 (evaluate-vs-champion)'),
    ])
    const errored = report('evaluate-vs-champion', 'error', [check('evaluate.rules', 'error', 'no rule')])
    expect(judge([validate, errored], lenient).refusals).toEqual([
      reportNotPassing('stored report 2 (evaluate-vs-champion)', 'error', 'evaluate.rules', 'no rule'),
    ])
    const unfair = report('fairness-gate', 'fail', [check('fairness.dpd', 'fail', 'too far apart')])
    expect(judge([validate, evaluate, unfair], lenient).refusals).toEqual([
      reportNotPassing('stored report 3 (fairness-gate)', 'fail', 'fairness.dpd', 'too far apart'),
    ])
  })
  it('refuses a report whose status is not the worst of its checks, naming the check', () => {
    const forged = report('evaluate-vs-champion', 'pass', [check('evaluate.auc', 'pass'), check('evaluate.f1', 'fail')])
    expect(judge([validate, forged]).refusals).toEqual([
      reportInconsistent('stored report 2 (evaluate-vs-champion)', 'pass', 'fail', 'evaluate.f1'),
    ])
    const empty = report('evaluate-vs-champion', 'pass', [])
    expect(judge([validate, empty]).refusals).toEqual([
      reportInconsistent('stored report 2 (evaluate-vs-champion)', 'pass', 'error', undefined),
    ])
  })
  it('refuses a report its caller found off-schema', () => {
    expect(
      judge([validate, evaluate], champion, false, [[], ['(report) must have required property checks']]).refusals,
    ).toEqual([
      reportInvalid('stored report 2 (evaluate-vs-champion)', ['(report) must have required property checks']),
    ])
  })
  it('needs at least one report for an alias that requires no gate; force overrides and says so', () => {
    const staging: AliasRule = { alias: 'staging', requiredGates: [], allowWarn: false, trustedKeys: [] }
    expect(judge([], staging).refusals).toEqual([promotionWithoutReports('churn', 2)])
    expect(judge([validate], staging).allowed).toBe(true)
    expect(judge([validate], champion, true)).toMatchObject({ allowed: true, forced: true, warnings: [] })
    expect(judge([validate, evaluate], champion, true)).toMatchObject({ allowed: true, forced: false })
  })
  it('takes required gates and allow_warn per alias from the policy', () => {
    const policy = resolveRegisterPolicy({
      allow_warn: true,
      promotion: { aliases: { champion: { required_gates: ['fairness-gate'], allow_warn: false }, staging: {} } },
    })
    expect(policy.aliases).toEqual({
      champion: { alias: 'champion', requiredGates: ['fairness-gate'], allowWarn: false, trustedKeys: [] },
      staging: { alias: 'staging', requiredGates: [], allowWarn: true, trustedKeys: [] },
    })
  })
})

describe('decidePromotionOutcome', () => {
  const move: AliasMove = {
    model: 'churn',
    alias: 'champion',
    version: 2,
    digest: 'sha256:ab',
    previous: 1,
    reason: 'better AUC',
  }
  const rule = promotionRule(['validate-data', 'evaluate-vs-champion'], false)
  it('passes and records the move when every report passed', () => {
    const outcome = decidePromotionOutcome(judge([validate, evaluate]), move)
    expect(outcome.title).toBe(promotedTitle('churn', 'champion', 2))
    expect(outcome.checks).toEqual([
      {
        id: 'promotion.reports',
        status: 'pass',
        observed: 'all passing',
        threshold: { rule },
        message: reportsPassed(),
      },
      {
        id: 'promote.alias',
        status: 'pass',
        observed: 2,
        message: aliasMoved('champion', 'churn', 1, 2, 'better AUC'),
      },
    ])
    expect(outcome.outputs).toEqual({ version: '2', digest: 'sha256:ab', 'previous-version': '1' })
  })
  it('warns with the accepted warnings, and when forced with the reason and what it overrode', () => {
    expect(decidePromotionOutcome(judge([validate, hold], lenient), move).checks[0]).toMatchObject({
      status: 'warn',
      observed: 'passing with warnings',
      message: reportsPassedWithWarnings(['evaluate.auc']),
    })
    const forced = decidePromotionOutcome(judge([validate], champion, true), { ...move, reason: 'hotfix' })
    expect(forced.checks[0]).toMatchObject({
      status: 'warn',
      message: forcedPastReports('hotfix', [requiredGateMissing('evaluate-vs-champion', 'champion')]),
    })
    expect(forced.checks[1]?.id).toBe('promote.alias')
  })
  it('fails, titled with every refusal, and records no move when refused', () => {
    const refused = decidePromotionOutcome(judge([validate]), move)
    const title = promotionRefused('churn', 2, 'champion', [requiredGateMissing('evaluate-vs-champion', 'champion')])
    expect(refused.title).toBe(title)
    expect(refused.checks).toEqual([
      { id: 'promotion.reports', status: 'fail', observed: '1 problem(s)', threshold: { rule }, message: title },
    ])
  })
})
