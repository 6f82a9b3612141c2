import { describe, expect, it } from 'vitest'
import type { GateReport, ReportSubject } from '../../../../src/core/gate/gate-report.js'
import { decidePromotion } from '../../../../src/core/registry/decide-promotion.js'
import {
  cardDigestMismatch,
  reportAboutAnotherModel,
  reportAboutOtherPredictions,
  reportAtAnotherCommit,
  reportBadSignature,
  reportUnbound,
  reportUnsigned,
} from '../../../../src/core/registry/messages.js'
import { modelDigest } from '../../../../src/core/evidence/model-digest.js'
import { reportBindingProblem, versionIdentity } from '../../../../src/core/registry/report-binding.js'
import type { AliasRule } from '../../../../src/core/registry/resolve-register-policy.js'

const h = (c: string): string => c.repeat(64)
const files = [
  { path: 'model.json', size: 3, sha256: h('a') },
  { path: 'predictions.csv', size: 5, sha256: h('b') },
]
const identity = versionIdentity({
  name: 'churn',
  version: 3,
  files,
  lineage: { commit: 'c0ffee', dataHashes: { train: h('f') } },
})
const report = (subject: ReportSubject, gate: GateReport['gate'] = 'evaluate-vs-champion'): GateReport => ({
  schemaVersion: 1,
  gate,
  status: 'pass',
  title: 't',
  checks: [{ id: 'x', status: 'pass', observed: 1, message: 'ok' }],
  figures: [],
  subject,
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
})
const label = 'stored report 1 (evaluate-vs-champion)'

describe('reportBindingProblem', () => {
  it('reportBindingProblem(report, version) accepts the same model digest, and refuses another naming both digests', () => {
    expect(reportBindingProblem(label, report({ modelDigest: identity.modelDigest }), identity)).toBeUndefined()
    const other = `sha256:${h('9')}`
    const refusal = reportBindingProblem(label, report({ modelDigest: other }), identity)
    expect(refusal).toBe(reportAboutAnotherModel(label, other, 'churn', 3, identity.modelDigest))
    expect(refusal).toContain(other)
    expect(refusal).toContain(identity.modelDigest)
  })

  it('reportBindingProblem accepts the model as trained (train-on-runner judged it before its evaluation predictions were stored with it), and nothing else', () => {
    const withPredictions = versionIdentity({
      name: 'churn',
      version: 3,
      files,
      lineage: {},
      evaluation: { dataSha256: h('2'), predictionsFile: 'predictions.csv' },
    })
    const asTrained = modelDigest([{ path: 'model.json', size: 3, sha256: h('a') }])
    expect(withPredictions.trainedModelDigest).toBe(asTrained)
    expect(
      reportBindingProblem(label, report({ modelDigest: asTrained }, 'train-on-runner'), withPredictions),
    ).toBeUndefined()
    // Without a stored predictions file there is no "as trained" digest: the subset of files is no evidence.
    expect(identity.trainedModelDigest).toBeUndefined()
    expect(reportBindingProblem(label, report({ modelDigest: asTrained }, 'train-on-runner'), identity)).toBe(
      reportAboutAnotherModel(label, asTrained, 'churn', 3, identity.modelDigest),
    )
    // Another file left out is not the model as trained either.
    const modelOnlyPredictions = modelDigest([{ path: 'predictions.csv', size: 5, sha256: h('b') }])
    expect(reportBindingProblem(label, report({ modelDigest: modelOnlyPredictions }), withPredictions)).toBe(
      reportAboutAnotherModel(label, modelOnlyPredictions, 'churn', 3, withPredictions.modelDigest),
    )
  })

  it('reportBindingProblem accepts predictions among the version files or lineage, and refuses others', () => {
    expect(reportBindingProblem(label, report({ predictions: { 'p.csv': h('b') } }), identity)).toBeUndefined()
    expect(reportBindingProblem(label, report({ predictions: { 't.csv': h('f') } }), identity)).toBeUndefined()
    expect(reportBindingProblem(label, report({ predictions: { 'p.csv': h('b'), 'q.csv': h('7') } }), identity)).toBe(
      reportAboutOtherPredictions(label, 'q.csv', h('7'), 'churn', 3, identity.modelDigest),
    )
  })

  it('reportBindingProblem refuses a report at another commit, whatever digest it names', () => {
    expect(reportBindingProblem(label, report({ modelDigest: identity.modelDigest, commit: 'bad' }), identity)).toBe(
      reportAtAnotherCommit(label, 'bad', 'c0ffee'),
    )
  })

  it('reportBindingProblem binds a data-only report by its commit, and refuses one that names nothing', () => {
    const data = report({ dataHashes: { 'd.csv': h('1') }, commit: 'c0ffee' }, 'validate-data')
    expect(reportBindingProblem(label, data, identity)).toBeUndefined()
    // Without a commit, data the version records (its training data, its evaluation data) binds it.
    const training = report({ dataHashes: { 'train.csv': h('f') } }, 'validate-data')
    expect(reportBindingProblem(label, training, identity)).toBeUndefined()
    const evaluated = versionIdentity({
      name: 'churn',
      files,
      lineage: {},
      evaluation: { dataSha256: h('2'), predictionsFile: 'predictions.csv' },
    })
    expect(reportBindingProblem(label, report({ dataHashes: { 'eval.csv': h('2') } }), evaluated)).toBeUndefined()
    // train-on-runner's lineage record as register-model stores it: commit null, data as dataFiles.
    const trained = versionIdentity({
      name: 'churn',
      files,
      lineage: { commit: null, dataFiles: [{ path: 'data/train.csv', sha256: h('3'), bytes: 9 }] } as never,
    })
    expect(trained.commit).toBeUndefined()
    expect(reportBindingProblem(label, report({ dataHashes: { 'data/train.csv': h('3') } }), trained)).toBeUndefined()
    expect(reportBindingProblem(label, report({ dataHashes: { 'd.csv': h('1') } }), identity)).toBe(
      reportUnbound(label, 'c0ffee'),
    )
    expect(reportBindingProblem(label, report({}), { ...identity, commit: undefined } as never)).toBe(
      reportUnbound(label, undefined),
    )
  })
})

