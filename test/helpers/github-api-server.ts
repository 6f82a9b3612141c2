/**
 * A fake api.github.com for integration tests: a real HTTP server on 127.0.0.1 that checks every request
 * against GitHub's published OpenAPI description (fixtures/github-openapi, cut from `@octokit/openapi` by
 * scripts/extract-github-openapi.mjs) and serves the operations modelgate calls with state, the way GitHub
 * does: issue comments, check runs, deployments and their statuses, pulls/get, repos/get, workflow and repository dispatch, issues,
 * and GraphQL's `viewer { login }` (each token's identity, see `identities`).
 *
 * A request GitHub would reject (unknown route, wrong method, missing auth, bad parameter, body against
 * the schema, or a documented limit the schema does not state) gets GitHub's status and error body AND is
 * recorded in `violations`, so a test can fail on it even when the code under test swallows the error:
 *
 * @example
 * const api = await startGitHubApiServer({ headSha: 'a'.repeat(40) })
 * try {
 *   const result = await runBundle('fairness-gate', { api, inputs: { … } })
 *   expect(api.violations).toEqual([])
 *   expect(api.checkRuns[0]?.conclusion).toBe('success')
 * } finally {
 *   await api.close()
 * }
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { GitHubHandlers } from './github-api/handlers.js'
import { answerGraphql } from './github-api/graphql.js'
import { ACTIONS_BOT_LOGIN } from './github-api/resources.js'
import { errorBody, notFound, type HandlerResponse } from './github-api/rules.js'
import { formatErrors, OpenApiSubset, type Operation, type OperationMatch } from './github-api/openapi.js'
import {
  GitHubState,
  type CheckRunRecord,
  type DeploymentRecord,
  type DeploymentStatusRecord,
  type IssueCommentRecord,
  type PullRequestFixture,
  type WorkflowDispatchRecord,
  type IssueRecord,
  type RepositoryDispatchRecord,
} from './github-api/state.js'

export type {
  AnnotationRecord,
  CheckRunRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  IssueCommentRecord,
  PullRequestFixture,
  WorkflowDispatchRecord,
  IssueRecord,
  RepositoryDispatchRecord,
} from './github-api/state.js'
export { OpenApiSubset } from './github-api/openapi.js'

/** The head commit of the default pull request. */
export const DEFAULT_HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
/** The commit the default branch points at. */
export const DEFAULT_BRANCH_SHA = '553c2077f0edc3d5dc5d17262f6aa498e69d6f8e'

export interface GitHubApiServerOptions {
  /** Every write answers 403 "Resource not accessible by integration", as for a fork PR's token. */
  readonly readOnly?: boolean
  /** Milliseconds each response takes (see `setLatency`). Default 0. */
  readonly latencyMs?: number
  /** Pull requests `pulls/get` serves. Default: every number exists, with head `headSha`. */
  readonly pullRequests?: readonly PullRequestFixture[]
  /** Head commit of the default pull requests. Default DEFAULT_HEAD_SHA. */
  readonly headSha?: string
  /** Default `main`. */
  readonly defaultBranch?: string
  /** Default DEFAULT_BRANCH_SHA. */
  readonly defaultBranchSha?: string
  /** More branch or tag names → SHA, for deployments and workflow dispatches that name a ref. */
  readonly refs?: Readonly<Record<string, string>>
  /** Workflow file names (`promote.yml`) or ids that `actions/create-workflow-dispatch` knows; others 404. Default: any. */
  readonly workflows?: readonly string[]
  /** Serve the API under a path, as GitHub Enterprise Server does (`/api/v3`); `url` includes it. Default: the root. */
  readonly pathPrefix?: string
  /**
   * Token → login of the account it belongs to: what `viewer { login }` answers and who authors the comments
   * it creates (plant another user's comment with its token). Default for any token: `github-actions[bot]`.
   */
  readonly identities?: Readonly<Record<string, string>>
}

export interface RecordedRequest {
  readonly method: string
  /** Path below the API root, without the query string, e.g. `/repos/o/r/check-runs`. */
  readonly path: string
  /** Request headers, lower-case names (e.g. `authorization`, `user-agent`). */
  readonly headers: Readonly<Record<string, string>>
  readonly query: Readonly<Record<string, string>>
  /** Parsed JSON body; undefined where none was sent (raw text where it was not JSON). */
  readonly body: unknown
  readonly status: number
  /** The OpenAPI operationId the request matched, where it matched one. */
  readonly operationId?: string
}

