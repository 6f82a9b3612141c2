import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { preAuthenticationEncoding } from '../../../../src/core/evidence/dsse-envelope.js'
import {
  GATE_REPORT_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_TYPE,
} from '../../../../src/core/evidence/in-toto-statement.js'
import type { GateReport } from '../../../../src/core/gate/gate-report.js'
import { keyIdOf } from '../../../../src/io/evidence/dsse-sign.js'
import {
  checkReportSignatures,
  envelopeMatches,
  openReportEnvelope,
  readSigningKey,
  readTrustedKey,
  readTrustedKeys,
  signingKeySecrets,
  signReport,
} from '../../../../src/io/evidence/report-envelope.js'
import { notATrustedKey } from '../../../../src/core/evidence/messages.js'
import { verify } from 'node:crypto'

const pair = generateKeyPairSync('ed25519')
const other = generateKeyPairSync('ed25519')
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()
const digest = 'ab'.repeat(32)
const report: GateReport = {
  schemaVersion: 1,
  gate: 'evaluate-vs-champion',
  status: 'pass',
  title: 'Promote',
  checks: [{ id: 'evaluate.auc', status: 'pass', observed: 0.9, message: 'ok' }],
  figures: [],
  subject: { model: 'churn', modelDigest: `sha256:${digest}`, commit: 'c0ffee' },
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 3,
}

describe('signReport', () => {
  it('signReport(report, key) is a DSSE envelope over an in-toto Statement v1 whose predicate is the report', () => {
    const envelope = signReport(report, pair.privateKey)
    if (envelope === undefined) throw new Error('not signed')
    expect(envelope.payloadType).toBe(IN_TOTO_PAYLOAD_TYPE)
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Record<string, unknown>
    expect(statement).toEqual({
      _type: IN_TOTO_STATEMENT_TYPE,
      subject: [{ name: 'churn', digest: { sha256: digest } }],
      predicateType: GATE_REPORT_PREDICATE_TYPE,
      predicate: report,
    })
    // The signature is Ed25519 over PAE(payloadType, payload bytes), exactly as protocol.md says.
    const signature = Buffer.from(envelope.signatures[0]?.sig ?? '', 'base64')
    const pae = preAuthenticationEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'))
    expect(verify(null, pae, pair.publicKey, signature)).toBe(true)
    expect(envelope.signatures[0]?.keyid).toBe(keyIdOf(pair.publicKey))
  })

  it('signReport names the predictions when there is no model digest, and signs nothing without any digest', () => {
    const predictions = {
      ...report,
      subject: { predictions: { 'p.csv': digest }, dataHashes: { 'd.csv': 'cd'.repeat(32) } },
    }
    const opened = openReportEnvelope(signReport(predictions, pair.privateKey))
    expect(opened.kind).toBe('report')
    const statement = JSON.parse(
      Buffer.from(signReport(predictions, pair.privateKey)?.payload ?? '', 'base64').toString('utf8'),
    ) as { subject: unknown }
    expect(statement.subject).toEqual([{ name: 'p.csv', digest: { sha256: digest } }])
    expect(signReport({ ...report, subject: { commit: 'c0ffee' } }, pair.privateKey)).toBeUndefined()
  })
})

describe('signing and trusted keys', () => {
  it('readSigningKey reads Ed25519 PEM, base64 of the DER and base64 of the PEM; refuses other keys', () => {
    const der = pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')
    for (const text of [privatePem, der, Buffer.from(privatePem).toString('base64')])
      expect(keyIdOf(readSigningKey(text)!)).toBe(keyIdOf(pair.publicKey))
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' })
    expect(readSigningKey(rsa.toString())).toBeUndefined()
    expect(readSigningKey('not a key')).toBeUndefined()
    expect(readSigningKey(publicPem)).toBeUndefined()
  })

  it('readTrustedKey reads public PEM and base64 SPKI DER, never a private key; readTrustedKeys names the policy path', () => {
    const der = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
    expect(keyIdOf(readTrustedKey(publicPem)!)).toBe(keyIdOf(pair.publicKey))
    expect(keyIdOf(readTrustedKey(der)!)).toBe(keyIdOf(pair.publicKey))
    expect(readTrustedKey(privatePem)).toBeUndefined()
    expect(() => readTrustedKeys('champion', [publicPem, 'nope'])).toThrow(notATrustedKey('champion', 1))
  })

  it('signingKeySecrets(pem) lists the whole key and every base64 line, never the armour lines', () => {
    const secrets = signingKeySecrets(privatePem)
    expect(secrets[0]).toBe(privatePem.trim())
    for (const line of privatePem.trim().split('\n').slice(1, -1)) expect(secrets).toContain(line)
    expect(secrets.some((s) => s.startsWith('-----BEGIN PRIVATE KEY-----') && !s.includes('\n'))).toBe(false)
  })
})

describe('checkReportSignatures', () => {
  const envelope = signReport(report, pair.privateKey)!
  const trusted = [readTrustedKey(publicPem)!]
  it('verifies a stored report signed by a trusted key, naming its key id', () => {
    const result = checkReportSignatures([report], [{ report: 0, envelope }], trusted)
    expect(result).toEqual({
      trustedKeyIds: [keyIdOf(pair.publicKey)],
      checks: [{ kind: 'verified', keyId: keyIdOf(pair.publicKey) }],
    })
  })

  it('finds unsigned, an untrusted key, an edited stored report and an edited envelope', () => {
    expect(checkReportSignatures([report], [], trusted).checks).toEqual([{ kind: 'unsigned' }])
    const foreign = signReport(report, other.privateKey)!
    expect(checkReportSignatures([report], [{ report: 0, envelope: foreign }], trusted).checks).toEqual([
      { kind: 'bad', keyId: keyIdOf(other.publicKey), problem: 'no trusted key verifies it' },
    ])
    const edited = { ...report, status: 'pass' as const, title: 'edited' }
    expect(checkReportSignatures([edited], [{ report: 0, envelope }], trusted).checks[0]).toMatchObject({
      kind: 'bad',
      problem: 'the signed report differs from the stored one',
    })
    const swapped = { ...envelope, payload: Buffer.from('{"x":1}').toString('base64') }
    expect(checkReportSignatures([report], [{ report: 0, envelope: swapped }], trusted).checks[0]).toMatchObject({
      kind: 'bad',
      problem: 'no trusted key verifies it',
    })
    expect(envelopeMatches(envelope, report)).toBe(true)
    expect(envelopeMatches(envelope, edited)).toBe(false)
  })

  it('openReportEnvelope refuses an envelope of another payload type', () => {
    expect(openReportEnvelope({ ...envelope, payloadType: 'application/json' })).toEqual({
      kind: 'invalid',
      problem: `payloadType is application/json, not ${IN_TOTO_PAYLOAD_TYPE}`,
    })
  })
})
