import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseDsseEnvelope, preAuthenticationEncoding } from '../../../../src/core/evidence/dsse-envelope.js'
import {
  gateReportStatement,
  IN_TOTO_PAYLOAD_TYPE,
  readGateReportStatement,
} from '../../../../src/core/evidence/in-toto-statement.js'
import { keyIdOf, signEnvelope, verifyEnvelope } from '../../../../src/io/evidence/dsse-sign.js'

/** Big-endian 32-byte base64url of a decimal coordinate, for a JWK. */
function coordinate(decimal: string): string {
  return Buffer.from(BigInt(decimal).toString(16).padStart(64, '0'), 'hex').toString('base64url')
}

describe('DSSE against the specification', () => {
  it('preAuthenticationEncoding(type, body) is the protocol.md test vector byte for byte', () => {
    const pae = preAuthenticationEncoding('http://example.com/HelloWorld', Buffer.from('hello world'))
    expect(Buffer.from(pae).toString('latin1')).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world')
  })

  it('preAuthenticationEncoding counts bytes, not characters, of a non-ASCII type', () => {
    expect(Buffer.from(preAuthenticationEncoding('é', Buffer.from(''))).toString('utf8')).toBe('DSSEv1 2 é 0 ')
  })

  it('verifyEnvelope accepts the protocol.md ECDSA P-256 test vector envelope', () => {
    // protocol.md "Test Vectors": X, Y of the public key and the resulting envelope.
    const key = createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: coordinate('46950820868899156662930047687818585632848591499744589407958293238635476079160'),
        y: coordinate('5640078356564379163099075877009565129882514886557779369047442380624545832820'),
      },
      format: 'jwk',
    })
    const parsed = parseDsseEnvelope({
      payload: 'aGVsbG8gd29ybGQ=',
      payloadType: 'http://example.com/HelloWorld',
      signatures: [{ sig: 'A3JqsQGtVsJ2O2xqrI5IcnXip5GToJ3F+FnZ+O88SjtR6rDAajabZKciJTfUiHqJPcIAriEGAHTVeCUjW2JIZA==' }],
    })
    if (parsed.kind !== 'envelope') throw new Error(parsed.problem)
    const result = verifyEnvelope(parsed.envelope, [key])
    expect(result.kind).toBe('verified')
    // One flipped byte of the payload type breaks it: the type is authenticated.
    expect(verifyEnvelope({ ...parsed.envelope, payloadType: 'http://example.com/HelloWorlD' }, [key]).kind).toBe(
      'unverified',
    )
  })
})

describe('signEnvelope / verifyEnvelope with Ed25519', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const other = generateKeyPairSync('ed25519').publicKey
  const statement = gateReportStatement([{ name: 'model', digest: { sha256: 'ab'.repeat(32) } }], {
    gate: 'fairness-gate',
    status: 'pass',
  })
  const body = Buffer.from(JSON.stringify(statement))

  it('a signed statement verifies with the trusted public key and carries its key id', () => {
    const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, body, privateKey)
    expect(envelope.signatures[0]?.keyid).toBe(keyIdOf(publicKey))
    const result = verifyEnvelope(envelope, [other, publicKey])
    expect(result).toMatchObject({ kind: 'verified', keyIndex: 1 })
    if (result.kind === 'verified')
      expect(readGateReportStatement(JSON.parse(result.body.toString('utf8'))).kind).toBe('statement')
  })

  it('URL-safe base64 signatures and payloads verify too (verifiers must accept either)', () => {
    const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, body, privateKey)
    const urlSafe = {
      ...envelope,
      payload: Buffer.from(envelope.payload, 'base64').toString('base64url'),
      signatures: envelope.signatures.map((s) => ({ ...s, sig: Buffer.from(s.sig, 'base64').toString('base64url') })),
    }
    expect(verifyEnvelope(urlSafe, [publicKey]).kind).toBe('verified')
  })

  it('a changed payload, a changed type, an untrusted key or no signature is unverified', () => {
    const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, body, privateKey)
    const forged = Buffer.from(JSON.stringify({ ...statement, predicate: { gate: 'fairness-gate', status: 'fail' } }))
    expect(verifyEnvelope({ ...envelope, payload: forged.toString('base64') }, [publicKey]).kind).toBe('unverified')
    expect(verifyEnvelope({ ...envelope, payloadType: 'application/json' }, [publicKey]).kind).toBe('unverified')
    expect(verifyEnvelope(envelope, [other])).toEqual({ kind: 'unverified', reason: 'no-trusted-key-verifies' })
    expect(verifyEnvelope({ ...envelope, signatures: [] }, [publicKey])).toEqual({
      kind: 'unverified',
      reason: 'no-signature',
    })
  })

  it('parseDsseEnvelope names what is malformed', () => {
    expect(parseDsseEnvelope([])).toEqual({ kind: 'invalid', problem: 'not-an-object' })
    expect(parseDsseEnvelope({ payloadType: '', payload: '', signatures: [] })).toEqual({
      kind: 'invalid',
      problem: 'payload-type',
    })
    expect(parseDsseEnvelope({ payloadType: 't', payload: 'a%b', signatures: [] })).toEqual({
      kind: 'invalid',
      problem: 'payload',
    })
    expect(parseDsseEnvelope({ payloadType: 't', payload: 'aGk=', signatures: [{ keyid: 1, sig: 'x' }] })).toEqual({
      kind: 'invalid',
      problem: 'signatures',
    })
  })

  it('gateReportStatement refuses an empty subject and non-hex digests', () => {
    expect(() => gateReportStatement([], {})).toThrow(RangeError)
    expect(() => gateReportStatement([{ name: 'm', digest: { sha256: 'ABC' } }], {})).toThrow(/lower-case hex/)
  })
})
