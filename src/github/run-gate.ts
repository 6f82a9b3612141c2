import type { KeyObject } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { SharedOutputs } from '../core/gate/action-outputs.js'
import { stepFails, verdictOutput, type FailOn } from '../core/gate/fail-on.js'
import { errorOutcome, toGateReport, type GateOutcome } from '../core/gate/gate-outcome.js'
import type { GateName } from '../core/gate/gate-name.js'
import type { GateReport, ReportSubject } from '../core/gate/gate-report.js'
import { errorMessage } from '../core/error-message.js'
import { ConfigurationError, isUserError } from '../core/errors.js'
import { signedReportPath } from '../core/evidence/in-toto-statement.js'
import { notASigningKey, notASigningKeyHint, reportNotSigned, reportSigned } from '../core/evidence/messages.js'
import { readSigningKey, signingKeySecrets, signReport } from '../io/evidence/report-envelope.js'
import { unexpectedFailure } from '../core/messages.js'
import type { ActionContext, ActionMain, CheckRunButton } from './action-context.js'
import {
  assertValidReport,
  openSession,
  readFailOn,
  readPolicy,
  readPublishSwitches,
  SharedInputs,
  type PublishSwitches,
  type Session,
} from './action-session.js'
import { createGitHubClient } from './client.js'
import { redactingLogger } from './redacting-logger.js'
import { createSecretRedactor, redactDeep, type SecretRedactor } from '../core/secrets/secret-redactor.js'
import { secretsFromEnvironment } from '../core/secrets/secrets-from-environment.js'
import { hostSurface, type GateHost } from './gate-host.js'
import { fileSystemUserError, resolveOptionalInputPath, writeTextFile } from '../io/paths/index.js'
import { alertFromGate, readAlertSettings, type AlertSettings } from './gate-alert.js'
import { readRetrainSettings, retrainFromGate, type RetrainSettings } from './retrain-from-gate.js'

/** What one run of a gate ended with: the report (always written), and whether the step/command failed. */
export interface GateRun {
  readonly report: GateReport
  readonly reportPath: string
  readonly outputs: Readonly<Record<string, string>>
  readonly failed: boolean
}

/** The host seen through the redactor: its logger redacts, and every secret-looking variable is registered. */
function redactingHost(host: GateHost, redactor: SecretRedactor): GateHost {
  const logger = redactingLogger(host.logger, redactor)
  for (const secret of secretsFromEnvironment(host.env)) logger.setSecret(secret)
  return { ...host, logger, fail: (message, location) => host.fail(redactor.redact(message), location) }
}

/** Writes the report file; a full disk or an unwritable folder is returned as the run's failure, naming the file. */
function writeReport(
  report: GateReport,
  path: string,
  host: GateHost,
): { message: string; location: { file: string } } | undefined {
  try {
    try {
      mkdirSync(dirname(path), { recursive: true })
    } catch (error) {
      throw fileSystemUserError(error, { path: dirname(path), input: SharedInputs.ReportPath }) ?? error
    }
    writeTextFile(path, `${JSON.stringify(report, null, 2)}\n`, SharedInputs.ReportPath)
    return undefined
  } catch (error) {
    if (!isUserError(error)) throw error
    return { message: error.describe(hostSurface(host)), location: { file: path } }
  }
}

/** `report-path` when given (checked by resolveInputPath: never a directory, /proc or outside the roots). */
function chosenReportPath(host: GateHost, fallback: string): string {
  const chosen = resolveOptionalInputPath(
    host.inputs.optional(SharedInputs.ReportPath),
    'output',
    SharedInputs.ReportPath,
  )
  return chosen === undefined ? fallback : resolve(chosen)
}

type Failure = { message: string; location?: { file?: string; line?: number } }

/**
 * What a thrown error becomes: a user error's message and location, or a bug report (the stack in the debug log).
 * A full disk or a read-only folder is the user's to fix, not a bug: it names the file.
 */
function classifyFailure(gate: GateName, thrown: unknown, host: GateHost): Failure {
  const error = fileSystemUserError(thrown) ?? thrown
  if (!isUserError(error)) {
    if (error instanceof Error && error.stack !== undefined) host.logger.debug(error.stack)
    return { message: unexpectedFailure(gate, errorMessage(error)) }
  }
  const file = error.location.file
  return {
    message: error.describe(hostSurface(host)),
    ...(file === undefined
      ? {}
      : { location: { file, ...(error.location.line === undefined ? {} : { line: error.location.line }) } }),
  }
}

/**
 * The `signing-key` input, registered with the redactor before anything else can print it (the whole value and each
 * line of its PEM body), then read as an Ed25519 private key.
 * @throws ConfigurationError when it is set but not an Ed25519 private key
 */
function readSigningKeyInput(host: GateHost): KeyObject | undefined {
  const text = host.inputs.optional(SharedInputs.SigningKey)
  if (text === undefined) return undefined
  for (const secret of signingKeySecrets(text)) host.logger.setSecret(secret)
  const key = readSigningKey(text)
  if (key === undefined)
    throw new ConfigurationError(notASigningKey(), { input: SharedInputs.SigningKey }, notASigningKeyHint())
  return key
}

