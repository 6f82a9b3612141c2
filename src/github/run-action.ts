import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import * as core from '@actions/core'
import { stepFails, verdictOutput, type FailOn } from '../core/gate/fail-on.js'
import type { GateName } from '../core/gate/gate-name.js'
import type { GateReport } from '../core/gate/gate-report.js'
import { isUserError } from '../core/errors.js'
import { unexpectedFailure } from '../core/messages.js'
import type { ActionContext, ActionMain, ActionPost, CheckRunButton, StateStore } from './action-context.js'
import { createGitHubClient } from './client.js'
import { assertValidReport, createActionContext, errorReport, readFailOn, SharedInputs } from './action-session.js'
import { InputReader } from './input-reader.js'
import { publishReport } from './publish-report.js'
import { createRunnerLogger } from './runner-logger.js'
import { readGitHubContext } from './event-context.js'

const runnerState: StateStore = {
  save: (name, value) => core.saveState(name, value),
  get: (name) => {
    const value = core.getState(name)
    return value === '' ? undefined : value
  },
}

/** Aborts on cancellation (the runner sends SIGINT, then SIGTERM) and exits if main does not stop in time. */
function cancellationSignal(): AbortSignal {
  const controller = new AbortController()
  const onSignal = (name: string): void => {
    if (controller.signal.aborted) return
    core.warning(`received ${name}: the job is being cancelled; stopping`)
    controller.abort(new Error(`cancelled (${name})`))
    setTimeout(() => process.exit(1), 8000).unref()
  }
  process.once('SIGINT', () => onSignal('SIGINT'))
  process.once('SIGTERM', () => onSignal('SIGTERM'))
  return controller.signal
}

function writeReport(report: GateReport, path: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
}

/**
 * The one wrapper every action's entry calls (codeql's runWrapper): builds the context, runs main, validates
 * and publishes the report, sets outputs, and fails the step by `fail-on`. User errors end with their message
 * and location, no stack trace; anything else is reported as a bug. Either way the check run completes.
 */
export async function runAction(gate: GateName, main: ActionMain): Promise<void> {
  const startedAt = new Date()
  const logger = createRunnerLogger()
  const inputs = new InputReader((name) => core.getInput(name))
  const env = { ...process.env }
  let context: ActionContext | undefined
  let failOn: FailOn = 'fail'
  let report: GateReport
  let outputs: Readonly<Record<string, string>> = {}
  let button: CheckRunButton | undefined
  let failure: string | undefined
  try {
    failOn = readFailOn(inputs)
    context = createActionContext({
      inputs,
      logger,
      env,
      state: runnerState,
      signal: cancellationSignal(),
      onRunner: env.GITHUB_ACTIONS === 'true',
      useGitHub: true,
    })
    const result = await main(context)
    report = result.report
    outputs = result.outputs ?? {}
    button = result.checkRunAction
    assertValidReport(report)
  } catch (error) {
    if (isUserError(error)) {
      failure = error.describe()
      logger.error(
        failure,
        error.location.file === undefined
          ? undefined
          : { file: error.location.file, ...(error.location.line === undefined ? {} : { line: error.location.line }) },
      )
    } else {
      const message = error instanceof Error ? error.message : String(error)
      failure = unexpectedFailure(gate, message)
      logger.error(failure)
      if (error instanceof Error && error.stack !== undefined) core.debug(error.stack)
    }
    report = errorReport(gate, failure, startedAt, new Date())
  }
  const reportPath = resolve(
    inputs.optional(SharedInputs.ReportPath) ?? join(context?.workDir ?? resolve('.modelgate'), `${gate}-report.json`),
  )
  try {
    writeReport(report, reportPath)
    core.setOutput('report-path', reportPath)
    core.setOutput('verdict', verdictOutput(report.status))
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    const appToken = inputs.optional(SharedInputs.AppToken)
    if (appToken !== undefined) logger.setSecret(appToken)
    const appClient =
      appToken === undefined || context === undefined
        ? undefined
        : createGitHubClient(appToken, context.github.apiUrl, logger)
    const publish = {
      comment: safeBoolean(inputs, SharedInputs.Comment),
      checkRun: safeBoolean(inputs, SharedInputs.CheckRun),
      failOn,
      ...(appClient === undefined ? {} : { appClient }),
      ...(button === undefined ? {} : { button }),
    }
    if (context !== undefined) await publishReport(report, publish, context)
    else await publishWithoutContext(report, publish, logger)
  } catch (error) {
    logger.warning(`could not publish the report: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (failure !== undefined) core.setFailed(failure)
  else if (stepFails(report.status, failOn)) core.setFailed(`modelgate/${gate}: ${report.status} — ${report.title}`)
  else logger.info(`modelgate/${gate}: ${report.status} — ${report.title}`)
}

function safeBoolean(inputs: InputReader, name: string): boolean {
  try {
    return inputs.boolean(name, true)
  } catch {
    return true
  }
}

/** When the context itself could not be built (a bad policy file), the error report still reaches GitHub. */
async function publishWithoutContext(
  report: GateReport,
  options: { comment: boolean; checkRun: boolean; failOn: FailOn },
  logger: ReturnType<typeof createRunnerLogger>,
): Promise<void> {
  const env = { ...process.env }
  try {
    const github = readGitHubContext(env)
    const token = core.getInput(SharedInputs.GitHubToken) || undefined
    const client = token === undefined ? undefined : createGitHubClient(token, github.apiUrl, logger)
    await publishReport(report, options, { client, github, env, logger, now: () => new Date() })
  } catch (error) {
    logger.warning(`could not publish the error report: ${(error as Error).message}`)
  }
}

/** Wrapper for post steps: same context, no report; errors fail the post step with their message. */
export async function runPost(gate: GateName, post: ActionPost): Promise<void> {
  const logger = createRunnerLogger()
  try {
    const context = createActionContext({
      inputs: new InputReader((name) => core.getInput(name)),
      logger,
      env: { ...process.env },
      state: runnerState,
      signal: new AbortController().signal,
      onRunner: process.env.GITHUB_ACTIONS === 'true',
      useGitHub: true,
    })
    await post(context)
  } catch (error) {
    const message = isUserError(error)
      ? error.describe()
      : unexpectedFailure(`${gate} (post)`, error instanceof Error ? error.message : String(error))
    core.setFailed(message)
  }
}
