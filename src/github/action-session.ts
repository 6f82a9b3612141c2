import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FAIL_ON_VALUES, type FailOn } from '../core/gate/fail-on.js'
import type { GateName } from '../core/gate/gate-name.js'
import type { GateReport } from '../core/gate/gate-report.js'
import { makeGateReport } from '../core/gate/gate-report.js'
import type { Logger } from '../core/logger.js'
import { reportInvalid } from '../core/messages.js'
import { DEFAULT_POLICY_PATH, readPolicyFile } from '../io/read-policy-file.js'
import { schemaProblems, formatPath } from '../io/schema-validator.js'
import type { ActionContext, StateStore } from './action-context.js'
import { createGitHubClient } from './client.js'
import { readGitHubContext } from './event-context.js'
import type { InputReader } from './input-reader.js'

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
} as const

export interface SessionSeams {
  readonly inputs: InputReader
  readonly logger: Logger
  readonly env: Readonly<Record<string, string | undefined>>
  readonly state: StateStore
  readonly signal: AbortSignal
  readonly onRunner: boolean
  /** The CLI has no GitHub token unless GITHUB_TOKEN is set; the runner passes the input's. */
  readonly useGitHub: boolean
  readonly now?: () => Date
}

/** Builds the ActionContext from the seams: token masked, GitHub context read, policy file validated. */
export function createActionContext(seams: SessionSeams): ActionContext {
  const { inputs, logger, env } = seams
  const token = inputs.optional(SharedInputs.GitHubToken) ?? env.GITHUB_TOKEN
  if (token !== undefined) logger.setSecret(token)
  const github = readGitHubContext(env)
  const client = seams.useGitHub && token !== undefined ? createGitHubClient(token, github.apiUrl, logger) : undefined
  const policyInput = inputs.optional(SharedInputs.Policy)
  const policy = readPolicyFile(
    policyInput === undefined || policyInput === DEFAULT_POLICY_PATH ? undefined : policyInput,
  )
  const workDir = resolve(
    env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? join(env.RUNNER_TEMP, 'modelgate') : '.modelgate',
  )
  mkdirSync(workDir, { recursive: true })
  return {
    inputs,
    logger,
    policy,
    github,
    client,
    state: seams.state,
    onRunner: seams.onRunner,
    workDir,
    env,
    now: seams.now ?? (() => new Date()),
    signal: seams.signal,
  }
}

export function readFailOn(inputs: InputReader): FailOn {
  return inputs.choice(SharedInputs.FailOn, FAIL_ON_VALUES, 'fail')
}

/** The report for a run that could not decide: one `error` check with the reason, so nothing reads as green. */
export function errorReport(gate: GateName, message: string, startedAt: Date, finishedAt: Date): GateReport {
  return makeGateReport({
    gate,
    title: `could not decide: ${message.split('\n')[0]?.slice(0, 200) ?? 'error'}`,
    checks: [{ id: `${gate}.run`, status: 'error', observed: null, message }],
    startedAt,
    finishedAt,
  })
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
