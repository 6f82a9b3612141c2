import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { parseDsseEnvelope, type DsseEnvelope } from '../../core/evidence/dsse-envelope.js'
import {
  gateReportStatement,
  IN_TOTO_PAYLOAD_TYPE,
  readGateReportStatement,
  reportStatementSubjects,
} from '../../core/evidence/in-toto-statement.js'
import { notATrustedKey, notATrustedKeyHint } from '../../core/evidence/messages.js'
import type { ReportSignatureCheck, ReportSignatures } from '../../core/evidence/report-signature.js'
import { ConfigurationError } from '../../core/errors.js'
import type { GateReport } from '../../core/gate/gate-report.js'
import type { SignedReport } from '../../core/registry/model-card.js'
import { keyIdOf, signEnvelope, verifyEnvelope } from './dsse-sign.js'

/** The key text as PEM, or the DER bytes when it is one line of base64 (PKCS#8 / SPKI), or the PEM it encodes. */
function keyMaterial(text: string): { readonly pem: string } | { readonly der: Buffer } {
  const trimmed = text.trim()
  if (trimmed.startsWith('-----BEGIN')) return { pem: trimmed }
  const bytes = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64')
  const decoded = bytes.toString('utf8')
  return decoded.startsWith('-----BEGIN') ? { pem: decoded } : { der: bytes }
}

/**
 * Reads the `signing-key` input: an Ed25519 private key as PEM (PKCS#8, `-----BEGIN PRIVATE KEY-----`), base64 of
 * its DER, or base64 of the PEM text. Undefined when the text is none of these or not Ed25519.
 */
export function readSigningKey(text: string): KeyObject | undefined {
  try {
    const material = keyMaterial(text)
    const key =
      'pem' in material
        ? createPrivateKey(material.pem)
        : createPrivateKey({ key: material.der, format: 'der', type: 'pkcs8' })
    return key.asymmetricKeyType === 'ed25519' ? key : undefined
  } catch {
    return undefined
  }
}

/** Reads a trusted key of the policy: an Ed25519 public key as PEM (SPKI) or base64 of its DER; undefined otherwise. */
export function readTrustedKey(text: string): KeyObject | undefined {
  try {
    const material = keyMaterial(text)
    // A private key in the policy would derive a public one; refuse it rather than accept a leaked secret.
    if ('pem' in material && material.pem.includes('PRIVATE KEY')) return undefined
    const key =
      'pem' in material
        ? createPublicKey(material.pem)
        : createPublicKey({ key: material.der, format: 'der', type: 'spki' })
    return key.asymmetricKeyType === 'ed25519' && key.type === 'public' ? key : undefined
  } catch {
    return undefined
  }
}

/** The lines of a key's text that must never be published (everything but the PEM armour). */
export function signingKeySecrets(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('-----'))
  return [text.trim(), ...lines].filter((value) => value.length >= 8)
}

/**
 * The signed form of a report: a DSSE envelope around an in-toto Statement whose subject is what the report judged
 * (the model digest, else its predictions, else its data) and whose predicate is the report. Undefined when the
 * report names no file by digest (an in-toto Statement needs a subject).
 */
export function signReport(report: GateReport, key: KeyObject): DsseEnvelope | undefined {
  const subjects = reportStatementSubjects(report.subject)
  if (subjects.length === 0) return undefined
  const statement = gateReportStatement(subjects, report)
  return signEnvelope(IN_TOTO_PAYLOAD_TYPE, Buffer.from(JSON.stringify(statement), 'utf8'), key)
}

/** JSON with object keys sorted, so two parses of the same report compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  )
}

const fromBase64 = (text: string): Buffer => Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64')

/**
 * The report inside an envelope, without verifying it (register-model stores the envelope; promotion verifies it
 * against the alias's keys). A problem is a sentence naming what is wrong.
 */
