import { generateKeyPairSync } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { signedReportPath } from '../../src/core/evidence/in-toto-statement.js'
import { modelDigest } from '../../src/core/evidence/model-digest.js'
import {
  promotionRefused,
  reportAboutAnotherModel,
  reportAboutOtherPredictions,
  reportBadSignature,
  reportsNotAboutVersion,
  reportUnsigned,
} from '../../src/core/registry/messages.js'
import { keyIdOf } from '../../src/io/evidence/dsse-sign.js'
import { collectModelFiles, digestOf } from '../../src/registry/model-files.js'
import { createRegistry } from '../../src/registry/create-registry.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { recordingLogger } from '../helpers/recording-logger.js'
import { storedReport } from '../helpers/registry-contract.js'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'

/**
 * Issue #14 items 3 and 4 through the runner harness (bundles as child processes): a report is accepted only for
 * the version it judged, and an alias with trusted keys accepts only reports its gates signed with one of them.
 */

const fairness = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/datasets/fairness/${name}`, import.meta.url))

const signer = generateKeyPairSync('ed25519')
const stranger = generateKeyPairSync('ed25519')
const signingPem = signer.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const strangerPem = stranger.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const trustedPem = signer.publicKey.export({ type: 'spki', format: 'pem' }).toString()
const trustedId = keyIdOf(signer.publicKey)
const strangerId = keyIdOf(stranger.publicKey)

/** A model directory holding its weights and the predictions the gates judge (copied from a fairness fixture). */
async function modelWithPredictions(seed: string, predictions: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-evidence-model-'))
  await writeFile(join(dir, 'model.json'), JSON.stringify({ weights: [1, 2, 3], seed }))
  await copyFile(fairness(predictions), join(dir, 'predictions.csv'))
  return dir
}

describe('register-model evidence: reports bound to the model, signed reports (bundles)', () => {
  let api: GitHubApiServer
  let work: string
  beforeAll(async () => {
    api = await startGitHubApiServer()
    work = await mkdtemp(join(tmpdir(), 'modelgate-evidence-'))
  })
  afterAll(async () => {
    await api.close()
  })

  const fairnessGate = async (modelDir: string, name: string, signingKey?: string): Promise<BundleRun> => {
    const run = await runBundle('fairness-gate', {
      inputs: {
        predictions: join(modelDir, 'predictions.csv'),
        'sensitive-columns': 'gender,region',
        comment: 'false',
        'check-run': 'false',
        'report-path': join(work, `${name}.json`),
        ...(signingKey === undefined ? {} : { 'signing-key': signingKey }),
      },
      timeoutMs: 60_000,
    })
    expect(run.exitCode, run.stderr + run.stdout).toBe(0)
    return run
  }

  const registerModel = (registry: string, inputs: Record<string, string>, policy?: string): Promise<BundleRun> =>
    runBundle('register-model', {
      inputs: {
        registry,
        'model-name': 'churn',
        'github-token': 'ghs_test',
        comment: 'false',
        'check-run': 'false',
        ...(policy === undefined ? {} : { policy }),
        ...inputs,
      },
      env: { GITHUB_REPOSITORY: 'octo-org/churn', GITHUB_ACTOR: 'alice', GITHUB_RUN_ID: '7' },
      event: 'workflow_dispatch',
      api,
    })

  it('a report about another model is refused at register, with both digests and how to fix', async () => {
    const registry = `file:${await mkdtemp(join(tmpdir(), 'modelgate-reg-'))}`
    const judged = await modelWithPredictions('a', 'fair.csv')
    const other = await modelWithPredictions('b', 'unfair.csv')
    const gate = await fairnessGate(judged, 'fair-a')
    const reportPath = gate.outputs['report-path'] ?? ''
    expect(gate.report?.subject.predictions).toEqual({
      [join(judged, 'predictions.csv')]: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    })
    expect(gate.report?.subject.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(gate.report?.subject.runUrl).toMatch(/\/actions\/runs\//)

    // The predictions the gate judged are not a file of the other model: refused, nothing registered.
    const refused = await registerModel(registry, { mode: 'register', 'model-path': other, reports: reportPath })
    expect(refused.exitCode).toBe(1)
    const otherDigest = modelDigest(await collectModelFiles(other))
    const sha = Object.values(gate.report?.subject.predictions ?? {})[0] ?? ''
    const label = `report ${reportPath} (fairness-gate)`
    expect(refused.report?.checks[0]?.message).toContain(
      reportsNotAboutVersion('churn', other, [
        reportAboutOtherPredictions(label, join(judged, 'predictions.csv'), sha, 'churn', undefined, otherDigest),
      ]),
    )
    const opened = await createRegistry(registry, { logger: recordingLogger() })
    expect(await opened.list('churn')).toEqual([])

    // A report that names the judged model by digest, given for another model: both digests in the message.
    const judgedDigest = modelDigest(await collectModelFiles(judged))
    const aboutJudged = join(work, 'about-judged.json')
    const { commit } = gate.report?.subject ?? {}
    await writeFile(
      aboutJudged,
      JSON.stringify({
        ...storedReport('evaluate-vs-champion', 'pass'),
        subject: { modelDigest: judgedDigest, commit },
      }),
    )
    const another = await registerModel(registry, { mode: 'register', 'model-path': other, reports: aboutJudged })
    expect(another.exitCode).toBe(1)
    const message = another.report?.checks[0]?.message ?? ''
    expect(message).toContain(
      reportAboutAnotherModel(
        `report ${aboutJudged} (evaluate-vs-champion)`,
        judgedDigest,
        'churn',
        undefined,
        otherDigest,
      ),
    )
    expect(message).toContain(judgedDigest)
    expect(message).toContain(otherDigest)

    // The right model registers, and its card records its model digest.
    const ok = await registerModel(registry, { mode: 'register', 'model-path': judged, reports: reportPath })
    expect(ok.exitCode, ok.stderr + ok.stdout).toBe(0)
    const card = JSON.parse(await readFile(ok.outputs['model-card-path'] ?? '', 'utf8')) as { modelDigest: string }
    expect(card.modelDigest).toBe(judgedDigest)
  }, 180_000)

  it('signed reports verify and promote; unsigned reports and bad signatures are refused when keys are configured', async () => {
    const root = await mkdtemp(join(tmpdir(), 'modelgate-reg-'))
    const registry = `file:${root}`
    const policy = join(work, 'trusted.yml')
    await writeFile(
      policy,
      stringify({
        'register-model': {
          promotion: { aliases: { champion: { required_gates: ['fairness-gate'], trusted_keys: [trustedPem] } } },
        },
      }),
    )

    // Signed with the trusted key: the envelope is written beside the report; the key never reaches a file.
    const signedDir = await modelWithPredictions('signed', 'fair.csv')
    const signed = await fairnessGate(signedDir, 'signed', signingPem)
    const envelopePath = signedReportPath(signed.outputs['report-path'] ?? '')
    expect(existsSync(envelopePath)).toBe(true)
    const envelopeText = await readFile(envelopePath, 'utf8')
    const envelope = JSON.parse(envelopeText) as { payloadType: string; signatures: { keyid: string }[] }
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json')
    expect(envelope.signatures[0]?.keyid).toBe(trustedId)
    const keyBody = signingPem.trim().split('\n').slice(1, -1)
    for (const text of [envelopeText, await readFile(signed.outputs['report-path'] ?? '', 'utf8'), signed.summary])
      for (const line of keyBody) expect(text).not.toContain(line)
    for (const line of signed.stdout.split('\n').filter((l) => keyBody.some((k) => l.includes(k))))
      expect(line.startsWith('::add-mask::')).toBe(true)

    const v1 = await registerModel(
      registry,
      { mode: 'register', 'model-path': signedDir, reports: signed.outputs['report-path'] ?? '' },
      policy,
    )
    expect(v1.exitCode, v1.stderr + v1.stdout).toBe(0)
    const promoted = await registerModel(registry, { mode: 'promote', version: v1.outputs.version ?? '' }, policy)
    expect(promoted.exitCode, promoted.stderr + promoted.stdout).toBe(0)
    expect(promoted.outputs.version).toBe('1')

    // Unsigned: the same kind of report, without signing-key.
    const unsignedDir = await modelWithPredictions('unsigned', 'fair.csv')
    const unsigned = await fairnessGate(unsignedDir, 'unsigned')
    expect(existsSync(signedReportPath(unsigned.outputs['report-path'] ?? ''))).toBe(false)
    const v2 = await registerModel(
      registry,
      { mode: 'register', 'model-path': unsignedDir, reports: unsigned.outputs['report-path'] ?? '' },
      policy,
    )
    expect(v2.exitCode, v2.stderr + v2.stdout).toBe(0)
    const refusedUnsigned = await registerModel(
      registry,
      { mode: 'promote', version: v2.outputs.version ?? '' },
      policy,
    )
    expect(refusedUnsigned.exitCode).toBe(1)
    expect(refusedUnsigned.report?.title).toBe(
      promotionRefused('churn', 2, 'champion', [
        reportUnsigned('stored report 1 (fairness-gate)', 'champion', [trustedId]),
      ]),
    )

    // Signed by a key the alias does not trust: refused, naming the report and the key id.
    const strangerDir = await modelWithPredictions('stranger', 'fair.csv')
    const foreign = await fairnessGate(strangerDir, 'stranger', Buffer.from(strangerPem).toString('base64'))
    const v3 = await registerModel(
      registry,
      { mode: 'register', 'model-path': strangerDir, reports: signedReportPath(foreign.outputs['report-path'] ?? '') },
      policy,
    )
    expect(v3.exitCode, v3.stderr + v3.stdout).toBe(0)
    const refusedForeign = await registerModel(registry, { mode: 'promote', version: v3.outputs.version ?? '' }, policy)
    expect(refusedForeign.exitCode).toBe(1)
    expect(refusedForeign.report?.title).toBe(
      promotionRefused('churn', 3, 'champion', [
        reportBadSignature('stored report 1 (fairness-gate)', 'champion', strangerId, 'no trusted key verifies it', [
          trustedId,
        ]),
      ]),
    )

    // A stored report edited after signing (fail → pass in the card) no longer matches its signature.
    const cardPath = join(root, 'churn', 'versions', '1', 'card.json')
    const card = JSON.parse(await readFile(cardPath, 'utf8')) as { reports: { title: string }[] }
    card.reports[0]!.title = 'edited in the registry'
    const editedText = JSON.stringify(card)
    await writeFile(cardPath, editedText)
    // A registry writer fixes up the card's pin too (the file backend checks it on every read): only the signature
    // can tell the edit.
    await writeFile(join(root, 'churn', 'versions', '1', 'card.sha256'), `${digestOf(editedText)}\n`)
    const edited = await registerModel(registry, { mode: 'promote', version: '1', reason: 'again' }, policy)
    expect(edited.exitCode).toBe(1)
    expect(edited.report?.title).toBe(
      promotionRefused('churn', 1, 'champion', [
        reportBadSignature(
          'stored report 1 (fairness-gate)',
          'champion',
          trustedId,
          'the signed report differs from the stored one',
          [trustedId],
        ),
      ]),
    )
    const history = await (
      await createRegistry(registry, { logger: recordingLogger() })
    ).aliasHistory('churn', 'champion')
    expect(history.map((event) => event.to)).toEqual([1])
  }, 240_000)

  it('a signing-key that is not an Ed25519 private key is an error naming the input, and is never printed', async () => {
    const dir = await modelWithPredictions('bad', 'fair.csv')
    await mkdir(join(work, 'bad'), { recursive: true })
    const notAKey = 'this-is-not-a-key-but-a-secret-0123456789'
    const run = await runBundle('fairness-gate', {
      inputs: {
        predictions: join(dir, 'predictions.csv'),
        'sensitive-columns': 'gender,region',
        comment: 'false',
        'check-run': 'false',
        'signing-key': notAKey,
      },
      timeoutMs: 60_000,
    })
    expect(run.exitCode).toBe(1)
    expect(run.report?.status).toBe('error')
    expect(run.report?.checks[0]?.message).toContain('signing-key is not an Ed25519 private key')
    expect(run.stdout.split('\n').filter((l) => l.includes(notAKey) && !l.startsWith('::add-mask::'))).toEqual([])
    expect(JSON.stringify(run.report)).not.toContain(notAKey)
  }, 60_000)
})