describe('decidePromotion with binding and signatures', () => {
  const rule: AliasRule = {
    alias: 'champion',
    requiredGates: ['evaluate-vs-champion'],
    allowWarn: false,
    trustedKeys: [],
  }
  const bound = report({ modelDigest: identity.modelDigest, commit: 'c0ffee' })
  const evidence = { model: 'churn', version: 3, reports: [bound], identity }

  it('decidePromotion refuses a report about another model before judging its status', () => {
    const other = report({ modelDigest: `sha256:${h('9')}` })
    expect(decidePromotion({ ...evidence, reports: [other] }, rule, { force: false }).refusals).toEqual([
      reportAboutAnotherModel(
        'stored report 1 (evaluate-vs-champion)',
        `sha256:${h('9')}`,
        'churn',
        3,
        identity.modelDigest,
      ),
    ])
  })

  it('decidePromotion refuses a card whose recorded model digest is not the digest of its files', () => {
    const edited = { ...identity, recordedModelDigest: `sha256:${h('8')}` }
    expect(decidePromotion({ ...evidence, identity: edited }, rule, { force: false }).refusals).toEqual([
      cardDigestMismatch('churn', 3, `sha256:${h('8')}`, identity.modelDigest),
    ])
  })

  it('decidePromotion with trusted keys accepts verified reports and refuses unsigned and bad ones, naming the key id', () => {
    const keyed = { ...rule, trustedKeys: ['PEM'] }
    const signatures = (check: NonNullable<Parameters<typeof decidePromotion>[0]['signatures']>['checks'][number]) => ({
      trustedKeyIds: ['k1'],
      checks: [check],
    })
    expect(
      decidePromotion({ ...evidence, signatures: signatures({ kind: 'verified', keyId: 'k1' }) }, keyed, {
        force: false,
      }).allowed,
    ).toBe(true)
    const reportName = 'stored report 1 (evaluate-vs-champion)'
    expect(decidePromotion(evidence, keyed, { force: false }).refusals).toEqual([
      reportUnsigned(reportName, 'champion', []),
    ])
    expect(
      decidePromotion({ ...evidence, signatures: signatures({ kind: 'unsigned' }) }, keyed, { force: false }).refusals,
    ).toEqual([reportUnsigned(reportName, 'champion', ['k1'])])
    const bad = signatures({ kind: 'bad', keyId: 'k9', problem: 'no trusted key verifies it' })
    const refusals = decidePromotion({ ...evidence, signatures: bad }, keyed, { force: false }).refusals
    expect(refusals).toEqual([reportBadSignature(reportName, 'champion', 'k9', 'no trusted key verifies it', ['k1'])])
    expect(refusals[0]).toContain('k9')
    // Without trusted keys, signatures are not read.
    expect(decidePromotion({ ...evidence, signatures: bad }, rule, { force: false }).allowed).toBe(true)
  })
})
