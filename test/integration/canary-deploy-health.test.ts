import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { titleUnhealthy, tooFewRequests } from '../../src/core/canary/messages.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { freePort } from '../helpers/canary-harness.js'
import { modelDigest } from '../../src/core/evidence/model-digest.js'
import { agreementWorkspace, runCanaryMain as runMain } from '../helpers/canary-workspace.js'

let api: GitHubApiServer | undefined
let health: Server | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
  await new Promise((resolve) => (health ? health.close(resolve) : resolve(undefined)))
  health = undefined
})

/** The agreement workspace (champion v1, rollout of v2, 150ms bake) with `requests` canary requests per interval. */
function workspace(requests: number) {
  return agreementWorkspace({ requests })
}

async function healthServer(status: number): Promise<string> {
  health = createServer((_req, res) => res.writeHead(status).end())
  await new Promise<void>((resolve) => health?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(health.address() as AddressInfo).port}/healthz`
}

describe('canary-deploy: health check before any traffic moves, min-requests per interval', () => {
  it('a dead endpoint fails before the first weight change: weight 0, no Deployment, champion where it was', async () => {
    api = await startGitHubApiServer()
    const w = await workspace(500)
    const url = `http://127.0.0.1:${await freePort()}/healthz`
    const inputs = { ...w.inputs, 'health-url': url, 'health-timeout': '600ms', 'health-interval': '100ms' }
    const { report, outputs } = await runMain(inputs, api)
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'unhealthy', 'final-weight': '0' })
    expect(report.status).toBe('fail')
    expect(report.title).toBe(titleUnhealthy())
    expect(report.checks[0]).toMatchObject({ id: 'canary.health', status: 'fail' })
    expect(await readFile(w.weightFile, 'utf8')).toBe('0')
    expect(await readFile(w.weights, 'utf8').catch(() => '')).toBe('')
    expect(api.deployments.filter((d) => d.task === 'deploy:canary')).toEqual([])
    expect((await w.registry.aliases('churn')).champion).toBe(w.v1.version)
    expect(await w.registry.aliasHistory('churn', 'champion')).toHaveLength(1)
    expect(report.subject?.modelDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
    api.assertNoViolations()
  }, 30_000)
  it('an endpoint answering 503 is unhealthy too; one answering 200 lets the rollout start and promote', async () => {
    api = await startGitHubApiServer()
    const w = await workspace(500)
    const sick = await healthServer(503)
    const inputs = { ...w.inputs, 'health-timeout': '500ms', 'health-interval': '50ms' }
    const refused = await runMain({ ...inputs, 'health-url': sick }, api)
    expect(refused.outputs).toMatchObject({ reason: 'unhealthy', 'final-weight': '0' })
    expect(refused.report.checks[0]?.message).toContain('HTTP 503')
    await new Promise((resolve) => health?.close(resolve))
    const fine = await healthServer(200)
    const { outputs, report } = await runMain({ ...inputs, 'health-url': fine }, api)
    expect(outputs).toMatchObject({ decision: 'promote', 'final-weight': '100' })
    expect(report.checks[0]).toMatchObject({ id: 'canary.health', status: 'pass', observed: 'healthy' })
    expect((await readFile(w.weights, 'utf8')).trim().split('\n')).toEqual(['10', '50', '100'])
    expect(report.summary).toContain('bake period')
    expect((await w.registry.aliases('churn')).champion).toBe(w.v2.version)
    // The report names the version rolled out by its model digest (#14 item 3), the one register-model binds to.
    const { card } = await w.registry.get('churn', { version: w.v2.version })
    expect(report.subject).toEqual({
      model: 'churn',
      version: String(w.v2.version),
      modelDigest: modelDigest(card.files),
    })
    expect(report.subject?.modelDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(modelDigest(card.files)).not.toBe(
      modelDigest((await w.registry.get('churn', { version: w.v1.version })).card.files),
    )
  }, 30_000)
  it('intervals below the default min-requests (100) are inconclusive: 19 requests per interval roll back on the inconclusive limit, never on failure', async () => {
    api = await startGitHubApiServer()
    const w = await workspace(19)
    const { outputs, report } = await runMain(w.inputs, api)
    expect(outputs).toMatchObject({ decision: 'rollback', reason: 'inconclusive-limit', 'final-weight': '0' })
    expect(report.summary).toContain(tooFewRequests(19, 100))
    expect((await w.registry.aliases('churn')).champion).toBe(w.v1.version)
  }, 30_000)
})
