import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FAIL_ON_VALUES, type FailOn } from '../core/gate/fail-on.js'
import type { GateReport } from '../core/gate/gate-report.js'
import { reportInvalid } from '../core/messages.js'
import { DEFAULT_POLICY_PATH, readPolicyFile } from '../io/read-policy-file.js'
import { schemaProblems, formatPath } from '../io/schema-validator.js'
import type { ActionContext } from './action-context.js'
import type { GateHost } from './gate-host.js'
import type { PolicyDocument } from '../core/policy/policy-document.js'
import { createGitHubClient } from './client.js'
import { readGitHubContext } from './event-context.js'
import type { InputReader } from './input-reader.js'
import { parseReportKey } from '../core/report/report-key.js'

/** The shared inputs every gate has (action.yml declares them with these names). */
export const SharedInputs = {
  GitHubToken: 'github-token',
  Comment: 'comment',
  CheckRun: 'check-run',
  FailOn: 'fail-on',
  Policy: 'policy',
  ReportPath: 'report-path',
  /** Optional GitHub App installation token; check runs created with it can carry a working "Promote" button. */
  AppToken: 'app-token',
  /** Tells two runs of one gate in a PR apart (matrix legs): own comment section and check-run name. */
  ReportKey: 'report-key',
  /** Optional Ed25519 private key (a secret): the report is also written signed, as a DSSE envelope beside it. */
  SigningKey: 'signing-key',
} as const

/** Everything a session needs before the policy is read; the context's own fields, without the policy. */
export type Session = Omit<ActionContext, 'policy'>

/**
 * Opens the session a gate runs in: the token masked, the GitHub context read, the client built, the work folder
 * made. Nothing here reads a user file, so it cannot fail on bad input: the error report of a run whose policy
 * file is broken still reaches the PR and the check run.
 */
export function openSession(host: GateHost): Session {
  const { inputs, logger, env } = host
  const token = inputs.optional(SharedInputs.GitHubToken) ?? env.GITHUB_TOKEN
  if (token !== undefined) logger.setSecret(token)
  const github = readGitHubContext(env)
  const client = host.useGitHub && token !== undefined ? createGitHubClient(token, github.apiUrl, logger) : undefined
  const workDir = resolve(
    env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? join(env.RUNNER_TEMP, 'modelgate') : '.modelgate',
  )
  mkdirSync(workDir, { recursive: true })
  return {
    inputs,
    logger,
    github,
    client,
    state: host.state,
    onRunner: host.kind === 'runner' && env.GITHUB_ACTIONS === 'true',
    workDir,
    env,
    now: host.now,
    signal: host.signal,
  }
}

/** The policy file the `policy` input names (validated against schemas/policy.schema.json), {} without one. */
export function readPolicy(inputs: InputReader): PolicyDocument {
  const policyInput = inputs.optional(SharedInputs.Policy)
  return readPolicyFile(policyInput === undefined || policyInput === DEFAULT_POLICY_PATH ? undefined : policyInput)
}

/** Where the report goes besides the job summary and under which key (`report-key`, checked by parseReportKey). */
export interface PublishSwitches {
  readonly comment: boolean
  readonly checkRun: boolean
  readonly reportKey?: string
}

/** Strict booleans, so `comment: flase` is a configuration error; a report key that is not a plain name is one too. */
export function readPublishSwitches(inputs: InputReader): PublishSwitches {
  const reportKey = parseReportKey(inputs.optional(SharedInputs.ReportKey))
  return {
    comment: inputs.boolean(SharedInputs.Comment, true),
    checkRun: inputs.boolean(SharedInputs.CheckRun, true),
    ...(reportKey === undefined ? {} : { reportKey }),
  }
}

export function readFailOn(inputs: InputReader): FailOn {
  return inputs.choice(SharedInputs.FailOn, FAIL_ON_VALUES, 'fail')
}

/** Throws when a gate's report breaks the schema: a bug in the gate, caught before anything is posted. */
export function assertValidReport(report: GateReport): void {
  const problems = schemaProblems('gate-report', report)
  if (problems.length > 0)
    throw new Error(
      reportInvalid(
        report.gate,
        problems
          .slice(0, 5)
          .map((p) => `${formatPath(p.path)} ${p.message}`)
          .join('; '),
      ),
    )
}
