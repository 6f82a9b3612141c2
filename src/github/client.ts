import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '../core/logger.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * Octokit with retry and throttling, pointed at `apiUrl` (GitHub Enterprise Server and tests use their own).
 * Rate limits are retried twice, then surface as errors the reporter turns into warnings.
 */
export function createGitHubClient(token: string, apiUrl: string, logger: Logger): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      request: { retries: 3, retryAfter: 1 },
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