export interface Violation {
  readonly method: string
  readonly path: string
  /** What GitHub would reject, e.g. `body: /output/annotations must NOT have more than 50 items`. */
  readonly reason: string
  /** The status the fake answered with. */
  readonly status: number
  readonly operationId?: string
}

export interface InjectedFailure {
  /** Only requests with this method (any case); default any. */
  readonly method?: string
  /** Only requests whose path (no query) matches; default any. */
  readonly pathPattern?: RegExp
  readonly status: number
  /** How many matching requests fail; default 1. */
  readonly times?: number
  /** Default: GitHub's message for the status ("Resource not accessible by integration" for 403). */
  readonly message?: string
  /** Extra response headers, e.g. `{ 'retry-after': '1' }` or `{ 'x-ratelimit-remaining': '0' }`. */
  readonly headers?: Readonly<Record<string, string>>
}

export interface GitHubApiServer {
  /** Base URL without trailing slash, for GITHUB_API_URL / octokit's `baseUrl`. */
  readonly url: string
  /** Every request, in the order answered. */
  readonly requests: readonly RecordedRequest[]
  /** Requests the real API would have rejected. */
  readonly violations: readonly Violation[]
  readonly comments: readonly IssueCommentRecord[]
  readonly checkRuns: readonly CheckRunRecord[]
  readonly deployments: readonly DeploymentRecord[]
  /** In creation order, including the `inactive` ones GitHub adds for `auto_inactive`. */
  readonly deploymentStatuses: readonly DeploymentStatusRecord[]
  readonly workflowDispatches: readonly WorkflowDispatchRecord[]
  /** Issues (not pull requests), in creation order; a test may push one to plant it. */
  readonly issues: IssueRecord[]
  readonly repositoryDispatches: readonly RepositoryDispatchRecord[]
  /** The OpenAPI subset it validates against (e.g. `openapi.responseValidator('checks/create')`). */
  readonly openapi: OpenApiSubset
  /** The next `times` requests matching `method` and `pathPattern` answer `status` instead. */
  failNext(failure: InjectedFailure): void
  /** Every response takes `ms`: the state is read or written halfway, so concurrent clients interleave. */
  setLatency(ms: number): void
  setReadOnly(readOnly: boolean): void
  /** Throws an Error listing every violation; does nothing when there is none. */
  assertNoViolations(): void
  close(): Promise<void>
}

const GRAPHQL_PATH = '/graphql'
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const FAILURE_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'API rate limit exceeded',
  500: 'Internal Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Starts the fake GitHub API on 127.0.0.1 (a free port). Close it in `afterEach`/`finally`. */
