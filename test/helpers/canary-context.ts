import type { ActionContext, StateStore } from '../../src/github/action-context.js'
import { InputReader } from '../../src/github/input-reader.js'
import { readGitHubContext } from '../../src/github/event-context.js'
import { createGitHubClient } from '../../src/github/client.js'
import type { Logger } from '../../src/core/logger.js'

/** An in-process ActionContext for canary-deploy tests (until runBundle lands): inputs, state map, recorded log. */
export function canaryContext(options: {
  inputs: Record<string, string>
  apiUrl?: string
  signal?: AbortSignal
  policy?: Record<string, unknown>
}): { context: ActionContext; state: Map<string, string>; log: string[] } {
  const state = new Map<string, string>()
  const log: string[] = []
  const logger: Logger = {
    debug: () => undefined,
    info: (m) => void log.push(m),
    warning: (m) => void log.push(`warning: ${m}`),
    error: (m) => void log.push(`error: ${m}`),
    startGroup: () => undefined,
    endGroup: () => undefined,
    setSecret: () => undefined,
  }
  const env = {
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_ACTOR: 'octocat',
  }
  const store: StateStore = { save: (k, v) => void state.set(k, v), get: (k) => state.get(k) }
  const context: ActionContext = {
    inputs: new InputReader((name) => options.inputs[name]),
    logger,
    policy: options.policy ?? {},
    github: {
      ...readGitHubContext(env),
      ...(options.inputs.environment === undefined ? {} : { environment: options.inputs.environment }),
    },
    client: options.apiUrl === undefined ? undefined : createGitHubClient('test-token', options.apiUrl, logger),
    state: store,
    onRunner: false,
    workDir: '/tmp',
    env,
    now: () => new Date(),
    signal: options.signal ?? new AbortController().signal,
  }
  return { context, state, log }
}
