import { existsSync } from 'node:fs'
import { ConfigurationError } from '../core/errors.js'
import { signedReportPath } from '../core/evidence/in-toto-statement.js'
import type { GateReport } from '../core/gate/gate-report.js'
import {
  envelopeDiffers,
  notAGateReport,
  notAReportEnvelope,
  reportsNotAboutVersion,
} from '../core/registry/messages.js'
import type { SignedReport } from '../core/registry/model-card.js'
import { reportBindingProblem, type VersionIdentity } from '../core/registry/report-binding.js'
import { envelopeMatches, openReportEnvelope } from '../io/evidence/report-envelope.js'
import { schemaProblems } from '../io/schema-validator.js'
import { Inputs } from './inputs.js'
import { readJsonFile } from './read-json-file.js'

/** The reports to store, and the signed form of those the gates signed. */
export interface ReadReports {
  readonly reports: readonly GateReport[]
  readonly signedReports: readonly SignedReport[]
}

const isEnvelope = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'payloadType' in value && 'signatures' in value

/** The envelope in `value` read from `file`. @throws ConfigurationError naming the file when it is not one */
async function openEnvelopeFile(
  file: string,
  value?: unknown,
): Promise<SignedReport['envelope'] & { report?: unknown }> {
  const opened = openReportEnvelope(value ?? (await readJsonFile(file, Inputs.Reports)))
  if (opened.kind === 'invalid')
    throw new ConfigurationError(
      notAReportEnvelope(file, opened.problem),
      { input: Inputs.Reports, file },
      'pass the report-path output of a gate (its signed .dsse.json beside it is read too), or re-run the gate with signing-key',
    )
  return { ...opened.envelope, report: opened.report }
}

/** One `reports` entry: a report (with its envelope when one was written beside it) or an envelope itself. */
async function readOne(
  path: string,
): Promise<{ readonly report: unknown; readonly envelope?: SignedReport['envelope'] }> {
  const value = await readJsonFile(path, Inputs.Reports)
  if (isEnvelope(value)) {
    const { report, ...envelope } = await openEnvelopeFile(path, value)
    return { report, envelope }
  }
  const beside = signedReportPath(path)
  if (beside === path || !existsSync(beside)) return { report: value }
  const { report: signed, ...envelope } = await openEnvelopeFile(beside)
  if (!envelopeMatches(envelope, value) || signed === undefined)
    throw new ConfigurationError(
      envelopeDiffers(path, beside),
      { input: Inputs.Reports, file: path },
      'register the report as the gate wrote it, or re-run the gate',
    )
  return { report: value, envelope }
}

/**
 * The gate reports to store with the version: each must match schemas/gate-report.schema.json, and each must be
 * about the version being registered (the same model digest, its predictions, its commit: reportBindingProblem).
 * A report signed by its gate (a DSSE envelope beside it, or given directly) is stored with its envelope.
 * @throws ConfigurationError naming the file and what is wrong; nothing is registered
 */
export async function readReports(
  paths: readonly string[],
  identity: VersionIdentity,
  modelPath: string,
): Promise<ReadReports> {
  const reports: GateReport[] = []
  const signedReports: SignedReport[] = []
  const unbound: string[] = []
  for (const path of paths) {
    const { report, envelope } = await readOne(path)
    const problems = schemaProblems('gate-report', report)
    if (problems.length > 0)
      throw new ConfigurationError(
        notAGateReport(
          path,
          problems.map((p) => `${p.path.join('.') || '(report)'} ${p.message}`),
        ),
        { input: Inputs.Reports, file: path },
        'pass the report-path outputs of the gates, as they wrote them',
      )
    const gateReport = report as GateReport
    const refusal = reportBindingProblem(`report ${path} (${gateReport.gate})`, gateReport, identity)
    if (refusal !== undefined) unbound.push(refusal)
    if (envelope !== undefined) signedReports.push({ report: reports.length, envelope })
    reports.push(gateReport)
  }
  if (unbound.length > 0)
    throw new ConfigurationError(
      reportsNotAboutVersion(identity.model, modelPath, unbound),
      { input: Inputs.Reports },
      'pass the reports of the run that produced model-path (each names what it judged by digest)',
    )
  return { reports, signedReports }
}