export async function startGitHubApiServer(options: GitHubApiServerOptions = {}): Promise<GitHubApiServer> {
  const openapi = OpenApiSubset.load()
  const state = new GitHubState()
  const requests: RecordedRequest[] = []
  const violations: Violation[] = []
  const failures: { failure: InjectedFailure; left: number }[] = []
  let latencyMs = options.latencyMs ?? 0
  let readOnly = options.readOnly ?? false
  const pathPrefix = (options.pathPrefix ?? '').replace(/\/+$/, '')

  const identities = options.identities ?? {}
  const loginOf = (request: IncomingMessage): string =>
    identities[(request.headers.authorization ?? '').replace(/^(token|bearer) /i, '')] ?? ACTIONS_BOT_LOGIN

  function injectedFailure(method: string, path: string): HandlerResponse | undefined {
    const injected = failures.find(
      ({ failure, left }) =>
        left > 0 &&
        (failure.method === undefined || failure.method.toUpperCase() === method) &&
        (failure.pathPattern === undefined || failure.pathPattern.test(path)),
    )
    if (injected === undefined) return undefined
    injected.left -= 1
    const { status, message, headers } = injected.failure
    return {
      status,
      body: errorBody(message ?? FAILURE_MESSAGES[status] ?? 'Error', status),
      ...(headers === undefined ? {} : { headers: { ...headers } }),
    }
  }

  function answer(
    request: IncomingMessage,
    url: URL,
    path: string,
    text: string,
  ): HandlerResponse & { operationId?: string; body?: unknown } {
    const method = (request.method ?? 'GET').toUpperCase()
    const violation = (
      reason: string,
      response: HandlerResponse,
      operationId?: string,
    ): HandlerResponse & { operationId?: string } => {
      violations.push({
        method,
        path,
        reason,
        status: response.status,
        ...(operationId === undefined ? {} : { operationId }),
      })
      return { ...response, ...(operationId === undefined ? {} : { operationId }) }
    }
    const header = headerProblem(request)
    if (header !== undefined) return violation(header.reason, header.response)
    const login = loginOf(request)
    if (path === GRAPHQL_PATH) {
      if (method !== 'POST') return violation(`${method} is not an operation of ${path}`, notFound())
      const injected = injectedFailure(method, path)
      if (injected !== undefined) return injected
      const response = answerGraphql(text, login)
      return response.violation === undefined ? response : violation(response.violation, response)
    }
    const { match, pathExists } = openapi.match(method, path)
    if (match === undefined) {
      return violation(
        pathExists ? `${method} is not an operation of ${path}` : 'no such route in the OpenAPI description',
        notFound(),
      )
    }
    const operationId = match.operation.operationId
    const { params, query, problems } = readParameters(openapi, match, url)
    const { body, problems: bodyProblems } = readJsonBody(match.operation, text)
    problems.push(...bodyProblems)
    for (const problem of problems)
      violations.push({ method, path, reason: problem.reason, status: problem.status, operationId })

    const injected = injectedFailure(method, path)
    if (injected !== undefined) return { ...injected, operationId }
    if (readOnly && WRITE_METHODS.has(method))
      return { status: 403, body: errorBody('Resource not accessible by integration', 403), operationId }
    const rejected = problemResponse(problems)
    if (rejected !== undefined) return { ...rejected, operationId }
    const response = handlers.handle({ operationId, params, query, body, url, login })
    if (response.violation !== undefined) return violation(response.violation, response, operationId)
    return { ...response, operationId }
  }

  /** The path below the API root; Octokit sends GraphQL for a GHES base URL `…/api/v3` to `…/api/graphql`. */
  function locate(pathname: string): { insideRoot: boolean; path: string } {
    if (/\/api\/v3$/.test(pathPrefix) && pathname === `${pathPrefix.replace(/v3$/, '')}graphql`)
      return { insideRoot: true, path: GRAPHQL_PATH }
    const insideRoot = pathname === pathPrefix || pathname.startsWith(`${pathPrefix}/`)
    return { insideRoot, path: insideRoot ? pathname.slice(pathPrefix.length) || '/' : pathname }
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin)
    const { insideRoot, path } = locate(url.pathname)
    const text = await readBody(request)
    if (latencyMs > 0) await sleep(latencyMs / 2)
    let result: HandlerResponse & { operationId?: string }
    try {
      if (insideRoot) {
        result = answer(request, url, path, text)
      } else {
        result = notFound()
        violations.push({
          method: (request.method ?? 'GET').toUpperCase(),
          path,
          reason: `outside the API root ${pathPrefix}`,
          status: 404,
        })
      }
    } catch (error) {
      result = {
        status: 500,
        body: errorBody(`fake GitHub API bug: ${error instanceof Error ? error.stack : String(error)}`, 500),
      }
      violations.push({
        method: request.method ?? 'GET',
        path,
        reason: `the fake itself failed: ${String(error)}`,
        status: 500,
      })
    }
    if (latencyMs > 0) await sleep(latencyMs / 2)
    let recordedBody: unknown
    try {
      recordedBody = text === '' ? undefined : JSON.parse(text)
    } catch {
      recordedBody = text
    }
    requests.push({
      method: (request.method ?? 'GET').toUpperCase(),
      path,
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(', ') : (value ?? ''),
        ]),
      ),
      query: Object.fromEntries(url.searchParams),
      body: recordedBody,
      status: result.status,
      ...(result.operationId === undefined ? {} : { operationId: result.operationId }),
    })
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-resource': 'core',
      ...result.headers,
    }
    if (result.status === 204 || result.body === undefined) {
      response.writeHead(result.status, headers).end()
    } else {
      response
        .writeHead(result.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify(result.body))
    }
  }

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const baseUrl = `${origin}${pathPrefix}`
  const handlers = new GitHubHandlers(state, {
    apiUrl: baseUrl,
    defaultBranch: options.defaultBranch ?? 'main',
    defaultBranchSha: options.defaultBranchSha ?? DEFAULT_BRANCH_SHA,
    pullRequests: options.pullRequests,
    headSha: options.headSha ?? DEFAULT_HEAD_SHA,
    refs: options.refs ?? {},
    workflows: options.workflows,
  })

  return {
    url: baseUrl,
    requests,
    violations,
    comments: state.comments,
    checkRuns: state.checkRuns,
    deployments: state.deployments,
    deploymentStatuses: state.deploymentStatuses,
    workflowDispatches: state.workflowDispatches,
    issues: state.issues,
    repositoryDispatches: state.repositoryDispatches,
    openapi,
    failNext(failure) {
      failures.push({ failure, left: failure.times ?? 1 })
    },
    setLatency(ms) {
      latencyMs = ms
    },
    setReadOnly(value) {
      readOnly = value
    },
    assertNoViolations() {
      if (violations.length === 0) return
      const lines = violations.map((v) => `  ${v.method} ${v.path} → ${v.status}: ${v.reason}`)
      throw new Error(
        `the fake GitHub API received ${violations.length} request(s) that GitHub would reject:\n${lines.join('\n')}`,
      )
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

interface Problem {
  readonly reason: string
  readonly status: number
}

/** What GitHub answers a request without a usable Authorization or User-Agent header. */
function headerProblem(request: IncomingMessage): { reason: string; response: HandlerResponse } | undefined {
  const authorization = request.headers.authorization ?? ''
  if (!/^(token|bearer) \S+$/i.test(authorization)) {
    return {
      reason: 'missing or malformed Authorization header (expected "token …" or "Bearer …")',
      response: { status: 401, body: errorBody('Requires authentication', 401) },
    }
  }
  if ((request.headers['user-agent'] ?? '') === '') {
    return {
      reason: 'missing User-Agent header',
      response: {
        status: 403,
        body: errorBody(
          'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).',
          403,
        ),
      },
    }
  }
  return undefined
}

/** The operation's path and query parameters, typed by the description, and what is wrong with them. */
function readParameters(
  openapi: OpenApiSubset,
  match: OperationMatch,
  url: URL,
): { params: Record<string, unknown>; query: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = []
  const params: Record<string, unknown> = {}
  const query: Record<string, unknown> = {}
  for (const parameter of match.operation.parameters) {
    const raw =
      parameter.in === 'path'
        ? match.rawParams[parameter.name]
        : parameter.in === 'query'
          ? (url.searchParams.get(parameter.name) ?? undefined)
          : undefined
    if (raw === undefined) {
      if (parameter.required === true && parameter.in === 'query')
        problems.push({ reason: `missing required query parameter "${parameter.name}"`, status: 422 })
      continue
    }
    const checked = openapi.parameter(parameter, raw)
    if ('reason' in checked) problems.push({ reason: checked.reason, status: parameter.in === 'path' ? 404 : 422 })
    else (parameter.in === 'path' ? params : query)[parameter.name] = checked.value
  }
  return { params, query, problems }
}

/** The JSON body (`{}` where none was sent), checked against the operation's request schema. */
function readJsonBody(operation: Operation, text: string): { body: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = []
  if (operation.validateBody === undefined) return { body: {}, problems }
  if (text.trim() === '') {
    if (operation.bodyRequired) problems.push({ reason: 'body: a JSON request body is required', status: 422 })
    return { body: {}, problems }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    problems.push({ reason: 'body: not JSON (GitHub answers "Problems parsing JSON")', status: 400 })
  }
  if (parsed !== undefined && !operation.validateBody(parsed))
    problems.push({ reason: `body: ${formatErrors(operation.validateBody.errors ?? [])}`, status: 422 })
  const body = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  return { body, problems }
}

/** GitHub's answer to the first problem of a request: 404, 400 "Problems parsing JSON", or 422 listing them all. */
function problemResponse(problems: readonly Problem[]): HandlerResponse | undefined {
  const first = problems[0]
  if (first === undefined) return undefined
  if (first.status === 404) return notFound()
  const message =
    first.status === 400 ? 'Problems parsing JSON' : `Invalid request.\n\n${problems.map((p) => p.reason).join('\n')}`
  return { status: first.status, body: errorBody(message, first.status) }
}
