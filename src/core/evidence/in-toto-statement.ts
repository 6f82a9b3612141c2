import type { ReportSubject } from '../gate/gate-report.js'

/** The in-toto Statement layer (in-toto/attestation spec v1): what a signed gate report is about. */
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'

/** The DSSE payloadType of an in-toto Statement (in-toto attestation spec: envelope layer). */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/**
 * modelgate's predicate: the gate report itself, as schemas/gate-report.schema.json describes it (the same URI
 * namespace as that schema's $id; in-toto allows a predicateType that does not resolve).
 */
export const GATE_REPORT_PREDICATE_TYPE = 'https://modelgate.schemas/gate-report/v1'

/** A software artifact the statement is about, identified by digest (the model, or the predictions judged). */
export interface ResourceDescriptor {
  readonly name: string
  /** Algorithm → lower-case hex digest, e.g. `{ sha256: '…' }`. */
  readonly digest: Readonly<Record<string, string>>
}

export interface InTotoStatement<P = unknown> {
  readonly _type: typeof IN_TOTO_STATEMENT_TYPE
  readonly subject: readonly ResourceDescriptor[]
  readonly predicateType: string
  readonly predicate: P
}

/**
 * A Statement over `subject` with a gate report as its predicate.
 * @throws {RangeError} when there is no subject or a digest is not lower-case hex (the spec requires both)
 * @example gateReportStatement([{ name: 'model', digest: { sha256: 'ab' } }], { gate: 'fairness-gate' }).predicateType // => 'https://modelgate.schemas/gate-report/v1'
 */
export function gateReportStatement<P>(subject: readonly ResourceDescriptor[], report: P): InTotoStatement<P> {
  if (subject.length === 0) throw new RangeError('gateReportStatement: an in-toto Statement needs at least one subject')
  for (const item of subject) {
    const entries = Object.entries(item.digest)
    if (entries.length === 0 || entries.some(([, hex]) => !/^[0-9a-f]+$/.test(hex)))
      throw new RangeError(`gateReportStatement: subject "${item.name}" needs lower-case hex digests`)
  }
  return { _type: IN_TOTO_STATEMENT_TYPE, subject, predicateType: GATE_REPORT_PREDICATE_TYPE, predicate: report }
}

/**
 * Reads a parsed payload as a Statement whose predicate is a gate report; a problem is a value naming the field.
 * @example readGateReportStatement({ _type: 'x' }).kind // => 'invalid'
 */
export function readGateReportStatement(
  value: unknown,
):
  | { readonly kind: 'statement'; readonly statement: InTotoStatement }
  | { readonly kind: 'invalid'; readonly field: string } {
  if (typeof value !== 'object' || value === null) return { kind: 'invalid', field: '(root)' }
  const record = value as Record<string, unknown>
  if (record._type !== IN_TOTO_STATEMENT_TYPE) return { kind: 'invalid', field: '_type' }
  if (record.predicateType !== GATE_REPORT_PREDICATE_TYPE) return { kind: 'invalid', field: 'predicateType' }
  const subject = record.subject
  if (
    !Array.isArray(subject) ||
    subject.length === 0 ||
    !subject.every((s: unknown) => {
      const d = typeof s === 'object' && s !== null ? (s as Record<string, unknown>).digest : undefined
      return typeof d === 'object' && d !== null && Object.values(d).every((h) => typeof h === 'string')
    })
  )
    return { kind: 'invalid', field: 'subject' }
  if (typeof record.predicate !== 'object' || record.predicate === null) return { kind: 'invalid', field: 'predicate' }
  return { kind: 'statement', statement: record as unknown as InTotoStatement }
}

/**
 * The subjects a signed gate report is about, from what the report judged: the model (by model digest) when the
 * gate had one, else the candidate's predictions files, else the data files; [] when it judged no file.
 * @example reportStatementSubjects({ model: 'churn', modelDigest: 'sha256:ab' }) // => [{ name: 'churn', digest: { sha256: 'ab' } }]
 * @example reportStatementSubjects({ predictions: { 'p.csv': 'cd' }, dataHashes: { 'd.csv': 'ef' } }) // => [{ name: 'p.csv', digest: { sha256: 'cd' } }]
 */
export function reportStatementSubjects(subject: ReportSubject): ResourceDescriptor[] {
  if (subject.modelDigest !== undefined)
    return [{ name: subject.model ?? 'model', digest: { sha256: subject.modelDigest.replace(/^sha256:/, '') } }]
  const files = Object.entries(subject.predictions ?? {})
  const chosen = files.length > 0 ? files : Object.entries(subject.dataHashes ?? {})
  return chosen.map(([name, sha256]) => ({ name, digest: { sha256 } }))
}

/**
 * Where a gate writes the signed form of its report: beside it, `.json` replaced by `.dsse.json`.
 * @example signedReportPath('/tmp/modelgate/fairness-gate-report.json') // => '/tmp/modelgate/fairness-gate-report.dsse.json'
 * @example signedReportPath('out/report') // => 'out/report.dsse.json'
 */
export function signedReportPath(reportPath: string): string {
  return `${reportPath.replace(/\.json$/, '')}.dsse.json`
}
