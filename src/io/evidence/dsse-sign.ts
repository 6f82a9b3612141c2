import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { preAuthenticationEncoding, type DsseEnvelope } from '../../core/evidence/dsse-envelope.js'

/** A public key the policy trusts, as PEM (SPKI) text. */
export interface TrustedKey {
  readonly publicKeyPem: string
}

/**
 * The key id modelgate writes: sha256 of the key's SPKI DER, hex. A hint only (DSSE: never used for a decision);
 * verification tries every trusted key.
 */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
}

/** Reads a PEM private key; undefined when the text is not one (the caller names the input). */
export function readPrivateKey(pem: string): KeyObject | undefined {
  try {
    return createPrivateKey(pem)
  } catch {
    return undefined
  }
}

/** Reads a PEM public key (or derives it from a private one); undefined when the text is neither. */
export function readPublicKey(pem: string): KeyObject | undefined {
  try {
    return createPublicKey(pem)
  } catch {
    return undefined
  }
}

function signatureOver(data: Uint8Array, key: KeyObject): Buffer {
  // Ed25519 signs the message itself; ECDSA keys hash with SHA-256 and use the raw r‖s encoding.
  if (key.asymmetricKeyType === 'ed25519') return sign(null, data, key)
  return sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' })
}

function verifies(data: Uint8Array, key: KeyObject, signature: Buffer): boolean {
  try {
    if (key.asymmetricKeyType === 'ed25519') return verify(null, data, key, signature)
    if (key.asymmetricKeyType === 'ec') {
      return (
        verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature) ||
        verify('sha256', data, { key, dsaEncoding: 'der' }, signature)
      )
    }
    return false
  } catch {
    return false
  }
}

/** Signs `body` as a DSSE envelope of `payloadType` (Ed25519 or ECDSA P-256 private key). */
export function signEnvelope(payloadType: string, body: Uint8Array, privateKey: KeyObject): DsseEnvelope {
  const signature = signatureOver(preAuthenticationEncoding(payloadType, body), privateKey)
  return {
    payloadType,
    payload: Buffer.from(body).toString('base64'),
    signatures: [{ keyid: keyIdOf(privateKey), sig: signature.toString('base64') }],
  }
}

/** Standard and URL-safe base64 alike, as DSSE verifiers must accept both. */
function fromBase64(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
}

export type EnvelopeVerification =
  | { readonly kind: 'verified'; readonly body: Buffer; readonly keyIndex: number }
  | { readonly kind: 'unverified'; readonly reason: 'no-signature' | 'no-trusted-key-verifies' }

/**
 * Verifies an envelope against trusted keys (protocol.md's (1, n) rule): some signature must verify with some
 * trusted key over PAE(payloadType, payload). key ids are ignored for the decision.
 */
export function verifyEnvelope(envelope: DsseEnvelope, trusted: readonly KeyObject[]): EnvelopeVerification {
  if (envelope.signatures.length === 0) return { kind: 'unverified', reason: 'no-signature' }
  const body = fromBase64(envelope.payload)
  const pae = preAuthenticationEncoding(envelope.payloadType, body)
  for (const signature of envelope.signatures) {
    const bytes = fromBase64(signature.sig)
    const keyIndex = trusted.findIndex((key) => verifies(pae, key, bytes))
    if (keyIndex !== -1) return { kind: 'verified', body, keyIndex }
  }
  return { kind: 'unverified', reason: 'no-trusted-key-verifies' }
}
