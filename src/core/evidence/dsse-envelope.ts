/**
 * DSSE (Dead Simple Signing Envelope, secure-systems-lab/dsse v1.0.0): the signature covers the payload *and*
 * its type through the pre-authentication encoding, so a signed gate report can never be replayed as another
 * kind of document. Pure: bytes in, bytes out; signing and verifying with keys happen in src/io.
 */

/** The JSON envelope of envelope.md: payload and signatures are base64 (standard or URL-safe on input). */
export interface DsseEnvelope {
  readonly payloadType: string
  readonly payload: string
  readonly signatures: readonly DsseSignature[]
}

export interface DsseSignature {
  /** Unauthenticated hint only; never used for a security decision (protocol.md). */
  readonly keyid?: string
  readonly sig: string
}

const encoder = new TextEncoder()

/**
 * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, LEN being the ASCII decimal byte length.
 * @see https://github.com/secure-systems-lab/dsse/blob/master/protocol.md
 * @example new TextDecoder().decode(preAuthenticationEncoding('http://example.com/HelloWorld', new TextEncoder().encode('hello world'))) // => 'DSSEv1 29 http://example.com/HelloWorld 11 hello world'
 */
export function preAuthenticationEncoding(payloadType: string, body: Uint8Array): Uint8Array {
  const type = encoder.encode(payloadType)
  const head = encoder.encode(`DSSEv1 ${type.length} `)
  const middle = encoder.encode(` ${body.length} `)
  const out = new Uint8Array(head.length + type.length + middle.length + body.length)
  out.set(head, 0)
  out.set(type, head.length)
  out.set(middle, head.length + type.length)
  out.set(body, head.length + type.length + middle.length)
  return out
}

/**
 * Whether text is base64, standard or URL-safe, padded or not (verifiers MUST accept either: protocol.md).
 * @example isBase64('aGVsbG8gd29ybGQ') // => true
 * @example isBase64('not base64!') // => false
 */
export function isBase64(text: string): boolean {
  const unpadded = text.replace(/={1,2}$/, '')
  return /^[A-Za-z0-9+/_-]*$/.test(unpadded) && unpadded.length % 4 !== 1
}

/** Why an envelope could not be read, for a message that names the file. */
export type EnvelopeProblem = 'not-an-object' | 'payload-type' | 'payload' | 'signatures'

/**
 * Reads a parsed JSON value as an envelope, checking the shape envelope.md requires. A problem is a value, not a throw: the caller names the file it came from.
 * @example parseDsseEnvelope({ payloadType: 't', payload: 'aGk=', signatures: [] }).kind // => 'envelope'
 * @example parseDsseEnvelope({ payloadType: 't' }).kind // => 'invalid'
 */
export function parseDsseEnvelope(
  value: unknown,
):
  | { readonly kind: 'envelope'; readonly envelope: DsseEnvelope }
  | { readonly kind: 'invalid'; readonly problem: EnvelopeProblem } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { kind: 'invalid', problem: 'not-an-object' }
  const record = value as Record<string, unknown>
  if (typeof record.payloadType !== 'string' || record.payloadType === '')
    return { kind: 'invalid', problem: 'payload-type' }
  if (typeof record.payload !== 'string' || !isBase64(record.payload)) return { kind: 'invalid', problem: 'payload' }
  const signatures = record.signatures
  if (
    !Array.isArray(signatures) ||
    !signatures.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as Record<string, unknown>).sig === 'string' &&
        ((s as Record<string, unknown>).keyid === undefined ||
          typeof (s as Record<string, unknown>).keyid === 'string'),
    )
  )
    return { kind: 'invalid', problem: 'signatures' }
  return {
    kind: 'envelope',
    envelope: {
      payloadType: record.payloadType,
      payload: record.payload,
      signatures: signatures as DsseSignature[],
    },
  }
}
