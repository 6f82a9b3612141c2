// Issue #15 item 6: every HTTP call has a total-time limit, not only an idle one, against real local servers.
import { afterEach, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../../src/github/client.js'
import { httpGet } from '../../../src/metric-providers/http-get.js'
import { createPrometheusProvider } from '../../../src/metric-providers/prometheus.js'
import { createScrapeProvider } from '../../../src/metric-providers/scrape.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { startHostileServer, type HostileServer } from '../../helpers/hostile-http-server.js'

const servers: HostileServer[] = []
async function server(behaviour: 'never-answer' | 'drip'): Promise<HostileServer> {
  const started = await startHostileServer(behaviour)
  servers.push(started)
  return started
}
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

describe('httpGet (Prometheus, scrape)', () => {
  it.each(['never-answer', 'drip'] as const)(
    'a server that does %s fails at the total limit, naming the URL',
    async (behaviour) => {
      const { url } = await server(behaviour)
      const started = performance.now()
      await expect(httpGet(`${url}/metrics?token=s3cret`, 1500)).rejects.toThrow(
        `GET ${url}/metrics did not complete within 1500 ms (total time, body included)`,
      )
      // The drip sends a byte a second, so an idle timeout of 1.5 s alone would never fire.
      expect(performance.now() - started).toBeLessThan(4000)
    },
  )

  it('Prometheus that drips is a provider error naming the redacted URL and the limit, within the limit', async () => {
    const { url } = await server('drip')
    const withCredentials = url.replace('http://', 'http://user:pw@')
    const provider = createPrometheusProvider({
      kind: 'prometheus',
      url: withCredentials,
      queries: { 'error-rate': 'up' },
      canary: 'canary',
      stable: 'stable',
      timeoutMs: 1200,
    })
    const started = performance.now()
    const observation = await provider.observe({ intervalMs: 60_000, at: new Date(0) })
    expect(performance.now() - started).toBeLessThan(4000)
    expect(observation).toEqual({
      kind: 'provider-error',
      reason: `Prometheus at ${url.replace('http://', 'http://***:***@')}/ is unreachable: GET ${url.replace('http://', 'http://***:***@')}/api/v1/query did not complete within 1200 ms (total time, body included)`,
    })
  })

  it('scrape that never answers is a provider error within the limit', async () => {
    const { url } = await server('never-answer')
    const provider = createScrapeProvider({
      kind: 'scrape',
      canaryUrl: `${url}/c`,
      stableUrl: `${url}/s`,
      timeoutMs: 1000,
    })
    const started = performance.now()
    await provider.start()
    const observation = await provider.observe({ intervalMs: 60_000, at: new Date(0) })
    expect(performance.now() - started).toBeLessThan(5000)
    expect(observation).toEqual({
      kind: 'provider-error',
      reason: `scraping ${url}/c failed: GET ${url}/c did not complete within 1000 ms (total time, body included)`,
    })
  })
})

describe('GitHub client (Octokit)', () => {
  it.each(['never-answer', 'drip'] as const)(
    'a GitHub API that does %s fails the request at the total limit, is not asked again, and later requests fail at once',
    async (behaviour) => {
      const api = await server(behaviour)
      const client = createGitHubClient('t', api.url, recordingLogger(), { timeoutMs: 800, retries: 1 })
      const started = performance.now()
      const timedOut = `GitHub API request GET ${api.url}/repos/o/r did not complete within 800 ms (total time, body included)`
      await expect(client.rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toThrow(timedOut)
      // One attempt of 0.8 s: a server that did not answer in time is not retried.
      expect(api.requests()).toBe(1)
      // The next request of the same run fails at once with the same reason instead of waiting again.
      await expect(client.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 })).rejects.toThrow(
        `${timedOut}; not asked again in this run`,
      )
      expect(api.requests()).toBe(1)
      expect(performance.now() - started).toBeLessThan(4000)
    },
  )
})
