// Monitoring against the registry champion through the runner harness (issue #19, items 1 and 3): the bundles as
// child processes with their action.yml defaults. validate-data profiles the churn training data and the
// champion's scores, register-model stores them on the card (reference-profile), and validate-data with
// reference-registry judges the committed production days against it: a drifted day fails with the drifted
// columns and opens one alert issue, a second drifted day updates it, a healthy day closes it; the history file
// grows by one run per invocation and the trend renders in the job summary.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRegistry } from '../../src/registry/create-registry.js'
import { monitorMessages } from '../../src/core/monitor/messages.js'
import { repoRoot as root } from '../helpers/fixture-path.js'
import { startGitHubApiServer } from '../helpers/github-api-server.js'
import { recordingLogger } from '../helpers/recording-logger.js'
import { runBundle } from '../helpers/run-bundle.js'
import { makeTempDir } from '../helpers/tmp-dir.js'

const CHURN = 'examples/churn'
const DRIFTED = `${CHURN}/production/2026-11-02.csv`
const HEALTHY = `${CHURN}/production/2026-11-01.csv`

describe('monitoring against the registry champion through the bundles', () => {
  let api: Awaited<ReturnType<typeof startGitHubApiServer>>
  const dir = makeTempDir('monitoring-')
  const registry = `file:${join(dir, 'registry')}`
  const history = join(dir, 'history', 'churn-champion.json')

  beforeAll(async () => {
    api = await startGitHubApiServer()
    const profile = async (data: string, output: string) => {
      const run = await runBundle('validate-data', {
        inputs: { mode: 'profile', data, output, comment: 'false', 'check-run': 'false' },
        cwd: root,
      })
      expect(run.exitCode, run.stdout).toBe(0)
    }
    await profile(`${CHURN}/data/train.csv`, join(dir, 'train.profile.json'))
    const scores = join(dir, 'scores.csv')
    execFileSync(process.execPath, [
      join(root, CHURN, 'predict.mjs'),
      '--model',
      join(root, CHURN, 'champion'),
      '--in',
      join(root, CHURN, 'data/reference.csv'),
      '--out',
      scores,
    ])
    await profile(scores, join(dir, 'scores.profile.json'))
    const registered = await runBundle('register-model', {
      inputs: {
        registry,
        'model-name': 'churn',
        'model-path': `${CHURN}/champion`,
        'reference-profile': `${join(dir, 'train.profile.json')}\n${join(dir, 'scores.profile.json')}`,
        comment: 'false',
        'check-run': 'false',
      },
      cwd: root,
    })
    expect(registered.exitCode, registered.stdout).toBe(0)
    const files = await createRegistry(registry, { logger: recordingLogger() })
    await files.setAlias('churn', 'champion', Number(registered.outputs.version), { by: 'test' })
  }, 240_000)
  afterAll(async () => {
    await api?.close()
  })

  const monitor = (data: string, extra: Record<string, string> = {}) =>
    runBundle('validate-data', {
      inputs: {
        'github-token': 'ghs_test',
        data,
        'reference-registry': registry,
        'reference-model': 'churn',
        policy: `${CHURN}/production/monitoring.yml`,
        'history-file': history,
        'alert-subject': 'churn@champion',
        'fail-on': 'never',
        ...extra,
      },
      event: 'push',
      cwd: root,
      api,
    })

  it('drifted day fails and opens the issue, a second updates it, a healthy day closes it; history grows', async () => {
    const first = await monitor(DRIFTED)
    expect(first.outputs.verdict).toBe('fail')
    const drifted = (first.outputs['drifted-columns'] ?? '').split(',')
    expect(drifted).toEqual(expect.arrayContaining(['monthly_charges', 'tenure_months', 'support_calls', 'score']))
    expect(first.report?.subject).toMatchObject({ model: 'churn', alias: 'champion', version: '1' })
    expect(first.report?.subject.modelDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(first.summary).toContain('Prediction drift: Drift per column')
    expect(api.issues).toHaveLength(1)
    expect(api.issues[0]).toMatchObject({ state: 'open', title: 'modelgate: gate alert on churn@champion' })
    const runs = () => (JSON.parse(readFileSync(history, 'utf8')) as { runs: { status: string }[] }).runs
    expect(runs().map((r) => r.status)).toEqual(['fail'])

    const second = await monitor(DRIFTED)
    expect(second.outputs.verdict).toBe('fail')
    expect(api.issues).toHaveLength(1)
    expect(api.issues[0]?.body.match(/\| alert \|/g)).toHaveLength(2)
    expect(runs()).toHaveLength(2)
    expect(second.summary).toContain(monitorMessages.historyTitle())
    expect(second.summary).toMatch(/```mermaid\nxychart-beta/)

    const healthy = await monitor(HEALTHY)
    expect(healthy.outputs.verdict).toBe('pass')
    expect(healthy.outputs['drifted-columns']).toBe('')
    expect(api.issues[0]).toMatchObject({ state: 'closed' })
    expect(runs().map((r) => r.status)).toEqual(['fail', 'fail', 'pass'])
    expect(api.violations).toEqual([])
  }, 240_000)

  it('a glob over the daily files is one dataset; a glob matching nothing is an error, never a pass', async () => {
    const glob = await monitor(`${CHURN}/production/2026-11-*.csv`, { 'alert-subject': '', 'history-file': '' })
    expect(glob.outputs.verdict).toBe('fail')
    expect(Object.keys(glob.report?.subject.dataHashes ?? {})).toEqual(expect.arrayContaining([DRIFTED, HEALTHY]))
    const none = await monitor(`${CHURN}/production/2025-*.csv`, { 'alert-subject': '', 'history-file': '' })
    expect(none.outputs.verdict).toBe('fail')
    expect(none.report?.status).toBe('error')
    expect(none.report?.checks[0]?.message).toContain(
      monitorMessages.globMatchedNothing(`${CHURN}/production/2025-*.csv`, root.replace(/\/$/, '')),
    )
  }, 120_000)

  it('an alias that is not set is an error that says how to fix it', async () => {
    const run = await monitor(HEALTHY, { 'reference-alias': 'staging', 'alert-subject': '', 'history-file': '' })
    expect(run.report?.status).toBe('error')
    expect(run.report?.checks[0]?.message).toContain(monitorMessages.aliasNotSet('churn', 'staging', registry))
    expect(run.report?.checks[0]?.message).toContain(monitorMessages.aliasNotSetHint())
  }, 60_000)
})
