import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '../core/logger.js'
import { redactUrl } from '../core/secrets/redact-url.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** The total time one GitHub API request may take, connection to last byte of the body. */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000

/** How often a failed request (5xx, timeout, connection error) is retried: 1 + 3 attempts, 1 s, 4 s, 9 s apart. */
export const GITHUB_REQUEST_RETRIES = 3

export const githubRequestTimedOut = (method: string, url: string, timeoutMs: number): string =>
  `GitHub API request ${method} ${redactUrl(url)} did not complete within ${timeoutMs} ms (total time, body included)`

/** The status a request that ran out of time answers with: 408, which the client does not retry. */
export const GITHUB_TIMED_OUT_STATUS = 408

/** Octokit's default statuses not to retry, plus our timeout (a server that did not answer in time gets no more). */
const DO_NOT_RETRY = [400, 401, 403, 404, GITHUB_TIMED_OUT_STATUS, 410, 422, 451]

function timedOutResponse(message: string): Response {
  return new Response(JSON.stringify({ message }), {
    status: GITHUB_TIMED_OUT_STATUS,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

/**
 * `fetch` bounded in total time (not only idle time): the whole exchange, the body included, is read within
 * `timeoutMs`, so a server that never answers or drips a byte a second fails the request instead of holding the
 * step until the job is killed. A request that ran out of time is not retried, and every later request of the same
 * client fails at once with the same reason: an API that did not answer once in 30 s costs the step 30 s, not 30 s
 * per request and retry. The caller's own signal (cancellation) still aborts it.
 */
export function fetchWithTotalTimeout(timeoutMs: number, inner: typeof fetch = globalThis.fetch): typeof fetch {
  let unresponsive: string | undefined
  return async (input, init) => {
    if (unresponsive !== undefined) return timedOutResponse(`${unresponsive}; not asked again in this run`)
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal == null ? timeout : AbortSignal.any([init.signal, timeout])
    const method = init?.method ?? 'GET'
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    try {
      const response = await inner(input, { ...init, signal })
      const body = await response.arrayBuffer()
      const empty = [101, 204, 205, 304].includes(response.status)
      return new Response(empty ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
    } catch (error) {
      if (!timeout.aborted) throw error
      unresponsive = githubRequestTimedOut(method, url, timeoutMs)
      return timedOutResponse(unresponsive)
    }
  }
}

export interface GitHubClientOptions {
  readonly timeoutMs?: number
  readonly retries?: number
}

/**
 * Octokit with retry and throttling, pointed at `apiUrl` (GitHub Enterprise Server and tests use their own).
 * Every request is bounded in total time (`fetchWithTotalTimeout`) and retried at most `retries` times; rate
 * limits are retried twice, then surface as errors the reporter turns into warnings.
 */
export function createGitHubClient(
  token: string,
  apiUrl: string,
  logger: Logger,
  options: GitHubClientOptions = {},
): GitHubClient {
  const timeoutMs = options.timeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      request: {
        retries: options.retries ?? GITHUB_REQUEST_RETRIES,
        retryAfter: 1,
        fetch: fetchWithTotalTimeout(timeoutMs),
      },
      retry: { doNotRetry: DO_NOT_RETRY },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          logger.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`)
          return retryCount < 2
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          logger.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`)
          return retryCount < 2
        },
      },
    },
    retry,
    throttling,
  )
}
