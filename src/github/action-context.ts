import type { GateOutcome } from '../core/gate/gate-outcome.js'
import type { ReportSubject } from '../core/gate/gate-report.js'
import type { PolicyDocument } from '../core/policy/policy-document.js'
import type { Logger } from '../core/logger.js'
import type { InputReader } from './input-reader.js'
import type { GitHubContext } from './event-context.js'
import type { GitHubClient } from './client.js'

/** State handed from an action's main step to its post step (GITHUB_STATE on a runner, a file in the CLI). */
export interface StateStore {
  save(name: string, value: string): void
  get(name: string): string | undefined
}

/** Everything an action's main() may touch; built by runGate for a runner or a terminal host, never at import. */
export interface ActionContext {
  readonly inputs: InputReader
  readonly logger: Logger
  /** The policy document (validated against schemas/policy.schema.json), {} when there is no policy file. */
  readonly policy: PolicyDocument
  /** Repository, PR, SHA and run URL; `undefined` fields outside a runner. */
  readonly github: GitHubContext
  /** Octokit with retry and throttling; undefined when no token is available (CLI without GITHUB_TOKEN). */
  readonly client: GitHubClient | undefined
  readonly state: StateStore
  /** True inside a GitHub Actions runner (GITHUB_ACTIONS=true); the CLI and tests outside it are false. */
  readonly onRunner: boolean
  /** Folder for files the action writes (reports, local artifacts): RUNNER_TEMP/modelgate or ./.modelgate. */
  readonly workDir: string
  /** Environment the action may read (a copy, so tests can pass their own). */
  readonly env: Readonly<Record<string, string | undefined>>
  /** The clock; tests pass a fixed one. */
  readonly now: () => Date
  /** Aborted when the job is cancelled (SIGINT/SIGTERM): long-running actions must stop cleanly. */
  readonly signal: AbortSignal
  /**
   * The session's redactor, for files a gate writes beside its report (train-on-runner's log): what every
   * published byte passes. Absent in tests that build a context by hand.
   */
  readonly redact?: (text: string) => string
}

export type { PolicyDocument }

/**
 * What main() returns: the gate's outcome (decided in core), and what the report is about (the digests of the
 * files it judged, the model, the commit). The session adds the timing and builds the one GateReport.
 */
export interface ActionResult {
  readonly outcome: GateOutcome
  readonly subject?: ReportSubject
  /**
   * A check-run button (e.g. "Promote"). Shown only when the check run is created with the `app-token`
   * input: GitHub starts no workflow for requested actions on check runs made with the workflow token.
   */
  readonly checkRunAction?: CheckRunButton
}

export interface CheckRunButton {
  /** label ≤ 20, description ≤ 40, identifier ≤ 20 characters (GitHub's limits). */
  readonly action: { readonly label: string; readonly description: string; readonly identifier: string }
  /** Read back by the `check_run: requested_action` workflow. */
  readonly externalId: string
}

export type ActionMain = (context: ActionContext) => Promise<ActionResult>

/** A post step: cleanup only, no report. */
export type ActionPost = (context: ActionContext) => Promise<void>
