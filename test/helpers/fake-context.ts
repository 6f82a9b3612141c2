import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toGateReport } from '../../src/core/gate/gate-outcome.js'
import type { GateName } from '../../src/core/gate/gate-name.js'
import type { GateReport } from '../../src/core/gate/gate-report.js'
import type { PolicyDocument } from '../../src/core/policy/policy-document.js'
import type { ActionContext, ActionMain, ActionResult, StateStore } from '../../src/github/action-context.js'
import { createGitHubClient } from '../../src/github/client.js'
import { readGitHubContext, type GitHubContext } from '../../src/github/event-context.js'
import { InputReader } from '../../src/github/input-reader.js'
import { recordingLogger } from './recording-logger.js'

export interface FakeContextOptions {
  readonly inputs?: Readonly<Record<string, string>>
  /** Variables the context reads (GITHUB_* for readGitHubContext); none by default, as in a terminal. */
  readonly env?: Readonly<Record<string, string>>
  readonly policy?: PolicyDocument | Readonly<Record<string, unknown>>
  /** A fake GitHub API: the context gets a real octokit client pointed at it. */
  readonly apiUrl?: string
  readonly github?: Partial<GitHubContext>
  readonly signal?: AbortSignal
  readonly now?: () => Date
  readonly workDir?: string
  readonly onRunner?: boolean
}

export interface FakeContext {
  readonly context: ActionContext
  /** What the action saved for its post step. */
  readonly state: Map<string, string>
  readonly logger: ReturnType<typeof recordingLogger>
  /** Every logged line, in order. */
  readonly log: string[]
}

/**
 * The one in-process ActionContext for tests that call a core-adjacent piece (a mode, a post step) directly:
 * the same fields `runGate` builds, over plain maps, with a recording logger. Bundle tests (runBundle) remain
 * the proof of the runner path; this is for the pieces between.
 */
export function fakeContext(options: FakeContextOptions = {}): FakeContext {
  const env = { ...(options.env ?? {}), ...(options.apiUrl === undefined ? {} : { GITHUB_API_URL: options.apiUrl }) }
  const state = new Map<string, string>()
  const logger = recordingLogger()
  const store: StateStore = { save: (k, v) => void state.set(k, v), get: (k) => state.get(k) }
  const context: ActionContext = {
    inputs: new InputReader((name) => options.inputs?.[name]),
    logger,
    policy: options.policy ?? {},
    github: { ...readGitHubContext(env), ...options.github },
    client: options.apiUrl === undefined ? undefined : createGitHubClient('test-token', options.apiUrl, logger),
    state: store,
    onRunner: options.onRunner ?? false,
    workDir: options.workDir ?? mkdtempSync(join(tmpdir(), 'modelgate-work-')),
    env,
    now: options.now ?? (() => new Date()),
    signal: options.signal ?? new AbortController().signal,
  }
  return { context, state, logger, log: logger.lines }
}

/** A main() run in-process, with its outcome turned into the GateReport the session would write. */
export async function runInProcess(
  gate: GateName,
  main: ActionMain,
  context: ActionContext,
): Promise<{ report: GateReport; outputs: Readonly<Record<string, string>>; result: ActionResult }> {
  const startedAt = context.now()
  const result = await main(context)
  const report = toGateReport(gate, result.outcome, {
    ...(result.subject === undefined ? {} : { subject: result.subject }),
    startedAt,
    finishedAt: context.now(),
  })
  return { report, outputs: result.outcome.outputs, result }
}