/** Writes the signed form of the (already redacted) report beside it; a report that names no digest stays unsigned. */
function writeSignedReport(host: GateHost, report: GateReport, reportPath: string, key: KeyObject | undefined): void {
  if (key === undefined) return
  const envelope = signReport(report, key)
  if (envelope === undefined) {
    host.logger.warning(reportNotSigned(reportPath))
    return
  }
  const path = signedReportPath(reportPath)
  writeFileSync(path, `${JSON.stringify(envelope, null, 2)}\n`)
  host.logger.info(reportSigned(path, envelope.signatures[0]?.keyid ?? ''))
}

/** The subject main returned, with the commit and the run URL of the session where main did not name them. */
function withRun(subject: ReportSubject | undefined, github: Session['github']): ReportSubject | undefined {
  const run: ReportSubject = {
    ...(github.sha === undefined ? {} : { commit: github.sha }),
    ...(github.runUrl === undefined ? {} : { runUrl: github.runUrl }),
  }
  const merged = { ...run, ...subject }
  return Object.keys(merged).length === 0 ? undefined : merged
}

/**
 * The one lifecycle of every gate, on a runner and in a terminal (codeql's runWrapper): open the session, read
 * the shared inputs and the policy, run main, turn its outcome into the validated GateReport, write it, set the
 * outputs, publish, and fail by `fail-on`. A user error ends as an `error` report with its message and location
 * and no stack trace; anything else is reported as a bug. Either way a report is written and published, so a
 * required check is never left pending and the CLI leaves the same JSON as the action.
 */
export async function runGate(gate: GateName, main: ActionMain, outer: GateHost): Promise<GateRun> {
  const startedAt = outer.now()
  const redactor = createSecretRedactor()
  const host = redactingHost(outer, redactor)
  const session = openSession(host)
  let failOn: FailOn = 'fail'
  let switches: PublishSwitches = { comment: true, checkRun: true }
  let outcome: GateOutcome
  let subject: ReportSubject | undefined = withRun(undefined, session.github)
  let button: CheckRunButton | undefined
  let failure: Failure | undefined
  let report: GateReport
  let reportPath = join(session.workDir, `${gate}-report.json`)
  let alerting: AlertSettings | undefined
  let retraining: RetrainSettings | undefined
  let signingKey: KeyObject | undefined
  try {
    reportPath = chosenReportPath(host, reportPath)
    signingKey = readSigningKeyInput(host)
    failOn = readFailOn(host.inputs)
    switches = readPublishSwitches(host.inputs)
    alerting = readAlertSettings(host.inputs)
    const policy = readPolicy(host.inputs)
    retraining = readRetrainSettings(host.inputs, gate, policy, session.github)
    const context: ActionContext = {
      ...session,
      policy,
      redact: (text) => redactor.redact(text),
    }
    const result = await main(context)
    outcome = result.outcome
    subject = withRun(result.subject, session.github)
    button = result.checkRunAction
    report = toGateReport(gate, outcome, {
      ...(subject === undefined ? {} : { subject }),
      startedAt,
      finishedAt: host.now(),
    })
    assertValidReport(report)
  } catch (error) {
    failure = classifyFailure(gate, error, host)
    outcome = errorOutcome(gate, failure.message)
    report = toGateReport(gate, outcome, {
      ...(subject === undefined ? {} : { subject }),
      startedAt,
      finishedAt: host.now(),
    })
  }
  // Nothing leaves the session unredacted: the report file, its renderings, the outputs and the failure line.
  report = redactDeep(report, redactor)
  const outputs = redactDeep(failure === undefined ? outcome.outputs : {}, redactor)
  // The report file is the audit record: a run whose report could not be written fails, naming the file.
  const writeFailure = writeReport(report, reportPath, host)
  failure ??= writeFailure
  const failed = failure !== undefined || stepFails(report.status, failOn)
  try {
    if (writeFailure === undefined) writeSignedReport(host, report, reportPath, signingKey)
    host.setOutput(SharedOutputs.Verdict, verdictOutput(report.status))
    host.setOutput(SharedOutputs.ReportPath, reportPath)
    for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value)
    const appToken = host.inputs.optional(SharedInputs.AppToken)
    if (appToken !== undefined) host.logger.setSecret(appToken)
    const appClient =
      appToken === undefined ? undefined : createGitHubClient(appToken, session.github.apiUrl, host.logger)
    await host.publish({
      report,
      reportPath,
      outputs,
      github: session.github,
      client: session.client,
      options: {
        ...switches,
        failOn,
        ...(appClient === undefined ? {} : { appClient }),
        ...(button === undefined ? {} : { button }),
      },
    })
  } catch (error) {
    host.logger.warning(`could not publish the report: ${errorMessage(error)}`)
  }
  // After the report is out: a notification that fails is a warning and never changes the verdict.
  await alertFromGate(report, alerting, session.github, session.client, host.logger)
  await retrainFromGate(report, outputs, retraining, session.github, session.client, host.logger)
  if (failure !== undefined) host.fail(failure.message, failure.location)
  else if (failed) host.fail(`modelgate/${gate}: ${report.status} — ${report.title}`)
  else host.logger.info(`modelgate/${gate}: ${report.status} — ${report.title}`)
  return { report, reportPath, outputs, failed }
}
