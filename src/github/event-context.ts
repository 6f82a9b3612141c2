import { readFileSync } from 'node:fs'

/** What the run is about, read from GITHUB_* variables and the event payload when the action starts. */
export interface GitHubContext {
  readonly eventName?: string
  /** `owner/name`. */
  readonly repository?: string
  readonly owner?: string
  readonly repo?: string
  /** The commit to attach check runs to: the PR head SHA on pull_request events (GITHUB_SHA is the merge commit there). */
  readonly sha?: string
  readonly ref?: string
  readonly pullRequestNumber?: number
  /** True when the PR comes from a fork: its token is read-only, so reports degrade to the job summary. */
  readonly fromFork: boolean
  readonly actor?: string
  readonly serverUrl: string
  readonly apiUrl: string
  readonly runId?: string
  readonly runAttempt?: string
  /** Link to this workflow run, for reports and audit records. */
  readonly runUrl?: string
  readonly workflow?: string
  readonly job?: string
  readonly runnerName?: string
  readonly payload: Readonly<Record<string, unknown>>
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (path === undefined || path === '') return {}
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/** Builds the context from an environment (process.env on a runner, a test's own map in tests). */
export function readGitHubContext(env: Readonly<Record<string, string | undefined>>): GitHubContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const repository = text(env.GITHUB_REPOSITORY)
  const [owner, repo] = repository?.split('/') ?? []
  const pr = field(payload, 'pull_request')
  const prNumber =
    field(pr, 'number') ??
    (text(env.GITHUB_EVENT_NAME)?.startsWith('pull_request') ? field(payload, 'number') : undefined)
  const headRepo = text(field(pr, 'head', 'repo', 'full_name'))
  const baseRepo = text(field(pr, 'base', 'repo', 'full_name'))
  const serverUrl = (text(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/$/, '')
  const runId = text(env.GITHUB_RUN_ID)
  return {
    ...optional('eventName', text(env.GITHUB_EVENT_NAME)),
    ...optional('repository', repository),
    ...optional('owner', text(owner)),
    ...optional('repo', text(repo)),
    ...optional('sha', text(field(pr, 'head', 'sha')) ?? text(env.GITHUB_SHA)),
    ...optional('ref', text(field(pr, 'head', 'ref')) ?? text(env.GITHUB_REF)),
    ...optional('pullRequestNumber', typeof prNumber === 'number' ? prNumber : undefined),
    fromFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    ...optional('actor', text(env.GITHUB_ACTOR)),
    serverUrl,
    apiUrl: (text(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/$/, ''),
    ...optional('runId', runId),
    ...optional('runAttempt', text(env.GITHUB_RUN_ATTEMPT)),
    ...optional(
      'runUrl',
      repository !== undefined && runId !== undefined ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    ),
    ...optional('workflow', text(env.GITHUB_WORKFLOW)),
    ...optional('job', text(env.GITHUB_JOB)),
    ...optional('runnerName', text(env.RUNNER_NAME)),
    payload,
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