export function openReportEnvelope(
  value: unknown,
):
  | { readonly kind: 'report'; readonly report: unknown; readonly envelope: DsseEnvelope }
  | { readonly kind: 'invalid'; readonly problem: string } {
  const parsed = parseDsseEnvelope(value)
  if (parsed.kind === 'invalid') return { kind: 'invalid', problem: `not a DSSE envelope (${parsed.problem})` }
  if (parsed.envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return { kind: 'invalid', problem: `payloadType is ${parsed.envelope.payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}` }
  let payload: unknown
  try {
    payload = JSON.parse(fromBase64(parsed.envelope.payload).toString('utf8'))
  } catch {
    return { kind: 'invalid', problem: 'the payload is not JSON' }
  }
  const statement = readGateReportStatement(payload)
  if (statement.kind === 'invalid')
    return { kind: 'invalid', problem: `the in-toto Statement's ${statement.field} is not valid` }
  return { kind: 'report', report: statement.statement.predicate, envelope: parsed.envelope }
}

/** Whether an envelope carries exactly this report (its predicate) about what the report judged (its subjects). */
export function envelopeMatches(envelope: DsseEnvelope, report: unknown): boolean {
  const opened = openReportEnvelope(envelope)
  return opened.kind === 'report' && canonical(opened.report) === canonical(report)
}

function checkOne(
  report: GateReport,
  signed: SignedReport | undefined,
  keys: readonly KeyObject[],
  keyIds: readonly string[],
): ReportSignatureCheck {
  if (signed === undefined) return { kind: 'unsigned' }
  const hint = signed.envelope.signatures[0]?.keyid
  const keyId = hint === undefined ? {} : { keyId: hint }
  const verified = verifyEnvelope(signed.envelope, keys)
  if (verified.kind === 'unverified')
    return {
      kind: 'bad',
      ...keyId,
      problem: verified.reason === 'no-signature' ? 'the envelope has no signature' : 'no trusted key verifies it',
    }
  let payload: unknown
  try {
    payload = JSON.parse(verified.body.toString('utf8'))
  } catch {
    return { kind: 'bad', ...keyId, problem: 'the signed payload is not JSON' }
  }
  const statement = readGateReportStatement(payload)
  if (statement.kind === 'invalid')
    return { kind: 'bad', ...keyId, problem: `the signed Statement's ${statement.field} is not valid` }
  if (canonical(statement.statement.predicate) !== canonical(report))
    return { kind: 'bad', ...keyId, problem: 'the signed report differs from the stored one' }
  if (canonical(statement.statement.subject) !== canonical(reportStatementSubjects(report.subject)))
    return { kind: 'bad', ...keyId, problem: "the Statement's subject is not what the report judged" }
  return { kind: 'verified', keyId: keyIds[verified.keyIndex] ?? '' }
}

/**
 * Checks the signature of every stored report against trusted public keys (already read with readTrustedKey):
 * DSSE (1, n) verification over PAE, then the Statement's predicate must be the stored report and its subject what
 * the report judged.
 */
export function checkReportSignatures(
  reports: readonly GateReport[],
  signed: readonly SignedReport[] | undefined,
  keys: readonly KeyObject[],
): ReportSignatures {
  const keyIds = keys.map((key) => keyIdOf(key))
  return {
    trustedKeyIds: keyIds,
    checks: reports.map((report, index) =>
      checkOne(
        report,
        signed?.find((s) => s.report === index),
        keys,
        keyIds,
      ),
    ),
  }
}

/**
 * The trusted public keys of an alias's rule, read once.
 * @throws ConfigurationError naming the policy path of a key that is not an Ed25519 public key
 */
export function readTrustedKeys(alias: string, texts: readonly string[]): KeyObject[] {
  return texts.map((text, index) => {
    const key = readTrustedKey(text)
    if (key === undefined)
      throw new ConfigurationError(
        notATrustedKey(alias, index),
        { path: `register-model.promotion.aliases.${alias}.trusted_keys[${index}]` },
        notATrustedKeyHint(),
      )
    return key
  })
}
