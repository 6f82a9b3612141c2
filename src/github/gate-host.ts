import type { Surface } from '../core/errors.js'
import type { GateReport } from '../core/gate/gate-report.js'
import type { Logger } from '../core/logger.js'
import type { StateStore } from './action-context.js'
import type { InputReader } from './input-reader.js'
import type { PublishOptions } from './publish-report.js'
import type { GitHubContext } from './event-context.js'
import type { GitHubClient } from './client.js'

/** What the session hands a host to publish: the report, where it was written, and the outputs it set. */
export interface PublishedRun {
  readonly report: GateReport
  readonly reportPath: string
  readonly outputs: Readonly<Record<string, string>>
  readonly options: PublishOptions
  readonly github: GitHubContext
  readonly client: GitHubClient | undefined
}

/**
 * Where a gate runs: a GitHub runner (inputs from INPUT_*, outputs and state through the runner's files, the
 * report posted to GitHub) or a terminal (flags, the report printed, state in memory). `runGate` is the one
 * lifecycle over either; a host only says how each of these effects happens.
 */
export interface GateHost {
  readonly kind: 'runner' | 'terminal'
  readonly inputs: InputReader
  readonly logger: Logger
  readonly env: Readonly<Record<string, string | undefined>>
  readonly state: StateStore
  /** Aborted on cancellation (the runner's SIGINT/SIGTERM, Ctrl-C in a terminal). */
  readonly signal: AbortSignal
  readonly now: () => Date
  /** Whether a GitHub client is built from the token: always on a runner, only on request in a terminal. */
  readonly useGitHub: boolean
  setOutput(name: string, value: string): void
  /** Puts the written report where its audience looks (job summary, PR comment and check run; or stdout). */
  publish(run: PublishedRun): Promise<void>
  /** Marks the run failed with one message (the step's error annotation, or stderr), exactly once. */
  fail(message: string, location?: { readonly file?: string; readonly line?: number }): void
}

/** How errors name inputs on this host: `with:` inputs on a runner, `--flags` in a terminal (UserError.describe). */
export const hostSurface = (host: Pick<GateHost, 'kind'>): Surface => (host.kind === 'terminal' ? 'cli' : 'action')
